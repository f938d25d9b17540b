//! People's names, drawn as often as they occur in life.
//!
//! Search, de-duplication and sorting behave very differently on twenty repeated names than
//! on real ones, so names come from thousands of English and Russian names with Zipf-like
//! frequencies, Russian surnames agree with gender (Иванов, Иванова), and Russian names at
//! foreign companies appear in the several Latin spellings people really use.

mod dictionary;

use std::collections::HashSet;

use crate::rng::{Rng, Zipf, weighted};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    English,
    Russian,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
}

/// How Cyrillic is written in Latin letters; a CRM holds all three side by side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Romanization {
    /// What people choose for themselves: Alexey, Yulia, Dmitry.
    Common,
    /// BGN/PCGN-like: Aleksey, Yuliya, Dmitriy.
    Bgn,
    /// Russian passports since 2013 (ICAO): Aleksei, Iuliia, Dmitrii.
    Passport,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonName {
    pub first: String,
    pub last: String,
    pub gender: Gender,
    pub origin: Origin,
    /// The name in lower-case ASCII letters, for email addresses.
    pub first_ascii: String,
    pub last_ascii: String,
}

impl PersonName {
    pub fn full(&self) -> String {
        format!("{} {}", self.first, self.last)
    }

    /// The part of an address before the `@`, in the styles companies and people pick.
    /// `personal` addresses (at a free mail provider) more often carry numbers.
    pub fn email_local(&self, rng: &mut Rng, personal: bool) -> String {
        let (f, l) = (self.first_ascii.as_str(), self.last_ascii.as_str());
        let i = f.chars().next().map(String::from).unwrap_or_default();
        if personal {
            let year = rng.between(1965, 2004);
            let n = rng.between(1, 99);
            return match *weighted(rng, &[(0, 30), (1, 20), (2, 15), (3, 15), (4, 10), (5, 10)]) {
                0 => format!("{f}.{l}{n}"),
                1 => format!("{f}{l}{year}"),
                2 => format!("{f}_{l}"),
                3 => format!("{i}{l}{year}"),
                4 => format!("{l}.{f}"),
                _ => format!("{f}.{l}"),
            };
        }
        match *weighted(
            rng,
            &[
                (0, 45),
                (1, 15),
                (2, 10),
                (3, 8),
                (4, 5),
                (5, 5),
                (6, 4),
                (7, 5),
                (8, 3),
            ],
        ) {
            0 => format!("{f}.{l}"),
            1 => format!("{i}{l}"),
            2 => format!("{i}.{l}"),
            3 => f.to_owned(),
            4 => format!("{f}_{l}"),
            5 => format!("{f}{}", l.chars().next().unwrap_or('x')),
            6 => format!("{l}.{f}"),
            7 => format!("{f}{l}"),
            _ => l.to_owned(),
        }
    }
}

struct RussianSurname {
    male: String,
    female: String,
}

/// Every name list, with its frequency sampler. Built once per run (a few milliseconds).
pub struct NameBook {
    /// English female, English male, Russian female, Russian male.
    first: [Vec<&'static str>; 4],
    first_zipf: [Zipf; 4],
    english_surnames: Vec<String>,
    english_zipf: Zipf,
    russian_surnames: Vec<RussianSurname>,
    russian_zipf: Zipf,
}

impl Default for NameBook {
    fn default() -> Self {
        Self::new()
    }
}

/// Unique words of a list, in their first order.
fn words(list: &'static str) -> Vec<&'static str> {
    let mut seen = HashSet::new();
    list.split_whitespace()
        .filter(|w| seen.insert(*w))
        .collect()
}

impl NameBook {
    pub fn new() -> NameBook {
        let first = [
            words(dictionary::ENGLISH_FEMALE),
            words(dictionary::ENGLISH_MALE),
            words(dictionary::RUSSIAN_FEMALE),
            words(dictionary::RUSSIAN_MALE),
        ];
        let first_zipf = [0, 1, 2, 3].map(|i| Zipf::new(first[i].len(), 1.0));
        let english_surnames = english_surnames();
        let russian_surnames = russian_surnames(&first[3]);
        NameBook {
            english_zipf: Zipf::new(english_surnames.len(), 0.9),
            russian_zipf: Zipf::new(russian_surnames.len(), 0.9),
            first,
            first_zipf,
            english_surnames,
            russian_surnames,
        }
    }

    /// A person's name; `latin` writes a Russian name in Latin letters, as colleagues at a
    /// foreign company or a LinkedIn import would.
    pub fn person(&self, rng: &mut Rng, origin: Origin, latin: bool) -> PersonName {
        let gender = if rng.chance(0.5) {
            Gender::Female
        } else {
            Gender::Male
        };
        let list = match (origin, gender) {
            (Origin::English, Gender::Female) => 0,
            (Origin::English, Gender::Male) => 1,
            (Origin::Russian, Gender::Female) => 2,
            (Origin::Russian, Gender::Male) => 3,
        };
        let first = self.first[list][self.first_zipf[list].sample(rng)];
        match origin {
            Origin::English => {
                let last = &self.english_surnames[self.english_zipf.sample(rng)];
                PersonName {
                    first: first.to_owned(),
                    last: last.clone(),
                    gender,
                    origin,
                    first_ascii: ascii(first),
                    last_ascii: ascii(last),
                }
            }
            Origin::Russian => {
                let surname = &self.russian_surnames[self.russian_zipf.sample(rng)];
                let last = match gender {
                    Gender::Female => &surname.female,
                    Gender::Male => &surname.male,
                };
                let system = *weighted(
                    rng,
                    &[
                        (Romanization::Common, 55),
                        (Romanization::Bgn, 20),
                        (Romanization::Passport, 25),
                    ],
                );
                let (shown_first, shown_last) = if latin {
                    (romanize(first, system), romanize(last, system))
                } else {
                    (first.to_owned(), last.clone())
                };
                PersonName {
                    first: shown_first,
                    last: shown_last,
                    gender,
                    origin,
                    first_ascii: ascii(&romanize(first, system)),
                    last_ascii: ascii(&romanize(last, system)),
                }
            }
        }
    }

    /// Every spelling of a first name this book can produce.
    pub fn first_name_forms(&self) -> HashSet<String> {
        let mut forms: HashSet<String> = self.first[..2]
            .iter()
            .flatten()
            .map(|n| (*n).to_owned())
            .collect();
        for name in self.first[2..].iter().flatten() {
            forms.extend(spellings(name));
        }
        forms
    }

    /// Every spelling of a last name this book can produce.
    pub fn last_name_forms(&self) -> HashSet<String> {
        let mut forms: HashSet<String> = self.english_surnames.iter().cloned().collect();
        for surname in &self.russian_surnames {
            forms.extend(spellings(&surname.male));
            forms.extend(spellings(&surname.female));
        }
        forms
    }
}

/// A Cyrillic name and its Latin spellings.
fn spellings(name: &str) -> Vec<String> {
    let mut all = vec![name.to_owned()];
    for system in [
        Romanization::Common,
        Romanization::Bgn,
        Romanization::Passport,
    ] {
        all.push(romanize(name, system));
    }
    all
}

/// The written surnames, then rarer ones built like English place-name surnames
/// (Ash + ford, Whit + ley), which are plausible and fill the long tail.
fn english_surnames() -> Vec<String> {
    const STEMS: &str = "Ash Black Brad Bram Brook Bur Cal Chat Clay Cran Dar Down Els Fair Farn
        Gold Green Hart Hazel Hol Kings Lang Lin Mar Mid Mor North Oak Pem Rad Red Rock Rush
        Sand Shel South Stan Stock Sut Thorn Wal Wes Whit Win Wood Yar Ald Bever Bing Charl
        Crom Dun Ever Hather Kel Lox Mal Nor Pres Roth Sed Stam Tad Wake Wether";
    const SUFFIXES: [&str; 9] = [
        "ford", "ley", "ton", "wood", "field", "well", "by", "ham", "worth",
    ];
    let mut seen = HashSet::new();
    let mut all: Vec<String> = Vec::new();
    for name in dictionary::ENGLISH_SURNAMES.split_whitespace() {
        if seen.insert(name.to_owned()) {
            all.push(name.to_owned());
        }
    }
    for suffix in SUFFIXES {
        for stem in STEMS.split_whitespace() {
            let name = format!("{stem}{suffix}");
            if seen.insert(name.clone()) {
                all.push(name);
            }
        }
    }
    all
}

/// The written surnames, then surnames formed from given names the way most Russian
/// surnames were (Иван → Иванов, Никита → Никитин, Андрей → Андреев).
fn russian_surnames(male_names: &[&str]) -> Vec<RussianSurname> {
    let written = dictionary::RUSSIAN_SURNAMES.split_whitespace();
    let derived: Vec<String> = male_names.iter().filter_map(|n| surname_from(n)).collect();
    let mut seen = HashSet::new();
    written
        .map(str::to_owned)
        .chain(derived)
        .filter(|male| seen.insert(male.clone()))
        .map(|male| RussianSurname {
            female: feminine(&male),
            male,
        })
        .collect()
}

/// The patronymic surname of a male given name, where the usual rule gives a real one.
fn surname_from(name: &str) -> Option<String> {
    let exceptions = [
        ("Пётр", "Петров"),
        ("Дмитрий", "Дмитриев"),
        ("Лев", "Львов"),
    ];
    if let Some((_, surname)) = exceptions.iter().find(|(n, _)| *n == name) {
        return Some((*surname).to_owned());
    }
    let stem = |n: usize| {
        name.chars()
            .take(name.chars().count() - n)
            .collect::<String>()
    };
    let last = name.chars().last()?;
    let surname = if name.ends_with("ий") {
        format!("{}ьев", stem(2))
    } else if name.ends_with("ей") || name.ends_with("ай") || last == 'ь' {
        format!("{}ев", stem(1))
    } else if last == 'а' || last == 'я' {
        format!("{}ин", stem(1))
    } else if "жчшщц".contains(last) {
        format!("{name}ев")
    } else if "бвгдзклмнпрстфх".contains(last) {
        format!("{name}ов")
    } else {
        return None;
    };
    Some(surname)
}

/// The feminine form of a Russian surname: Иванов → Иванова, Толстой → Толстая; surnames
/// that do not decline (Черных, Шевченко, Миллер) stay as they are.
pub fn feminine(male: &str) -> String {
    for (from, to) in [
        ("ский", "ская"),
        ("цкий", "цкая"),
        ("ской", "ская"),
        ("ой", "ая"),
    ] {
        if let Some(stem) = male.strip_suffix(from) {
            return format!("{stem}{to}");
        }
    }
    if ["ов", "ев", "ёв", "ин", "ын"]
        .iter()
        .any(|s| male.ends_with(s))
    {
        return format!("{male}а");
    }
    male.to_owned()
}

const VOWELS: &str = "аеёиоуыэюя";

/// Writes Cyrillic in Latin letters; other characters pass through.
pub fn romanize(text: &str, system: Romanization) -> String {
    let chars: Vec<char> = text.chars().collect();
    let lower: Vec<char> = chars
        .iter()
        .map(|c| c.to_lowercase().next().unwrap_or(*c))
        .collect();
    let mut out = String::with_capacity(text.len() * 2);
    let mut i = 0;
    while i < chars.len() {
        let prev = i.checked_sub(1).map(|p| lower[p]);
        let next = lower.get(i + 1).copied();
        let after_next = lower.get(i + 2).copied();
        let word_start = prev.is_none_or(|p| !p.is_alphabetic());
        let at_word_end = |j: usize| lower.get(j).is_none_or(|c| !c.is_alphabetic());
        let (piece, consumed) = letter(
            system,
            lower[i],
            prev,
            next,
            after_next,
            word_start,
            at_word_end(i + 2),
        );
        if chars[i].is_uppercase() {
            let mut cs = piece.chars();
            if let Some(first) = cs.next() {
                out.extend(first.to_uppercase());
                out.push_str(cs.as_str());
            }
        } else {
            out.push_str(&piece);
        }
        i += consumed;
    }
    out
}

/// One letter (or a two-letter ending such as -ий) in Latin, and how many letters it took.
fn letter(
    system: Romanization,
    c: char,
    prev: Option<char>,
    next: Option<char>,
    after_next: Option<char>,
    word_start: bool,
    pair_ends_word: bool,
) -> (String, usize) {
    use Romanization::{Bgn, Common, Passport};
    let after_vowel = word_start || prev.is_some_and(|p| VOWELS.contains(p) || "ьъ".contains(p));
    let one = |s: &str| (s.to_owned(), 1);
    let two = |s: &str| (s.to_owned(), 2);
    match (system, c) {
        // Endings people spell their own way: Dmitry / Dmitriy / Dmitrii, Maria / Mariya.
        (_, 'и' | 'ы') if next == Some('й') && pair_ends_word => match system {
            Common => two("y"),
            Bgn => two(if c == 'и' { "iy" } else { "yy" }),
            Passport => two(if c == 'и' { "ii" } else { "yi" }),
        },
        (Common, 'и') if next == Some('я') && pair_ends_word => two("ia"),
        (Common, 'к') if next == Some('с') && after_next.is_some() => two("x"),
        (_, 'а') => one("a"),
        (_, 'б') => one("b"),
        (_, 'в') => one("v"),
        (_, 'г') => one("g"),
        (_, 'д') => one("d"),
        (Passport, 'е' | 'ё' | 'э') => one("e"),
        (_, 'е') => one(if after_vowel { "ye" } else { "e" }),
        (_, 'ё') => one(if prev.is_some_and(|p| "жчшщ".contains(p)) {
            "e"
        } else {
            "yo"
        }),
        (_, 'э') => one("e"),
        (_, 'ж') => one("zh"),
        (_, 'з') => one("z"),
        (_, 'и') => one("i"),
        (Passport, 'й') => one("i"),
        (_, 'й') => one("y"),
        (_, 'к') => one("k"),
        (_, 'л') => one("l"),
        (_, 'м') => one("m"),
        (_, 'н') => one("n"),
        (_, 'о') => one("o"),
        (_, 'п') => one("p"),
        (_, 'р') => one("r"),
        (_, 'с') => one("s"),
        (_, 'т') => one("t"),
        (_, 'у') => one("u"),
        (_, 'ф') => one("f"),
        (_, 'х') => one("kh"),
        (_, 'ц') => one("ts"),
        (_, 'ч') => one("ch"),
        (_, 'ш') => one("sh"),
        (_, 'щ') => one("shch"),
        (Passport, 'ъ') => one("ie"),
        (_, 'ъ') => one(""),
        (_, 'ы') => one("y"),
        (Common | Bgn, 'ь') if next == Some('и') => one("y"),
        (_, 'ь') => one(""),
        (Passport, 'ю') => one("iu"),
        (_, 'ю') => one("yu"),
        (Passport, 'я') => one("ia"),
        (_, 'я') => one("ya"),
        (_, other) => (other.to_string(), 1),
    }
}

/// Lower-case ASCII letters only (O'Brien → obrien, Ji-woo → jiwoo; Cyrillic is romanized).
pub fn ascii(name: &str) -> String {
    romanize(name, Romanization::Common)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dictionaries_hold_thousands_of_names() {
        let book = NameBook::new();
        let first = book.first_name_forms().len();
        let last = book.last_name_forms().len();
        assert!(first >= 2_000, "{first} first names");
        assert!(last >= 5_000, "{last} last names");
    }

    #[test]
    fn russian_surnames_agree_with_gender() {
        assert_eq!(feminine("Иванов"), "Иванова");
        assert_eq!(feminine("Соловьёв"), "Соловьёва");
        assert_eq!(feminine("Ильин"), "Ильина");
        assert_eq!(feminine("Вознесенский"), "Вознесенская");
        assert_eq!(feminine("Высоцкий"), "Высоцкая");
        assert_eq!(feminine("Толстой"), "Толстая");
        assert_eq!(feminine("Черных"), "Черных");
        assert_eq!(feminine("Шевченко"), "Шевченко");
        assert_eq!(surname_from("Иван").as_deref(), Some("Иванов"));
        assert_eq!(surname_from("Никита").as_deref(), Some("Никитин"));
        assert_eq!(surname_from("Андрей").as_deref(), Some("Андреев"));
        assert_eq!(surname_from("Григорий").as_deref(), Some("Григорьев"));
        assert_eq!(surname_from("Илья").as_deref(), Some("Ильин"));
        assert_eq!(surname_from("Игорь").as_deref(), Some("Игорев"));
    }

    #[test]
    fn names_are_romanized_as_people_write_them() {
        let cases = [
            ("Дмитрий", "Dmitry", "Dmitriy", "Dmitrii"),
            ("Алексей", "Alexey", "Aleksey", "Aleksei"),
            ("Юлия", "Yulia", "Yuliya", "Iuliia"),
            ("Фёдор", "Fyodor", "Fyodor", "Fedor"),
            ("Елена", "Yelena", "Yelena", "Elena"),
            ("Наталья", "Natalya", "Natalya", "Natalia"),
            ("Соколовский", "Sokolovsky", "Sokolovskiy", "Sokolovskii"),
            ("Ильин", "Ilyin", "Ilyin", "Ilin"),
            ("Щукина", "Shchukina", "Shchukina", "Shchukina"),
        ];
        for (cyrillic, common, bgn, passport) in cases {
            assert_eq!(romanize(cyrillic, Romanization::Common), common);
            assert_eq!(romanize(cyrillic, Romanization::Bgn), bgn);
            assert_eq!(romanize(cyrillic, Romanization::Passport), passport);
        }
        assert_eq!(ascii("O'Brien"), "obrien");
        assert_eq!(ascii("Ji-woo"), "jiwoo");
        assert_eq!(ascii("Пётр"), "pyotr");
    }

    #[test]
    fn people_get_names_of_their_origin() {
        let book = NameBook::new();
        let mut rng = Rng::new(5);
        let russian = book.person(&mut rng, Origin::Russian, false);
        assert!(russian.first.chars().any(|c| ('а'..='я').contains(&c)));
        assert!(russian.first_ascii.chars().all(|c| c.is_ascii_lowercase()));
        let latin = book.person(&mut rng, Origin::Russian, true);
        assert!(latin.last.is_ascii());
        let english = book.person(&mut rng, Origin::English, false);
        assert!(english.first.is_ascii());
        let local = english.email_local(&mut rng, false);
        assert!(!local.is_empty() && local.is_ascii());
    }
}
