//! Phone numbers as E.164, so "8 (916) 123-45-67" and "+7 916 1234567" are one number.

/// A phone number as E.164 (`+79161234567`), or `None` if it is not one. Numbers typed
/// without a country code take `default_country_code` (digits only, e.g. `7`); a leading
/// national trunk prefix (`8` in Russia and Kazakhstan, `1` in North America, `0` elsewhere)
/// is dropped.
///
/// `relata_domain::contact::parse_phone`, with `None` instead of its message.
pub fn normalize_phone(input: &str, default_country_code: &str) -> Option<String> {
    relata_domain::contact::parse_phone(input, default_country_code).ok()
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
