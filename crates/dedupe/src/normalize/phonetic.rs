//! Spelling and sound keys for names written in Latin letters by different hands.
//!
//! Two layers, both applied after Cyrillic is transliterated:
//! - [`spelling`] folds only the choices between *transliteration schemes and spelling
//!   habits* (`x`/`ks`, `j`/`y`, `w`/`v`, `ph`/`f`, `kh`/`h`, `shch`/`sch`/`sh`, `iy`/`y`/`i`,
//!   doubled letters). Equal spellings are as good as equal names.
//! - [`skeleton`] keeps the first letter and the consonants, so that vowel choices
//!   ("Aleksandr"/"Alexander", "Fyodor"/"Fedor", "Yulia"/"Yuliya") meet. It is coarse on
//!   purpose: it decides which records are *compared*, and the score then looks at the spelling
//!   again, so "Oleg" and "Olga" share a skeleton but do not match.

/// The normalised spelling of one lower-case name word (Latin or already transliterated).
pub fn spelling(word: &str) -> String {
    let plain = super::text::strip_diacritics(word);
    let letters: Vec<char> = plain.chars().filter(char::is_ascii_alphabetic).collect();
    let mut out = String::with_capacity(letters.len() + 2);
    let mut i = start_rewrite(&letters, &mut out);
    while i < letters.len() {
        let (text, used) = rewrite(&letters[i..]);
        out.push_str(text);
        i += used;
    }
    let out = yo_as_e(&non_initial_y_as_i(&out));
    // "-off" is the old French-style spelling of "-ov" (Ivanoff, Smirnoff).
    let out = match out.strip_suffix("ff") {
        Some(stem) if stem.len() >= 3 => format!("{stem}v"),
        _ => out,
    };
    drop_e_before_final_r(&collapse_doubles(&out))
}

/// English writes `-er` where Russian has a bare `-r` (Alexander/Aleksandr, Peter/Petr);
/// reading every consonant + `er` ending as consonant + `r` makes them one spelling.
fn drop_e_before_final_r(word: &str) -> String {
    let bytes = word.as_bytes();
    let n = bytes.len();
    let consonant_before =
        n >= 4 && !matches!(bytes[n - 3], b'a' | b'e' | b'i' | b'o' | b'u' | b'y');
    if consonant_before && word.ends_with("er") {
        format!("{}r", &word[..n - 2])
    } else {
        word.to_owned()
    }
}

/// Word starts that differ only between schemes: `Ye`lena/`E`lena, `Iu`lia/`Yu`lia, `J`ulia.
fn start_rewrite(letters: &[char], out: &mut String) -> usize {
    match letters {
        ['y', 'e', ..] => {
            out.push('e');
            2
        }
        ['i', next @ ('u' | 'a' | 'o'), ..] => {
            out.push('y');
            out.push(*next);
            2
        }
        _ => 0,
    }
}

/// One rewrite at the head of `rest`: the replacement and how many letters it consumed.
fn rewrite(rest: &[char]) -> (&'static str, usize) {
    match rest {
        ['s', 'h', 'c', 'h', ..] => ("sh", 4),
        ['t', 's', 'c', 'h', ..] => ("ch", 4),
        ['s', 'c', 'h', ..] => ("sh", 3),
        ['t', 'c', 'h', ..] => ("ch", 3),
        ['c', 'h', ..] => ("ch", 2),
        ['s', 'h', ..] => ("sh", 2),
        ['z', 'h', ..] => ("zh", 2),
        ['k', 'h', ..] => ("h", 2),
        ['p', 'h', ..] => ("f", 2),
        ['t', 'h', ..] => ("t", 2),
        ['g', 'h', ..] => ("g", 2),
        ['c', 'k', ..] => ("k", 2),
        ['t', 'z', ..] => ("ts", 2),
        ['o', 'u', ..] => ("u", 2),
        ['c', 'e' | 'i' | 'y', ..] => ("s", 1),
        ['c', ..] => ("k", 1),
        ['x', ..] => ("ks", 1),
        ['w', ..] => ("v", 1),
        ['q', ..] => ("k", 1),
        ['j', ..] => ("y", 1),
        [c, ..] => (letter(*c), 1),
        [] => ("", 0),
    }
}

fn letter(c: char) -> &'static str {
    const LETTERS: [&str; 26] = [
        "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r",
        "s", "t", "u", "v", "w", "x", "y", "z",
    ];
    LETTERS[(c as u8 - b'a') as usize]
}

/// `y` after the first letter is a vowel or a softening: Tat`y`ana/Tat`i`ana, Serge`y`/Serge`i`.
fn non_initial_y_as_i(word: &str) -> String {
    word.char_indices()
        .map(|(i, c)| if i > 0 && c == 'y' { 'i' } else { c })
        .collect()
}

/// `ё` is written `yo`, `io` or `e` (Fyodor/Fiodor/Fedor, Semyon/Semen, Pyotr/Petr); after a
/// consonant, `io` (from `yo` too) is read as `e`.
fn yo_as_e(word: &str) -> String {
    let chars: Vec<char> = word.chars().collect();
    let mut out = String::with_capacity(word.len());
    let mut i = 0;
    while i < chars.len() {
        let after_consonant = i > 0 && !matches!(chars[i - 1], 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
        if after_consonant && chars[i] == 'i' && chars.get(i + 1) == Some(&'o') {
            out.push('e');
            i += 2;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// Anna/Ana, Kirill/Kiril, Yuliia/Yulia: doubling is a spelling habit, not a different name.
fn collapse_doubles(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// The sound key of a [`spelling`]: its first letter, then its consonants (`sh`, `ch` and
/// `zh` as one sound each; `h` and vowels dropped; a final `f` read as `v`, as in "-off").
pub fn skeleton(spelled: &str) -> String {
    let letters: Vec<char> = spelled.chars().collect();
    let mut out = String::with_capacity(letters.len());
    let mut i = 0;
    while i < letters.len() {
        let (symbol, used) = match &letters[i..] {
            ['s', 'h', ..] => ('S', 2),
            ['c', 'h', ..] => ('C', 2),
            ['z', 'h', ..] => ('Z', 2),
            [c, ..] => (*c, 1),
            [] => break,
        };
        let keep = i == 0 || !matches!(symbol, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'h');
        if keep {
            out.push(symbol);
        }
        i += used;
    }
    if out.len() > 1 && out.ends_with('f') {
        out.pop();
        out.push('v');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::translit::to_latin;

    fn spell(word: &str) -> String {
        spelling(&to_latin(&crate::normalize::text::fold(word)))
    }

    #[test]
    fn transliteration_schemes_spell_alike() {
        let groups: [&[&str]; 12] = [
            &["Иванов", "Ivanov", "Ivanoff", "Ivanow"],
            &["Щукин", "Shchukin", "Schukin", "Ščukin"],
            &["Юлия", "Yulia", "Yuliya", "Julia", "Iuliia"],
            &["Сергей", "Sergey", "Sergei", "Sergej"],
            &["Дмитрий", "Dmitry", "Dmitriy", "Dmitrii", "Dmitrij"],
            &["Наталья", "Natalya", "Natalia", "Nataliya"],
            &["Евгений", "Yevgeny", "Evgeniy", "Evgenij"],
            &["Хабаров", "Khabarov", "Habarov"],
            &["Фёдор", "Fyodor", "Fiodor", "Fedor"],
            &["Семён", "Semyon", "Semen"],
            &["Пётр", "Pyotr", "Petr", "Peter"],
            &["Александр", "Aleksandr", "Alexander", "Aleksander"],
        ];
        for group in groups {
            let first = spell(group[0]);
            for other in &group[1..] {
                assert_eq!(spell(other), first, "{other} vs {}", group[0]);
            }
        }
    }

    #[test]
    fn vowel_choices_meet_in_the_skeleton() {
        let pairs = [
            ("Aleksei", "Aleksi"),
            ("Алексеевич", "Alexeyevich"),
            ("Dostoyevsky", "Dostoevsky"),
        ];
        for (a, b) in pairs {
            assert_ne!(spell(a), spell(b), "{a} and {b} differ in spelling");
            assert_eq!(skeleton(&spell(a)), skeleton(&spell(b)), "{a} vs {b}");
        }
    }

    #[test]
    fn different_consonants_keep_names_apart() {
        assert_ne!(skeleton(&spell("Petrov")), skeleton(&spell("Popov")));
        assert_ne!(skeleton(&spell("Smith")), skeleton(&spell("Schmidt")));
        assert_ne!(skeleton(&spell("Шукин")), skeleton(&spell("Чукин")));
    }
}
