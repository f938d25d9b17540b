//! A person's first and last name as comparable spellings, whatever script and field order
//! they were typed in.

use super::phonetic::spelling;
use super::text::{is_cyrillic, words};
use super::translit::to_latin;

/// First and last name, each as a [`spelling`] (empty when unknown).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PersonName {
    pub first: String,
    pub last: String,
    /// Whether any part was written in Cyrillic (for the evidence wording).
    pub cyrillic: bool,
}

/// Reads a name from its two fields. Patronymics ("Petrovich", "Ivanovna") and middle names
/// are dropped, a full name typed into one field is split, and multi-word surnames
/// ("Rimsky-Korsakov", "van der Berg") are joined into one.
pub fn parse_person_name(first_name: &str, last_name: &str) -> PersonName {
    let first_words = words(first_name);
    let last_words = words(last_name);
    let cyrillic = first_words
        .iter()
        .chain(&last_words)
        .any(|w| is_cyrillic(w));
    let spelled = |ws: &[String]| -> Vec<String> {
        ws.iter()
            .map(|w| spelling(&to_latin(w)))
            .filter(|w| !w.is_empty())
            .collect()
    };
    let first = spelled(&first_words);
    let last = spelled(&last_words);
    // A field holding several space-separated words is a whole name; a hyphen alone
    // ("Rimsky-Korsakov", "Mary-Jane") is one compound part.
    let whole = |raw: &str| raw.split_whitespace().count() > 1;
    let (first, last) = match (first.as_slice(), last.as_slice()) {
        ([], []) => (String::new(), String::new()),
        (parts, []) if whole(first_name) => split_full_name(parts),
        ([], parts) if whole(last_name) => split_full_name(parts),
        ([given, ..], []) => (given.clone(), String::new()),
        ([], surname) => (String::new(), surname.concat()),
        ([given, ..], surname) => (given.clone(), surname.concat()),
    };
    PersonName {
        first,
        last,
        cyrillic,
    }
}

/// A whole name from one field: "Ivanov Sergey Petrovich" (Russian documents), "Sergey
/// Petrovich Ivanov" and "Sergey Ivanov". Two plain words are read as given name first; the
/// comparison also tries the swapped order, so a wrong guess costs nothing.
fn split_full_name(parts: &[String]) -> (String, String) {
    match parts {
        [only] => (String::new(), only.clone()),
        [last, first, patronymic] if is_patronymic(patronymic) => (first.clone(), last.clone()),
        [first, patronymic, rest @ ..] if is_patronymic(patronymic) => {
            (first.clone(), rest.concat())
        }
        [first, rest @ ..] => (first.clone(), rest.concat()),
        [] => (String::new(), String::new()),
    }
}

/// Russian patronymic endings, in our spelling (`-ovich`, `-evna`, `-ichna`, `-inichna`).
fn is_patronymic(spelled: &str) -> bool {
    ["ovich", "evich", "ovna", "evna", "ichna"]
        .iter()
        .any(|ending| spelled.len() > ending.len() + 1 && spelled.ends_with(ending))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cyrillic_and_latin_read_alike() {
        let ru = parse_person_name("Сергей", "Иванов");
        let en = parse_person_name("Sergey", "Ivanov");
        assert_eq!((ru.first.as_str(), ru.last.as_str()), ("sergei", "ivanov"));
        assert_eq!((en.first, en.last), (ru.first, ru.last));
        assert!(ru.cyrillic);
    }

    #[test]
    fn one_field_full_names_are_split_and_patronymics_dropped() {
        let expected = ("sergei".to_owned(), "ivanov".to_owned());
        for (first, last) in [
            ("Иванов Сергей Петрович", ""),
            ("Сергей Петрович Иванов", ""),
            ("", "Sergey Ivanov"),
            ("Sergey Petrovich", "Ivanov"),
        ] {
            let name = parse_person_name(first, last);
            assert_eq!((name.first, name.last), expected, "{first} / {last}");
        }
    }

    #[test]
    fn a_lone_given_name_stays_a_given_name() {
        let name = parse_person_name("Sergey", "");
        assert_eq!((name.first.as_str(), name.last.as_str()), ("sergei", ""));
    }

    #[test]
    fn compound_surnames_are_one_word() {
        assert_eq!(
            parse_person_name("Nikolai", "Rimsky-Korsakov").last,
            "rimskikorsakov"
        );
    }
}
