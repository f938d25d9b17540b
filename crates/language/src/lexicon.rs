//! The built-in sentiment lexicon and the rule-based scorer that uses it.
//!
//! The word lists in `src/lexicon/*.txt` were written for Relata from general
//! knowledge of English and Russian (see `LEXICON.md`); nothing in them comes
//! from a data set. They ship in the binary, so the product has a sentiment
//! signal before any workspace has trained a model of its own.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::stem;
use crate::tokens::{Annotated, Kind, Term, normalize_word, squeeze_to_single};

const ENGLISH: &str = include_str!("lexicon/en.txt");
const RUSSIAN: &str = include_str!("lexicon/ru.txt");
const SYMBOLS: &str = include_str!("lexicon/symbols.txt");

/// What a negation does to a word that has no negated entry of its own:
/// "not good" is weaker than "bad", "not bad" is faintly positive.
pub const NEGATION_FLIP: f32 = -0.6;
/// Weight of opinion words after "but"/"но": the clause that follows a
/// contrast usually carries the writer's conclusion.
const AFTER_CONTRAST: f32 = 1.5;
/// Each exclamation mark (up to three) strengthens an existing opinion.
const EXCLAMATION_BOOST: f32 = 0.3;
/// Normalisation constant: `score = sum / sqrt(sum² + ALPHA)`; with 4, one
/// strong word (weight 3) gives 0.83 and one mild word (weight 1) 0.45.
const ALPHA: f32 = 4.0;
/// Scores closer to zero than this are neutral; a lone weight-0.5 word
/// ("ok", "please") stays neutral.
pub const NEUTRAL_BAND: f32 = 0.25;

/// A parse error in a lexicon source, with its 1-based line.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("lexicon line {line}: {message}")]
pub struct LexiconError {
    pub line: usize,
    pub message: String,
}

/// Word, prefix and symbol weights. Where two listed words share a stem, the
/// first listed keeps its weight.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    stems: HashMap<String, f32>,
    prefixes: HashMap<String, f32>,
    negated_stems: HashMap<String, f32>,
    negated_prefixes: HashMap<String, f32>,
    symbols: HashMap<String, f32>,
    longest_prefix: usize,
}

/// What the lexicon found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct LexiconScore {
    /// Normalised score in [-1, 1].
    pub score: f32,
    /// Sum of the weighted contributions before normalisation.
    pub raw: f32,
    pub positive_hits: u32,
    pub negative_hits: u32,
    /// Emoji and emoticons among the hits.
    pub emoji_positive: u32,
    pub emoji_negative: u32,
}

impl Lexicon {
    /// The English + Russian + emoji lexicon that ships with Relata.
    pub fn builtin() -> &'static Lexicon {
        static BUILTIN: OnceLock<Lexicon> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            let mut lexicon = Lexicon::default();
            for source in [ENGLISH, RUSSIAN, SYMBOLS] {
                // The built-in sources are tested to parse.
                lexicon.add_source(source).expect("built-in lexicon parses");
            }
            lexicon
        })
    }

    /// Builds a lexicon from sources in the built-in format: lines of a weight
    /// followed by words; `word*` is a prefix, `!word` a negated form; emoji
    /// and ASCII faces are taken as they are; `#` starts a comment.
    pub fn parse(source: &str) -> Result<Lexicon, LexiconError> {
        let mut lexicon = Lexicon::default();
        lexicon.add_source(source)?;
        Ok(lexicon)
    }

    fn add_source(&mut self, source: &str) -> Result<(), LexiconError> {
        for (index, line) in source.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let error = |message: &str| LexiconError {
                line: index + 1,
                message: message.to_string(),
            };
            let mut parts = line.split_whitespace();
            let first = parts.next().unwrap_or_default();
            if let Some(word) = first.strip_prefix('!') {
                let weight = parse_weight(parts.next()).ok_or_else(|| error("bad weight"))?;
                self.add_entry(word, weight, true);
            } else {
                let weight = parse_weight(Some(first)).ok_or_else(|| error("bad weight"))?;
                let mut any = false;
                for word in parts {
                    self.add_entry(word, weight, false);
                    any = true;
                }
                if !any {
                    return Err(error("a weight without words"));
                }
            }
        }
        Ok(())
    }

    fn add_entry(&mut self, word: &str, weight: f32, negated: bool) {
        let is_symbol = !word.chars().next().is_some_and(char::is_alphanumeric);
        if is_symbol {
            self.symbols.entry(word.to_string()).or_insert(weight);
            return;
        }
        let (normal, _) = normalize_word(word);
        if let Some(prefix) = normal.strip_suffix('*') {
            self.longest_prefix = self.longest_prefix.max(prefix.chars().count());
            let map = if negated {
                &mut self.negated_prefixes
            } else {
                &mut self.prefixes
            };
            map.entry(prefix.to_string()).or_insert(weight);
        } else {
            let map = if negated {
                &mut self.negated_stems
            } else {
                &mut self.stems
            };
            map.entry(stem::stem(&normal)).or_insert(weight);
        }
    }

    /// The number of entries (stems, prefixes, symbols and negated forms).
    pub fn len(&self) -> usize {
        self.stems.len()
            + self.prefixes.len()
            + self.negated_stems.len()
            + self.negated_prefixes.len()
            + self.symbols.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The polarity a term contributes: its weight, with negation applied
    /// (a negated entry if one is listed, the flip otherwise), before
    /// intensity scaling. `None` when the lexicon does not know the term.
    pub fn weight(&self, term: &Term) -> Option<f32> {
        match term.kind {
            Kind::Emoji | Kind::Emoticon => self.symbols.get(&term.text).copied(),
            Kind::Word => self.word_weight(term),
            _ => None,
        }
    }

    fn word_weight(&self, term: &Term) -> Option<f32> {
        if term.negated
            && let Some(w) = self.lookup(&self.negated_stems, &self.negated_prefixes, term)
        {
            return Some(w);
        }
        let base = self.lookup(&self.stems, &self.prefixes, term)?;
        Some(if term.negated {
            base * NEGATION_FLIP
        } else {
            base
        })
    }

    fn lookup(
        &self,
        stems: &HashMap<String, f32>,
        prefixes: &HashMap<String, f32>,
        term: &Term,
    ) -> Option<f32> {
        if let Some(w) = stems.get(&term.stem) {
            return Some(*w);
        }
        if let Some(w) = self.prefix_weight(prefixes, &term.text) {
            return Some(w);
        }
        // "cooool" was squeezed to "cool"-with-two-o's; also try one of each.
        let single = squeeze_to_single(&term.text);
        if single != term.text {
            let single_stem = stem::stem(&single);
            if let Some(w) = stems.get(&single_stem) {
                return Some(*w);
            }
            return self.prefix_weight(prefixes, &single);
        }
        None
    }

    fn prefix_weight(&self, prefixes: &HashMap<String, f32>, text: &str) -> Option<f32> {
        if prefixes.is_empty() {
            return None;
        }
        let ends: Vec<usize> = text
            .char_indices()
            .map(|(i, c)| i + c.len_utf8())
            .take(self.longest_prefix)
            .collect();
        ends.iter()
            .rev()
            .filter(|&&end| text[..end].chars().count() >= 2)
            .find_map(|&end| prefixes.get(&text[..end]).copied())
    }

    /// Scores an annotated text.
    pub fn score(&self, annotated: &Annotated) -> LexiconScore {
        let mut result = LexiconScore::default();
        let mut sum = 0.0f32;
        for term in &annotated.terms {
            let Some(weight) = self.weight(term) else {
                continue;
            };
            let mut contribution = weight * term.scale;
            if term.after_contrast {
                contribution *= AFTER_CONTRAST;
            }
            sum += contribution;
            let symbol = matches!(term.kind, Kind::Emoji | Kind::Emoticon);
            if contribution > 0.0 {
                result.positive_hits += 1;
                result.emoji_positive += u32::from(symbol);
            } else if contribution < 0.0 {
                result.negative_hits += 1;
                result.emoji_negative += u32::from(symbol);
            }
        }
        if sum != 0.0 {
            let marks = annotated.exclamations.min(3) as f32;
            sum += sum.signum() * EXCLAMATION_BOOST * marks;
        }
        result.raw = sum;
        result.score = sum / (sum * sum + ALPHA).sqrt();
        result
    }
}

fn parse_weight(text: Option<&str>) -> Option<f32> {
    let weight: f32 = text?.parse().ok()?;
    (weight.is_finite() && (-5.0..=5.0).contains(&weight)).then_some(weight)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::annotate;

    fn score(text: &str) -> f32 {
        Lexicon::builtin().score(&annotate(text)).score
    }

    #[test]
    fn builtin_sources_parse_and_are_sizeable() {
        for source in [ENGLISH, RUSSIAN, SYMBOLS] {
            Lexicon::parse(source).unwrap();
        }
        let english = Lexicon::parse(ENGLISH).unwrap();
        let russian = Lexicon::parse(RUSSIAN).unwrap();
        assert!(english.len() >= 300, "english {}", english.len());
        assert!(russian.len() >= 250, "russian {}", russian.len());
    }

    #[test]
    fn parse_rejects_bad_lines() {
        assert_eq!(Lexicon::parse("good 2").unwrap_err().line, 1);
        assert!(Lexicon::parse("+2").is_err());
        assert!(Lexicon::parse("# only a comment\n+2 good").is_ok());
    }

    #[test]
    fn polarity_of_plain_words() {
        assert!(score("The service was excellent") > 0.5);
        assert!(score("The service was terrible") < -0.5);
        assert_eq!(score("The meeting is on Tuesday"), 0.0);
    }

    #[test]
    fn negation_flips_and_weakens() {
        let good = score("this is good");
        let not_good = score("this is not good");
        assert!(not_good < 0.0);
        assert!(not_good.abs() < good.abs());
        assert!(score("not bad at all") > 0.0);
        assert!(score("это не хорошо") < 0.0);
    }

    #[test]
    fn negated_entries_override_the_flip() {
        assert!(score("the app doesn't work") < -0.5);
        assert!(score("приложение не работает") < -0.5);
        assert!(score("I can't wait to start") > 0.0);
    }

    #[test]
    fn intensifiers_strengthen_and_diminishers_weaken() {
        let plain = score("good");
        assert!(score("very good") > plain);
        assert!(score("barely good") < plain);
        assert!(score("очень плохо") < score("плохо"));
        assert!(score("слегка плохо") > score("плохо"));
    }

    #[test]
    fn russian_morphology_reaches_the_same_entry() {
        for text in ["отличный", "отличная", "отлично", "отличного"]
        {
            assert!(score(text) > 0.5, "{text}");
        }
    }

    #[test]
    fn emoji_and_emoticons_carry_polarity() {
        assert!(score("😍") > 0.5);
        assert!(score("😡") < -0.5);
        assert!(score("ну ладно)))") > 0.0);
        assert!(score("опять((") < 0.0);
    }

    #[test]
    fn contrast_and_exclamations() {
        assert!(score("the food was good but the service was awful") < 0.0);
        assert!(score("great!!!") > score("great"));
    }

    #[test]
    fn elongated_words_still_match() {
        assert!(score("sooo cooool") > 0.0);
    }
}
