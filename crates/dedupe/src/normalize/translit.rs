//! Cyrillic to Latin, so that "Иванов" and "Ivanov" become the same letters.

/// A folded (lower-case) word with its Cyrillic letters spelled in Latin, as Russian
/// passports and email addresses usually spell them (`relata_domain::search::transliterate`);
/// other words pass through. The spelling differences between schemes (`ю` as `yu`/`iu`/`ju`,
/// `х` as `kh`/`h`) are folded later by [`super::phonetic`].
pub fn to_latin(word: &str) -> String {
    relata_domain::search::transliterate(word).unwrap_or_else(|| word.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_surnames_take_passport_spelling() {
        assert_eq!(to_latin("иванов"), "ivanov");
        assert_eq!(to_latin("щукин"), "shchukin");
        assert_eq!(to_latin("юлия"), "yuliya");
        assert_eq!(to_latin("наталья"), "natalya");
    }

    #[test]
    fn latin_passes_through() {
        assert_eq!(to_latin("smith"), "smith");
    }
}
