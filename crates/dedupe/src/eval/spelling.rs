//! How the generator writes Russian names in Latin letters: several real schemes, chosen per
//! record, written independently of the matcher's own transliteration (so the evaluation
//! does not grade the matcher against itself).

/// A way people romanise Russian.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    /// ICAO, as in passports since 2013: `ю` iu, `я` ia, `й` i, `х` kh, `ц` ts.
    Passport,
    /// BGN/PCGN-like: `ю` yu, `я` ya, `й` y, `е` ye at a word start.
    Bgn,
    /// Informal, German/Polish-tinged: `ю` ju, `я` ja, `й` j, `х` h, `щ` sch, `кс` x.
    Informal,
}

pub const SCHEMES: [Scheme; 3] = [Scheme::Passport, Scheme::Bgn, Scheme::Informal];

/// Writes a Cyrillic text in Latin letters by `scheme`, keeping capitals and punctuation.
pub fn romanise(text: &str, scheme: Scheme) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let lower = c.to_lowercase().next().unwrap_or(c);
        let word_start = i == 0 || !chars[i - 1].is_alphabetic();
        let next = chars
            .get(i + 1)
            .map(|n| n.to_lowercase().next().unwrap_or(*n));
        if scheme == Scheme::Informal && lower == 'к' && next == Some('с') {
            push_cased(&mut out, "x", c.is_uppercase());
            i += 2;
            continue;
        }
        let latin = letter(lower, scheme, word_start);
        match latin {
            Some(latin) => push_cased(&mut out, latin, c.is_uppercase()),
            None => out.push(c),
        }
        i += 1;
    }
    out
}

fn push_cased(out: &mut String, latin: &str, upper: bool) {
    if upper {
        let mut chars = latin.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            out.push_str(chars.as_str());
        }
    } else {
        out.push_str(latin);
    }
}

fn letter(c: char, scheme: Scheme, word_start: bool) -> Option<&'static str> {
    use Scheme::{Bgn, Informal, Passport};
    let latin = match (c, scheme) {
        ('а', _) => "a",
        ('б', _) => "b",
        ('в', _) => "v",
        ('г', _) => "g",
        ('д', _) => "d",
        ('е', Bgn) if word_start => "ye",
        ('е', _) => "e",
        ('ё', Passport) => "e",
        ('ё', _) => "yo",
        ('ж', _) => "zh",
        ('з', _) => "z",
        ('и', _) => "i",
        ('й', Passport) => "i",
        ('й', Bgn) => "y",
        ('й', Informal) => "j",
        ('к', _) => "k",
        ('л', _) => "l",
        ('м', _) => "m",
        ('н', _) => "n",
        ('о', _) => "o",
        ('п', _) => "p",
        ('р', _) => "r",
        ('с', _) => "s",
        ('т', _) => "t",
        ('у', _) => "u",
        ('ф', _) => "f",
        ('х', Informal) => "h",
        ('х', _) => "kh",
        ('ц', Informal) => "tz",
        ('ц', _) => "ts",
        ('ч', _) => "ch",
        ('ш', _) => "sh",
        ('щ', Informal) => "sch",
        ('щ', _) => "shch",
        ('ъ', Passport) => "ie",
        ('ъ', _) => "",
        ('ы', _) => "y",
        ('ь', _) => "",
        ('э', _) => "e",
        ('ю', Passport) => "iu",
        ('ю', Bgn) => "yu",
        ('ю', Informal) => "ju",
        ('я', Passport) => "ia",
        ('я', Bgn) => "ya",
        ('я', Informal) => "ja",
        _ => return None,
    };
    Some(latin)
}

/// Conventional English spellings of some Russian given names, used instead of a scheme
/// now and then (as people do on business cards).
pub const CONVENTIONAL: &[(&str, &str)] = &[
    ("Александр", "Alexander"),
    ("Алексей", "Alexey"),
    ("Юлия", "Julia"),
    ("Татьяна", "Tatiana"),
    ("Наталья", "Natalia"),
    ("Ксения", "Xenia"),
    ("Мария", "Maria"),
    ("Дмитрий", "Dmitry"),
    ("Юрий", "Yuri"),
    ("Евгений", "Evgeny"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schemes_differ_where_they_should() {
        assert_eq!(romanise("Юлия", Scheme::Passport), "Iuliia");
        assert_eq!(romanise("Юлия", Scheme::Bgn), "Yuliya");
        assert_eq!(romanise("Юлия", Scheme::Informal), "Julija");
        assert_eq!(
            romanise("Алексей Щукин", Scheme::Informal),
            "Alexej Schukin"
        );
        assert_eq!(romanise("Елена", Scheme::Bgn), "Yelena");
    }
}
