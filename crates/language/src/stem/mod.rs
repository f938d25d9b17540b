//! Light stemmers, one per language, chosen by the word's own script so that
//! an English word inside a Russian message is still stemmed as English.

mod en;
mod ru;

pub use en::stem_en;
pub use ru::stem_ru;

use crate::tokens::is_cyrillic;

/// Stems a normalised (lowercased) word by its script; words in other
/// scripts come back unchanged.
pub fn stem(word: &str) -> String {
    if word.chars().any(is_cyrillic) {
        stem_ru(word)
    } else if word
        .chars()
        .all(|c| c.is_ascii_alphabetic() || c == '\'' || c == '-')
    {
        stem_en(word)
    } else {
        word.to_string()
    }
}
