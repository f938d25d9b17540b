//! Email addresses in the form two records of one person would share.

/// The longest address SMTP can carry (RFC 5321).
const MAX_EMAIL_LEN: usize = 254;

/// Providers that ignore dots in the local part and everything after a `+`.
const GMAIL_DOMAINS: [&str; 2] = ["gmail.com", "googlemail.com"];

/// A lower-cased, trimmed address with a plausible shape, or `None`. Gmail addresses are
/// folded to the mailbox Google delivers to: `J.Smith+crm@googlemail.com` is
/// `jsmith@gmail.com`.
///
/// The shape check mirrors `relata_domain::contact::parse_email`; the Gmail folding is ours.
/// Other providers keep their dots and plus tags: most treat them as distinct mailboxes.
pub fn normalize_email(input: &str) -> Option<String> {
    let email = input.trim().to_lowercase();
    if email.len() > MAX_EMAIL_LEN {
        return None;
    }
    let (local, domain) = email.rsplit_once('@')?;
    let plausible = !local.is_empty()
        && local.len() <= 64
        && !local.chars().any(|c| c.is_whitespace() || c == '@')
        && domain.contains('.')
        && domain.split('.').all(|label| {
            !label.is_empty() && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        });
    if !plausible {
        return None;
    }
    if GMAIL_DOMAINS.contains(&domain) {
        let mailbox = local.split('+').next().unwrap_or_default().replace('.', "");
        if mailbox.is_empty() {
            return None;
        }
        return Some(format!("{mailbox}@gmail.com"));
    }
    Some(email)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gmail_dots_plus_tags_and_case_fold() {
        let forms = [
            "Ivan.Petrov@gmail.com",
            "ivanpetrov+crm@gmail.com",
            " I.V.A.N.Petrov@GoogleMail.com ",
        ];
        for form in forms {
            assert_eq!(
                normalize_email(form).as_deref(),
                Some("ivanpetrov@gmail.com"),
                "{form}"
            );
        }
    }

    #[test]
    fn other_providers_keep_dots_and_tags() {
        assert_eq!(
            normalize_email("Ivan.Petrov+x@Yandex.ru").as_deref(),
            Some("ivan.petrov+x@yandex.ru")
        );
        assert_ne!(
            normalize_email("i.petrov@acme.com"),
            normalize_email("ipetrov@acme.com")
        );
    }

    #[test]
    fn rejects_what_is_not_an_address() {
        for bad in [
            "",
            "plain",
            "@acme.com",
            "a@b",
            "a b@acme.com",
            "+tag@gmail.com",
        ] {
            assert_eq!(normalize_email(bad), None, "{bad}");
        }
    }
}
