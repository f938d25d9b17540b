//! What records can be found by, and how a search query is read.
//!
//! Records are indexed under normalized terms: lower-cased words of names (with `ё` read as
//! `е`, and Cyrillic also under its Latin transliteration, so "ivanov" finds "Иванов"),
//! emails and their local parts, phone digits, and domains. Typo tolerance uses the
//! symmetric-delete method: every dictionary word is stored with its one-letter deletions,
//! and a query word's deletions are looked up among them. That finds words within two
//! edits through an ordinary index, without scanning similar rows.

use crate::contact::parse_phone;
use crate::object::ObjectKind;
use crate::record::Record;
use crate::value::Value;

/// Shortest word that typo tolerance applies to: shorter ones match too much.
pub const MIN_FUZZY_LEN: usize = 4;

/// One term a record is indexed under.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Term {
    pub text: String,
    /// How strongly a match on this term speaks for the record (names and emails most).
    pub weight: i64,
    /// Whether it enters the typo-tolerant dictionary (words of names).
    pub fuzzy: bool,
}

/// Lower case, `ё` as `е`, so that spelling variants meet.
pub fn normalize(text: &str) -> String {
    text.trim().to_lowercase().replace('ё', "е")
}

/// The words of a name: letters and digits, split at anything else.
pub fn words(text: &str) -> Vec<String> {
    normalize(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Russian (and the Ukrainian and Belarusian letters) to Latin as passports and email
/// addresses usually spell it; `None` for a word without Cyrillic letters.
pub fn transliterate(word: &str) -> Option<String> {
    if !word
        .chars()
        .any(|c| matches!(c, 'а'..='я' | 'ё' | 'ґ' | 'є' | 'і' | 'ї' | 'ў'))
    {
        return None;
    }
    let mut out = String::with_capacity(word.len());
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
    Some(out)
}

fn push_words(terms: &mut Vec<Term>, text: &str, weight: i64) {
    for word in words(text) {
        if let Some(latin) = transliterate(&word) {
            terms.push(Term {
                text: latin,
                weight,
                fuzzy: true,
            });
        }
        terms.push(Term {
            text: word,
            weight,
            fuzzy: true,
        });
    }
}

fn push_email(terms: &mut Vec<Term>, email: &str) {
    terms.push(Term {
        text: email.to_owned(),
        weight: 3,
        fuzzy: false,
    });
    if let Some((local, _)) = email.split_once('@') {
        terms.push(Term {
            text: local.to_owned(),
            weight: 2,
            fuzzy: false,
        });
    }
}

/// `+79161234567` is found as `79161234567` and, without its country code, `9161234567`.
fn push_phone(terms: &mut Vec<Term>, phone: &str) {
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    if digits.len() > 10 {
        terms.push(Term {
            text: digits[digits.len() - 10..].to_owned(),
            weight: 2,
            fuzzy: false,
        });
    }
    terms.push(Term {
        text: digits,
        weight: 3,
        fuzzy: false,
    });
}

fn push_domain(terms: &mut Vec<Term>, domain: &str) {
    terms.push(Term {
        text: domain.to_owned(),
        weight: 2,
        fuzzy: false,
    });
}

fn texts(value: &Value) -> Vec<&str> {
    match value {
        Value::Text(s) => vec![s.as_str()],
        Value::List(items) => items.iter().map(String::as_str).collect(),
        _ => Vec::new(),
    }
}

/// Every term a record is found by; empty for records search does not cover.
pub fn record_terms(record: &Record) -> Vec<Term> {
    let mut terms = Vec::new();
    match record.kind {
        ObjectKind::Person => {
            for field in ["first_name", "last_name"] {
                texts(record.get(field))
                    .into_iter()
                    .for_each(|t| push_words(&mut terms, t, 3));
            }
            for field in ["email", "other_emails"] {
                texts(record.get(field))
                    .into_iter()
                    .for_each(|e| push_email(&mut terms, e));
            }
            for field in ["phone", "other_phones"] {
                texts(record.get(field))
                    .into_iter()
                    .for_each(|p| push_phone(&mut terms, p));
            }
        }
        ObjectKind::Company => {
            texts(record.get("name"))
                .into_iter()
                .for_each(|t| push_words(&mut terms, t, 3));
            for field in ["domain", "other_domains"] {
                texts(record.get(field))
                    .into_iter()
                    .for_each(|d| push_domain(&mut terms, d));
            }
            texts(record.get("phone"))
                .into_iter()
                .for_each(|p| push_phone(&mut terms, p));
        }
        ObjectKind::Deal => {
            texts(record.get("name"))
                .into_iter()
                .for_each(|t| push_words(&mut terms, t, 2));
        }
        ObjectKind::Activity => {}
    }
    // One row per term: keep the strongest weight of duplicates.
    terms.sort_by(|a, b| a.text.cmp(&b.text).then(b.weight.cmp(&a.weight)));
    terms.dedup_by(|later, earlier| later.text == earlier.text);
    terms
}

/// The dictionary entries of a word: itself and its one-letter deletions.
pub fn deletions(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    let mut out = vec![word.to_owned()];
    if chars.len() >= MIN_FUZZY_LEN {
        for skip in 0..chars.len() {
            let variant: String = chars
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != skip)
                .map(|(_, c)| *c)
                .collect();
            if !out.contains(&variant) {
                out.push(variant);
            }
        }
    }
    out
}

/// How many typos a word of this length may carry and still match.
pub fn allowed_typos(word: &str) -> usize {
    match word.chars().count() {
        0..MIN_FUZZY_LEN => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// One word of a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryToken {
    pub text: String,
    /// Whether a misspelling of it may match (words, not emails or numbers).
    pub fuzzy: bool,
}

/// Reads a query: a phone number in any format is one token of digits; otherwise words,
/// with emails and domains kept whole.
pub fn query_tokens(query: &str, default_country_code: &str) -> Vec<QueryToken> {
    let query = query.trim();
    let digit_count = query.chars().filter(char::is_ascii_digit).count();
    if digit_count >= 5
        && query
            .chars()
            .all(|c| c.is_ascii_digit() || " +-().".contains(c))
    {
        let digits = match parse_phone(query, default_country_code) {
            Ok(e164) => e164.trim_start_matches('+').to_owned(),
            Err(_) => query.chars().filter(char::is_ascii_digit).collect(),
        };
        return vec![QueryToken {
            text: digits,
            fuzzy: false,
        }];
    }
    let mut tokens = Vec::new();
    for part in normalize(query).split_whitespace() {
        if part.contains('@') || (part.contains('.') && !part.ends_with('.')) {
            tokens.push(QueryToken {
                text: part.trim_matches(|c: char| c == ',' || c == ';').to_owned(),
                fuzzy: false,
            });
        } else {
            tokens.extend(words(part).into_iter().map(|w| QueryToken {
                text: w,
                fuzzy: true,
            }));
        }
    }
    tokens.truncate(6);
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timestamp;

    fn person(first: &str, last: &str, email: &str, phone: &str) -> Record {
        let mut record = Record::new(ObjectKind::Person, None, timestamp::now());
        record.set("first_name", Value::Text(first.into()));
        record.set("last_name", Value::Text(last.into()));
        record.set("email", Value::Text(email.into()));
        record.set("phone", Value::Text(phone.into()));
        record
    }

    #[test]
    fn people_are_found_by_names_transliterations_emails_and_phones() {
        let terms: Vec<String> =
            record_terms(&person("Пётр", "Иванов", "petr@acme.ru", "+79161234567"))
                .into_iter()
                .map(|t| t.text)
                .collect();
        for expected in [
            "петр",
            "petr",
            "иванов",
            "ivanov",
            "petr@acme.ru",
            "79161234567",
            "9161234567",
        ] {
            assert!(
                terms.contains(&expected.to_owned()),
                "{expected} in {terms:?}"
            );
        }
        assert_eq!(
            terms.iter().filter(|t| *t == "petr").count(),
            1,
            "duplicates merged"
        );
    }

    #[test]
    fn queries_read_phones_emails_and_words() {
        assert_eq!(
            query_tokens("8 (916) 123-45-67", "7"),
            vec![QueryToken {
                text: "79161234567".into(),
                fuzzy: false
            }]
        );
        assert_eq!(query_tokens("Ivan@Acme", "7")[0].text, "ivan@acme");
        let words: Vec<String> = query_tokens("Анна  Ёлкина", "7")
            .into_iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(words, ["анна", "елкина"]);
    }

    #[test]
    fn deletions_meet_for_one_typo_on_each_side() {
        let stored = deletions("ivanov");
        for typo in ["ivnaov", "ivanof", "ivanv", "iivanov"] {
            assert!(deletions(typo).iter().any(|d| stored.contains(d)), "{typo}");
        }
        assert!(!deletions("petrov").iter().any(|d| stored.contains(d)));
        assert_eq!(deletions("ivo"), ["ivo"], "short words are not varied");
    }
}
