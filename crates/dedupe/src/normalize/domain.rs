//! Web domains as companies are known by: `https://www.Acme.com/about` is `acme.com`.

/// Mail providers whose domain says nothing about the company a person works for.
const FREE_MAIL: [&str; 24] = [
    "gmail.com",
    "googlemail.com",
    "yahoo.com",
    "hotmail.com",
    "outlook.com",
    "live.com",
    "msn.com",
    "icloud.com",
    "me.com",
    "aol.com",
    "proton.me",
    "protonmail.com",
    "gmx.de",
    "gmx.net",
    "web.de",
    "mail.ru",
    "bk.ru",
    "inbox.ru",
    "list.ru",
    "yandex.ru",
    "ya.ru",
    "yandex.com",
    "rambler.ru",
    "ukr.net",
];

/// The host of a pasted link or bare domain, lower-cased and without `www.`, or `None`.
///
/// Mirrors `relata_domain::contact::parse_domain`, returning `None` instead of a message.
pub fn normalize_domain(input: &str) -> Option<String> {
    let lower = input.trim().to_lowercase();
    let without_scheme = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
        .unwrap_or(&lower);
    let host = without_scheme.split(['/', '?', '#']).next()?;
    let host = host.split(':').next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    valid_host(host).then(|| host.to_owned())
}

/// Whether a domain belongs to a public mail provider rather than to a company.
pub fn is_free_mail(domain: &str) -> bool {
    FREE_MAIL.contains(&domain)
}

/// At least two labels of letters, digits and hyphens (any script, for IDNs).
fn valid_host(host: &str) -> bool {
    let labels: Vec<&str> = host.split('.').collect();
    host.len() <= 253
        && labels.len() >= 2
        && labels.iter().all(|label| {
            !label.is_empty()
                && label.chars().count() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_and_www_fold_to_the_domain() {
        for input in [
            "https://www.Acme.com/about?x=1",
            "acme.com",
            "WWW.ACME.COM",
            "http://acme.com:8080",
        ] {
            assert_eq!(
                normalize_domain(input).as_deref(),
                Some("acme.com"),
                "{input}"
            );
        }
    }

    #[test]
    fn rejects_hosts_without_a_dot() {
        assert_eq!(normalize_domain("localhost"), None);
        assert_eq!(normalize_domain("exa mple.com"), None);
    }

    #[test]
    fn free_mail_is_recognised() {
        assert!(is_free_mail("gmail.com"));
        assert!(!is_free_mail("acme.com"));
    }
}
