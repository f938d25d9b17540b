//! Cyrillic to Latin, so that "Иванов" and "Ivanov" become the same letters.

/// A folded (lower-case) word with its Cyrillic letters spelled in Latin, as Russian
/// passports and email addresses usually spell them; other characters pass through.
///
/// Mirrors `relata_domain::search::transliterate` (same table for Russian letters), with the
/// Ukrainian and Belarusian letters added. The spelling differences between schemes
/// (`ю` as `yu`/`iu`/`ju`, `х` as `kh`/`h`) are folded later by [`super::phonetic`].
pub fn to_latin(word: &str) -> String {
    let mut out = String::with_capacity(word.len() + 4);
    for c in word.chars() {
        let latin = match c {
            'а' => "a",
            'б' => "b",
            'в' => "v",
            'г' | 'ґ' => "g",
            'д' => "d",
            'е' | 'ё' | 'э' | 'є' => "e",
            'ж' => "zh",
            'з' => "z",
            'и' | 'і' => "i",
            'ї' => "yi",
            'й' | 'ы' => "y",
            'к' => "k",
            'л' => "l",
            'м' => "m",
            'н' => "n",
            'о' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' | 'ў' => "u",
            'ф' => "f",
            'х' => "kh",
            'ц' => "ts",
            'ч' => "ch",
            'ш' => "sh",
            'щ' => "shch",
            'ъ' | 'ь' => "",
            'ю' => "yu",
            'я' => "ya",
            other => {
                out.push(other);
                continue;
            }
        };
        out.push_str(latin);
    }
    out
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
