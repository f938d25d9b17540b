//! A light English stemmer: inflection only (plural, possessive, -ed, -ing,
//! -ly, -ness), plus folding of final `y`/`e`, so that "loved", "loves",
//! "loving" and "love" meet. Derivational suffixes that change polarity
//! ("-less") are deliberately left alone.

/// Stems a lowercased English word.
pub fn stem_en(word: &str) -> String {
    let mut w: String = word
        .trim_end_matches("'s")
        .trim_end_matches('\'')
        .to_string();
    if w.contains('\'') || w.len() <= 3 {
        return w;
    }
    strip_plural(&mut w);
    strip_verb_ending(&mut w);
    // Adverbs and abstract nouns meet their adjective: "happily",
    // "happiness" -> "happi", same as "happy" below.
    strip_suffix_keeping(&mut w, "ly", 3);
    strip_suffix_keeping(&mut w, "ness", 3);
    fold_final_letters(&mut w);
    w
}

fn has_vowel(s: &str) -> bool {
    s.chars()
        .any(|c| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y'))
}

fn strip_plural(w: &mut String) {
    if w.ends_with("sses") {
        w.truncate(w.len() - 2);
    } else if w.ends_with("ies") && w.len() > 4 {
        w.truncate(w.len() - 3);
        w.push('y');
    } else if w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && w.len() > 3
    {
        w.pop();
    }
}

/// "-ed" and "-ing", with a consonant left doubled by the suffix undone
/// ("stopped" -> "stop"). The rest must keep a vowel and three letters.
fn strip_verb_ending(w: &mut String) {
    let suffix = if w.ends_with("eed") {
        return;
    } else if w.ends_with("ing") {
        "ing"
    } else if w.ends_with("ed") {
        "ed"
    } else {
        return;
    };
    let rest = &w[..w.len() - suffix.len()];
    if rest.len() < 3 || !has_vowel(rest) {
        return;
    }
    w.truncate(rest.len());
    let bytes = w.as_bytes();
    let n = bytes.len();
    let doubled = n >= 2 && bytes[n - 1] == bytes[n - 2];
    let undoable = !matches!(bytes[n - 1], b'a' | b'e' | b'i' | b'o' | b'u' | b's' | b'z')
        && (bytes[n - 1] != b'l' || n >= 5);
    if doubled && undoable {
        w.pop();
    }
}

fn strip_suffix_keeping(w: &mut String, suffix: &str, keep: usize) -> bool {
    if w.ends_with(suffix) && w.len() - suffix.len() >= keep {
        w.truncate(w.len() - suffix.len());
        true
    } else {
        false
    }
}

/// Final consonant+`y` becomes `i` and a final `e` goes, so "happy" and
/// "happily", "love" and "loved" share a stem.
fn fold_final_letters(w: &mut String) {
    let n = w.len();
    if n > 2 && w.ends_with('y') {
        let before = w.as_bytes()[n - 2];
        if !matches!(before, b'a' | b'e' | b'i' | b'o' | b'u') {
            w.pop();
            w.push('i');
        }
    } else if n > 3 && w.ends_with('e') && !w.ends_with("ee") {
        w.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::stem_en;

    #[test]
    fn inflections_meet() {
        for w in ["love", "loved", "loves", "loving", "lovely"] {
            assert_eq!(stem_en(w), "lov", "{w}");
        }
        for w in ["happy", "happily", "happiness"] {
            assert_eq!(stem_en(w), "happi", "{w}");
        }
        assert_eq!(stem_en("stopped"), "stop");
        assert_eq!(stem_en("delays"), stem_en("delayed"));
        assert_eq!(stem_en("cancelled"), stem_en("cancel"));
    }

    #[test]
    fn leaves_short_words_contractions_and_less_alone() {
        assert_eq!(stem_en("bad"), "bad");
        assert_eq!(stem_en("need"), "need");
        assert_eq!(stem_en("didn't"), "didn't");
        assert_eq!(stem_en("useless"), "useless");
        assert_eq!(stem_en("thing"), "thing");
    }
}
