//! Contact points (emails, phone numbers, web domains, links) parsed into one canonical form,
//! so that look-ups, de-duplication and search agree however a person typed them.

/// The longest email address SMTP can carry (RFC 5321).
const MAX_EMAIL_LEN: usize = 254;
/// E.164 allows at most 15 digits, country code included.
const MAX_PHONE_DIGITS: usize = 15;
const MIN_PHONE_DIGITS: usize = 7;
const MAX_URL_LEN: usize = 2048;

/// Lower-cased, trimmed email address with a plausible shape. We do not attempt full RFC 5322:
/// people type addresses, and a too-clever parser rejects real ones.
pub fn parse_email(input: &str) -> Result<String, String> {
    let email = input.trim().to_lowercase();
    if email.len() > MAX_EMAIL_LEN {
        return Err(format!("is longer than {MAX_EMAIL_LEN} characters"));
    }
    let Some((local, domain)) = email.rsplit_once('@') else {
        return Err(format!("\"{input}\" is not an email address: it has no @"));
    };
    if local.is_empty() || local.len() > 64 || local.chars().any(|c| c.is_whitespace() || c == '@')
    {
        return Err(format!("\"{input}\" is not a valid email address"));
    }
    parse_host(domain).map_err(|_| format!("\"{input}\" has an invalid domain after the @"))?;
    Ok(email)
}

/// A phone number in E.164 (`+79161234567`). Numbers typed without a country code take
/// `default_country_code` (digits only, e.g. `7` or `1`); a leading national trunk prefix
/// (`8` in Russia and Kazakhstan, `1` in North America, `0` elsewhere) is dropped.
pub fn parse_phone(input: &str, default_country_code: &str) -> Result<String, String> {
    let trimmed = input.trim();
    if let Some(bad) = trimmed
        .chars()
        .find(|c| !(c.is_ascii_digit() || " +-().\u{a0}/".contains(*c)))
    {
        return Err(format!(
            "\"{input}\" is not a phone number: unexpected character '{bad}'"
        ));
    }
    let digits: String = trimmed.chars().filter(char::is_ascii_digit).collect();
    let international = if trimmed.starts_with('+') {
        digits
    } else if let Some(rest) = digits.strip_prefix("00") {
        rest.to_owned()
    } else {
        with_country_code(&digits, default_country_code)
    };
    if !(MIN_PHONE_DIGITS..=MAX_PHONE_DIGITS).contains(&international.len()) {
        return Err(format!(
            "\"{input}\" is not a phone number: expected {MIN_PHONE_DIGITS} to {MAX_PHONE_DIGITS} digits with the country code"
        ));
    }
    if international.starts_with('0') {
        return Err(format!(
            "\"{input}\" is not a phone number: a country code never starts with 0"
        ));
    }
    Ok(format!("+{international}"))
}

fn with_country_code(national: &str, country_code: &str) -> String {
    match country_code {
        // Russia and Kazakhstan: 8 (916) 123-45-67 and 7 916 123 45 67 are both +7 916 123 45 67.
        "7" if national.len() == 11 && (national.starts_with('8') || national.starts_with('7')) => {
            format!("7{}", &national[1..])
        }
        "1" if national.len() == 11 && national.starts_with('1') => national.to_owned(),
        _ => format!(
            "{country_code}{}",
            national.strip_prefix('0').unwrap_or(national)
        ),
    }
}

/// A web domain (`acme.com`) from whatever a person pastes: `https://www.Acme.com/about`.
pub fn parse_domain(input: &str) -> Result<String, String> {
    let lower = input.trim().to_lowercase();
    let without_scheme = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
        .unwrap_or(&lower);
    let host = without_scheme
        .split(['/', '?', '#'])
        .next()
        .unwrap_or_default();
    let host = host.split(':').next().unwrap_or_default();
    let host = host.strip_prefix("www.").unwrap_or(host);
    parse_host(host).map_err(|reason| format!("\"{input}\" is not a web domain: {reason}"))
}

/// A link; a missing scheme means `https://`.
pub fn parse_url(input: &str) -> Result<String, String> {
    let trimmed = input.trim();
    if trimmed.len() > MAX_URL_LEN {
        return Err(format!("is longer than {MAX_URL_LEN} characters"));
    }
    if trimmed.chars().any(char::is_whitespace) {
        return Err(format!("\"{input}\" is not a link: it contains spaces"));
    }
    let lower = trimmed.to_lowercase();
    let url = if lower.starts_with("https://") || lower.starts_with("http://") {
        trimmed.to_owned()
    } else if lower.contains("://") {
        return Err(format!(
            "\"{input}\" is not a web link: only http and https are allowed"
        ));
    } else {
        format!("https://{trimmed}")
    };
    let after_scheme = url
        .split_once("://")
        .map(|(_, rest)| rest)
        .unwrap_or_default();
    let host = after_scheme
        .split(['/', '?', '#'])
        .next()
        .unwrap_or_default();
    let host = host
        .rsplit('@')
        .next()
        .unwrap_or_default()
        .split(':')
        .next()
        .unwrap_or_default();
    parse_host(&host.to_lowercase())
        .map_err(|reason| format!("\"{input}\" is not a web link: {reason}"))?;
    Ok(url)
}

/// A host name with at least two labels of letters, digits and hyphens (any script, for IDNs).
fn parse_host(host: &str) -> Result<String, String> {
    if host.is_empty() {
        return Err("the host name is empty".into());
    }
    if host.len() > 253 {
        return Err("the host name is too long".into());
    }
    let labels: Vec<&str> = host.split('.').collect();
    if labels.len() < 2 {
        return Err("a domain needs a dot, like example.com".into());
    }
    for label in &labels {
        let valid = !label.is_empty()
            && label.chars().count() <= 63
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label.chars().all(|c| c.is_alphanumeric() || c == '-');
        if !valid {
            return Err(format!("\"{label}\" is not a valid part of a domain"));
        }
    }
    Ok(host.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_numbers_in_any_format_become_e164() {
        for input in [
            "8 (916) 123-45-67",
            "+7 916 123 45 67",
            "79161234567",
            "9161234567",
            "8-916-123-45-67",
        ] {
            assert_eq!(parse_phone(input, "7").unwrap(), "+79161234567", "{input}");
        }
    }

    #[test]
    fn other_countries_keep_their_code() {
        assert_eq!(
            parse_phone("+44 20 7946 0958", "7").unwrap(),
            "+442079460958"
        );
        assert_eq!(parse_phone("0049 30 123456", "7").unwrap(), "+4930123456");
        assert_eq!(parse_phone("(415) 555-2671", "1").unwrap(), "+14155552671");
        assert_eq!(parse_phone("1 415 555 2671", "1").unwrap(), "+14155552671");
        assert_eq!(parse_phone("020 7946 0958", "44").unwrap(), "+442079460958");
    }

    #[test]
    fn phone_rejects_letters_and_wrong_lengths() {
        assert!(parse_phone("call me", "7").is_err());
        assert!(parse_phone("+7 12", "7").is_err());
        assert!(parse_phone("+7 916 123 45 67 89 01 23", "7").is_err());
    }

    #[test]
    fn emails_are_lower_cased_and_checked() {
        assert_eq!(
            parse_email("  Ivan.Petrov@Example.COM ").unwrap(),
            "ivan.petrov@example.com"
        );
        assert_eq!(parse_email("анна@пример.рф").unwrap(), "анна@пример.рф");
        for bad in [
            "",
            "plain",
            "@example.com",
            "a@b",
            "a b@example.com",
            "a@-x.com",
        ] {
            assert!(parse_email(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn domains_are_extracted_from_pasted_links() {
        assert_eq!(
            parse_domain("https://www.Acme.com/about?x=1").unwrap(),
            "acme.com"
        );
        assert_eq!(parse_domain("acme.co.uk").unwrap(), "acme.co.uk");
        assert!(parse_domain("localhost").is_err());
        assert!(parse_domain("exa mple.com").is_err());
    }

    #[test]
    fn urls_get_a_scheme_and_are_checked() {
        assert_eq!(
            parse_url("acme.com/pricing").unwrap(),
            "https://acme.com/pricing"
        );
        assert_eq!(parse_url("http://acme.com").unwrap(), "http://acme.com");
        assert!(parse_url("javascript:alert(1)").is_err());
        assert!(parse_url("ftp://acme.com").is_err());
    }
}
