//! Case and letter folding shared by every normaliser.

/// Lower case, trimmed, `ё` read as `е`.
///
/// Mirrors `relata_domain::search::normalize`.
pub fn fold(text: &str) -> String {
    text.trim().to_lowercase().replace('ё', "е")
}

/// The words of a text after [`fold`]: runs of letters and digits.
///
/// Mirrors `relata_domain::search::words`, except that apostrophes are dropped first so that
/// "O'Brien" and "Natal'ya" stay one word.
pub fn words(text: &str) -> Vec<String> {
    let folded: String = fold(text)
        .chars()
        .filter(|c| !matches!(c, '\'' | '’' | 'ʼ' | '`' | 'ʹ'))
        .collect();
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Latin letters with diacritics as their plain letter, so "Jérôme" meets "Jerome" and ISO 9
/// transliterations ("Ščukin") meet the common ones ("Shchukin").
pub fn strip_diacritics(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        let plain = match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' | 'ā' => "a",
            'ç' | 'ć' => "c",
            'č' => "ch",
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ě' => "e",
            'ì' | 'í' | 'î' | 'ï' | 'ī' => "i",
            'ñ' | 'ń' | 'ň' => "n",
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' => "o",
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' => "u",
            'ý' | 'ÿ' => "y",
            'ß' => "ss",
            'š' | 'ś' => "sh",
            'ŝ' => "shch",
            'ž' | 'ź' | 'ż' => "zh",
            'ł' => "l",
            'ř' => "r",
            other => {
                out.push(other);
                continue;
            }
        };
        out.push_str(plain);
    }
    out
}

/// Whether a word holds any Cyrillic letter.
pub fn is_cyrillic(word: &str) -> bool {
    word.chars().any(|c| matches!(c, '\u{0400}'..='\u{04FF}'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_lowers_and_reads_yo_as_ye() {
        assert_eq!(fold("  Фёдор "), "федор");
    }

    #[test]
    fn words_keep_apostrophe_names_whole() {
        assert_eq!(words("O'Brien, Mary-Jane"), vec!["obrien", "mary", "jane"]);
    }

    #[test]
    fn diacritics_fold_to_plain_latin() {
        assert_eq!(strip_diacritics("jérôme"), "jerome");
        assert_eq!(strip_diacritics("ščukin"), "shchukin");
    }
}
