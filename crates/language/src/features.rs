//! Hashed sparse features for the linear classifier.
//!
//! Four groups, each scaled to unit length so that no group drowns the others
//! merely by having more members (a tweet has ~30 word features but hundreds
//! of character n-grams):
//! - words: stems with negation marks, and bigrams of them;
//! - characters: 2–5-grams inside each word (robust to Russian endings,
//!   typos and slang the stemmer does not know);
//! - extras: emoji, emoticons, placeholders and caller-supplied tags
//!   (`source=web`);
//! - lexicon: the built-in lexicon's score and hit counts, punctuation, length.

use serde::{Deserialize, Serialize};

use crate::lexicon::{Lexicon, NEUTRAL_BAND};
use crate::tokens::{Annotated, Kind, NEGATED, Term, annotate};

/// Which features to extract and how many hash buckets to use. Stored with
/// every model, because a model only makes sense with the features it was
/// trained on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct FeatureConfig {
    /// log2 of the number of hash buckets.
    pub bits: u8,
    /// Word bigrams besides unigrams.
    pub word_bigrams: bool,
    /// Shortest and longest character n-gram; `[0, 0]` turns them off.
    pub char_ngrams: [u8; 2],
    /// Lexicon score and counts as features.
    pub lexicon: bool,
    /// Relative weight of each group: words, characters, extras, lexicon.
    pub group_weights: [f32; 4],
}

impl Default for FeatureConfig {
    fn default() -> Self {
        FeatureConfig {
            bits: 18,
            word_bigrams: true,
            char_ngrams: [2, 5],
            lexicon: true,
            group_weights: [0.5, 1.0, 0.5, 2.0],
        }
    }
}

/// A sparse feature vector: (bucket, value) sorted by bucket, no repeats.
pub(crate) type Features = Vec<(u32, f32)>;

/// FNV-1a, then a 64-bit finaliser so that similar strings spread well.
#[derive(Clone, Copy)]
struct Hash(u64);

impl Hash {
    fn new(namespace: u8) -> Hash {
        Hash(0xcbf2_9ce4_8422_2325).byte(namespace)
    }

    fn byte(self, b: u8) -> Hash {
        Hash((self.0 ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3))
    }

    fn str(self, s: &str) -> Hash {
        s.bytes().fold(self, Hash::byte)
    }

    fn char(self, c: char) -> Hash {
        let mut buf = [0u8; 4];
        self.str(c.encode_utf8(&mut buf))
    }

    fn bucket(self, mask: u32) -> u32 {
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        (h as u32) & mask
    }
}

const WORD: u8 = 1;
const BIGRAM: u8 = 2;
const CHAR: u8 = 3;
const EXTRA: u8 = 4;
const TAG: u8 = 5;
const LEX: u8 = 6;

/// Extracts the features of a text plus categorical tags.
pub(crate) fn extract<S: AsRef<str>>(text: &str, tags: &[S], config: &FeatureConfig) -> Features {
    let annotated = annotate(text);
    let mask = (1u32 << config.bits.clamp(8, 26)) - 1;
    let mut out = Vec::with_capacity(256);
    let mut group = Vec::with_capacity(256);

    words(&annotated, config.word_bigrams, mask, &mut group);
    flush(&mut group, config.group_weights[0], true, &mut out);

    if config.char_ngrams[0] > 0 {
        chars(&annotated, config.char_ngrams, mask, &mut group);
        flush(&mut group, config.group_weights[1], true, &mut out);
    }

    extras(&annotated, tags, mask, &mut group);
    flush(&mut group, config.group_weights[2], true, &mut out);

    if config.lexicon {
        lexicon(&annotated, mask, &mut group);
        flush(&mut group, config.group_weights[3], false, &mut out);
    }
    merge(out)
}

fn words(annotated: &Annotated, bigrams: bool, mask: u32, group: &mut Vec<(u32, f32)>) {
    let mut previous: Option<&Term> = None;
    for term in &annotated.terms {
        if term.kind == Kind::Punct {
            previous = None;
            continue;
        }
        group.push((marked(Hash::new(WORD), term).bucket(mask), 1.0));
        if bigrams && let Some(prev) = previous {
            let bigram = marked(marked(Hash::new(BIGRAM), prev).byte(b' '), term);
            group.push((bigram.bucket(mask), 1.0));
        }
        previous = Some(term);
    }
}

/// Hashes a term's stem with its negation mark.
fn marked(hash: Hash, term: &Term) -> Hash {
    let hash = if term.negated {
        hash.str(NEGATED)
    } else {
        hash
    };
    hash.str(&term.stem)
}

fn chars(annotated: &Annotated, range: [u8; 2], mask: u32, group: &mut Vec<(u32, f32)>) {
    let (min, max) = (usize::from(range[0]), usize::from(range[1].max(range[0])));
    let mut padded: Vec<char> = Vec::with_capacity(32);
    for term in annotated.terms.iter().filter(|t| t.kind == Kind::Word) {
        padded.clear();
        padded.push('<');
        padded.extend(term.text.chars());
        padded.push('>');
        for start in 0..padded.len() {
            let mut hash = Hash::new(CHAR);
            for (n, &c) in padded[start..].iter().take(max).enumerate() {
                hash = hash.char(c);
                if n + 1 >= min {
                    group.push((hash.bucket(mask), 1.0));
                }
            }
        }
    }
}

fn extras<S: AsRef<str>>(
    annotated: &Annotated,
    tags: &[S],
    mask: u32,
    group: &mut Vec<(u32, f32)>,
) {
    for term in &annotated.terms {
        if matches!(
            term.kind,
            Kind::Emoji | Kind::Emoticon | Kind::Url | Kind::Mention | Kind::Number
        ) {
            group.push((Hash::new(EXTRA).str(&term.text).bucket(mask), 1.0));
        }
    }
    for tag in tags {
        let tag = tag.as_ref().trim().to_lowercase();
        group.push((Hash::new(TAG).str(&tag).bucket(mask), 1.0));
    }
}

fn lexicon(annotated: &Annotated, mask: u32, group: &mut Vec<(u32, f32)>) {
    let score = Lexicon::builtin().score(annotated);
    let words = annotated
        .terms
        .iter()
        .filter(|t| t.kind == Kind::Word)
        .count();
    let capped = |n: u32, cap: f32| (n as f32).min(cap) / cap;
    let label = if score.score >= NEUTRAL_BAND {
        "lex=pos"
    } else if score.score <= -NEUTRAL_BAND {
        "lex=neg"
    } else {
        "lex=neu"
    };
    let length = match words {
        0..=3 => "len=tiny",
        4..=8 => "len=short",
        9..=20 => "len=medium",
        _ => "len=long",
    };
    let dense = [
        ("lex:score", score.score),
        ("lex:positive", capped(score.positive_hits, 4.0)),
        ("lex:negative", capped(score.negative_hits, 4.0)),
        ("lex:emoji+", capped(score.emoji_positive, 3.0)),
        ("lex:emoji-", capped(score.emoji_negative, 3.0)),
        ("lex:!", capped(annotated.exclamations as u32, 3.0)),
        ("lex:?", capped(annotated.questions as u32, 3.0)),
        (label, 1.0),
        (length, 1.0),
    ];
    for (name, value) in dense {
        if value != 0.0 {
            group.push((Hash::new(LEX).str(name).bucket(mask), value));
        }
    }
}

/// Sums repeats, applies sublinear term frequency (1 + ln count) to counted
/// groups, scales the group to unit length times `weight`, appends it to `out`.
fn flush(group: &mut Vec<(u32, f32)>, weight: f32, counted: bool, out: &mut Vec<(u32, f32)>) {
    let mut merged = merge(std::mem::take(group));
    if counted {
        for (_, v) in &mut merged {
            *v = 1.0 + v.ln();
        }
        let norm = merged.iter().map(|(_, v)| v * v).sum::<f32>().sqrt();
        if norm > 0.0 {
            for (_, v) in &mut merged {
                *v *= weight / norm;
            }
        }
    } else {
        for (_, v) in &mut merged {
            *v *= weight;
        }
    }
    out.extend(merged);
}

/// Sorts by bucket and sums values that share one.
fn merge(mut items: Vec<(u32, f32)>) -> Vec<(u32, f32)> {
    items.sort_unstable_by_key(|(i, _)| *i);
    let mut out: Vec<(u32, f32)> = Vec::with_capacity(items.len());
    for (index, value) in items {
        match out.last_mut() {
            Some((last, sum)) if *last == index => *sum += value,
            _ => out.push((index, value)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn features_are_sorted_unique_and_deterministic() {
        let config = FeatureConfig::default();
        let a = extract("Not good at all :( https://x.io", &["source=web"], &config);
        let b = extract("Not good at all :( https://x.io", &["source=web"], &config);
        assert_eq!(a, b);
        assert!(a.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(a.iter().all(|(i, _)| *i < 1 << 18));
    }

    #[test]
    fn negation_changes_the_word_features() {
        let config = FeatureConfig {
            char_ngrams: [0, 0],
            lexicon: false,
            ..FeatureConfig::default()
        };
        let good = extract::<&str>("good", &[], &config);
        let not_good = extract::<&str>("not good", &[], &config);
        assert!(!not_good.iter().any(|(i, _)| *i == good[0].0));
    }

    #[test]
    fn tags_add_features() {
        let config = FeatureConfig::default();
        let plain = extract::<&str>("hello", &[], &config);
        let tagged = extract("hello", &["title=cto"], &config);
        assert!(tagged.len() > plain.len());
    }
}
