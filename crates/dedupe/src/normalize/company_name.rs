//! Company names without legal forms and quotes, in Latin letters: «ООО "Ромашка"» and
//! "Romashka LLC" are both `romashka`.

use super::phonetic::spelling;
use super::text::words;
use super::translit::to_latin;

/// Legal forms spelled out in full, as word sequences (already folded).
const LEGAL_PHRASES: &[&[&str]] = &[
    &["общество", "с", "ограниченной", "ответственностью"],
    &["публичное", "акционерное", "общество"],
    &["закрытое", "акционерное", "общество"],
    &["открытое", "акционерное", "общество"],
    &["непубличное", "акционерное", "общество"],
    &["акционерное", "общество"],
    &["индивидуальный", "предприниматель"],
    &["limited", "liability", "company"],
    &["public", "limited", "company"],
    &["limited", "liability", "partnership"],
];

/// Legal forms as one word (abbreviations; dotted forms like "L.L.C." are joined first).
const LEGAL_WORDS: &[&str] = &[
    "ооо",
    "оао",
    "зао",
    "пао",
    "ао",
    "нао",
    "ип",
    "тоо",
    "чп",
    "llc",
    "inc",
    "incorporated",
    "ltd",
    "limited",
    "corp",
    "corporation",
    "co",
    "plc",
    "gmbh",
    "ag",
    "kg",
    "sa",
    "sarl",
    "srl",
    "spa",
    "bv",
    "nv",
    "oy",
    "ab",
    "llp",
    "lp",
    "pty",
    "pte",
    "ooo",
    "zao",
    "oao",
    "pao",
    "ao",
    "jsc",
    "pjsc",
    "cjsc",
    "the",
    "company",
    "компания",
];

/// The kinds of legal form that tell companies apart. English forms (Inc, Ltd, Corp) are
/// used too loosely to count; Russian ones are part of the registered name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LegalKind {
    /// ООО, LLC.
    LimitedLiability,
    /// АО, ЗАО, ПАО, ОАО, JSC.
    JointStock,
    /// ИП: a sole trader.
    SoleTrader,
}

impl LegalKind {
    pub fn label(self) -> &'static str {
        match self {
            Self::LimitedLiability => "limited liability (ООО/LLC)",
            Self::JointStock => "joint-stock (АО/JSC)",
            Self::SoleTrader => "sole trader (ИП)",
        }
    }
}

fn legal_kind(form: &str) -> Option<LegalKind> {
    match form {
        "ооо" | "ooo" | "llc" | "общество" | "limited liability company" => {
            Some(LegalKind::LimitedLiability)
        }
        "ао"
        | "зао"
        | "пао"
        | "оао"
        | "нао"
        | "ao"
        | "zao"
        | "pao"
        | "oao"
        | "jsc"
        | "pjsc"
        | "cjsc"
        | "акционерное"
        | "публичное"
        | "закрытое"
        | "открытое"
        | "непубличное" => Some(LegalKind::JointStock),
        "ип" | "индивидуальный" => Some(LegalKind::SoleTrader),
        _ => None,
    }
}

/// A company name ready to compare: its words (transliterated, normalised spelling).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CompanyName {
    pub words: Vec<String>,
    /// The legal form it carried, when that form tells companies apart.
    pub legal: Option<LegalKind>,
}

impl CompanyName {
    /// The words joined without spaces, so "Acme Soft" meets "AcmeSoft".
    pub fn compact(&self) -> String {
        self.words.concat()
    }
}

/// Reads a company name: quotes and punctuation become spaces, legal forms at the start or
/// end are removed (not in the middle, where "Co" or "AS" may be part of the name), and
/// Cyrillic is transliterated.
pub fn parse_company_name(name: &str) -> CompanyName {
    let mut tokens = join_single_letters(words(name));
    let legal = strip_legal_forms(&mut tokens);
    CompanyName {
        legal,
        words: tokens
            .iter()
            .map(|w| spelling(&to_latin(w)))
            .filter(|w| !w.is_empty())
            .collect(),
    }
}

/// "l l c" (from "L.L.C.") becomes "llc", "j p morgan" becomes "jp morgan".
fn join_single_letters(tokens: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(tokens.len());
    let mut previous_single = false;
    for token in tokens {
        let single = token.chars().count() == 1 && token.chars().all(char::is_alphabetic);
        match out.last_mut() {
            Some(last) if single && previous_single => last.push_str(&token),
            _ => out.push(token),
        }
        previous_single = single;
    }
    out
}

/// Removes legal forms from both ends; returns the first one that has a [`LegalKind`].
fn strip_legal_forms(tokens: &mut Vec<String>) -> Option<LegalKind> {
    let mut kind = None;
    let mut note = |form: &str| {
        if kind.is_none() {
            kind = legal_kind(form);
        }
    };
    loop {
        let before = tokens.len();
        for phrase in LEGAL_PHRASES {
            let n = phrase.len();
            if tokens.len() > n && tokens.iter().take(n).eq(phrase.iter()) {
                note(phrase.join(" ").as_str());
                note(phrase[0]);
                tokens.drain(..n);
            }
            if tokens.len() > n && tokens[tokens.len() - n..].iter().eq(phrase.iter()) {
                note(phrase.join(" ").as_str());
                note(phrase[0]);
                tokens.truncate(tokens.len() - n);
            }
        }
        if tokens.len() > 1 && LEGAL_WORDS.contains(&tokens[0].as_str()) {
            note(&tokens.remove(0));
        }
        if tokens.len() > 1
            && LEGAL_WORDS.contains(&tokens[tokens.len() - 1].as_str())
            && let Some(last) = tokens.pop()
        {
            note(&last);
        }
        if tokens.len() == before {
            return kind;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn compact(name: &str) -> String {
        parse_company_name(name).compact()
    }

    #[test]
    fn legal_forms_and_quotes_are_stripped() {
        for name in [
            "ООО «Ромашка»",
            "ООО \"Ромашка\"",
            "Общество с ограниченной ответственностью «Ромашка»",
            "Romashka LLC",
            "Romashka, L.L.C.",
            "АО Ромашка",
            "Romashka Ltd.",
            "Romashka GmbH",
            "ПАО «Ромашка»",
        ] {
            assert_eq!(compact(name), "romashka", "{name}");
        }
    }

    #[test]
    fn legal_kinds_are_read_in_either_script() {
        let kind = |name: &str| parse_company_name(name).legal;
        assert_eq!(kind("ООО «Ромашка»"), Some(LegalKind::LimitedLiability));
        assert_eq!(kind("Romashka LLC"), Some(LegalKind::LimitedLiability));
        assert_eq!(
            kind("Общество с ограниченной ответственностью Ромашка"),
            Some(LegalKind::LimitedLiability)
        );
        assert_eq!(kind("ПАО Ромашка"), Some(LegalKind::JointStock));
        assert_eq!(kind("Romashka JSC"), Some(LegalKind::JointStock));
        assert_eq!(kind("Romashka Inc."), None);
        assert_eq!(kind("Ромашка"), None);
    }

    #[test]
    fn legal_words_inside_a_name_stay() {
        assert_eq!(
            parse_company_name("Smith & Co Consulting Inc").words,
            ["smit", "ko", "konsulting"]
        );
    }

    #[test]
    fn a_name_that_is_only_a_legal_form_is_kept() {
        assert_eq!(compact("Limited"), "limited");
    }
}
