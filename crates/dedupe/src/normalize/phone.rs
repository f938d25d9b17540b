//! Phone numbers as E.164, so "8 (916) 123-45-67" and "+7 916 1234567" are one number.

/// E.164 allows at most 15 digits, country code included.
const MAX_PHONE_DIGITS: usize = 15;
const MIN_PHONE_DIGITS: usize = 7;

/// A phone number as E.164 (`+79161234567`), or `None` if it is not one. Numbers typed
/// without a country code take `default_country_code` (digits only, e.g. `7`); a leading
/// national trunk prefix (`8` in Russia and Kazakhstan, `1` in North America, `0` elsewhere)
/// is dropped.
///
/// Mirrors `relata_domain::contact::parse_phone`, returning `None` instead of a message.
pub fn normalize_phone(input: &str, default_country_code: &str) -> Option<String> {
    let trimmed = input.trim();
    if !trimmed
        .chars()
        .all(|c| c.is_ascii_digit() || " +-().\u{a0}/".contains(c))
    {
        return None;
    }
    let digits: String = trimmed.chars().filter(char::is_ascii_digit).collect();
    let international = if trimmed.starts_with('+') {
        digits
    } else if let Some(rest) = digits.strip_prefix("00") {
        rest.to_owned()
    } else {
        with_country_code(&digits, default_country_code)
    };
    let plausible = (MIN_PHONE_DIGITS..=MAX_PHONE_DIGITS).contains(&international.len())
        && !international.starts_with('0');
    plausible.then(|| format!("+{international}"))
}

fn with_country_code(national: &str, country_code: &str) -> String {
    match country_code {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_formats_meet() {
        for input in [
            "8 (916) 123-45-67",
            "+7 916 123 45 67",
            "79161234567",
            "916 123-45-67",
        ] {
            assert_eq!(
                normalize_phone(input, "7").as_deref(),
                Some("+79161234567"),
                "{input}"
            );
        }
    }

    #[test]
    fn foreign_numbers_keep_their_code() {
        assert_eq!(
            normalize_phone("+1 (415) 555-2671", "7").as_deref(),
            Some("+14155552671")
        );
        assert_eq!(
            normalize_phone("0044 20 7946 0958", "7").as_deref(),
            Some("+442079460958")
        );
    }

    #[test]
    fn rejects_words_and_short_numbers() {
        assert_eq!(normalize_phone("call me", "7"), None);
        assert_eq!(normalize_phone("+7 12", "7"), None);
    }
}
