//! Text normalisation and tokens.
//!
//! Everything else in the crate sees text through this module: a tokenizer that
//! understands the things people put in notes and messages (links, @mentions,
//! numbers, emoji, emoticons, elongated words), a script-based language guess,
//! light stemming, and the two pieces of local context that matter most for
//! sentiment — negation scope and intensity modifiers.

use serde::{Deserialize, Serialize};

use crate::stem;

/// Placeholder that replaces every link, so links never become vocabulary.
pub const URL: &str = "<url>";
/// Placeholder for @mentions: in support threads the addressee (an airline, a
/// shop) correlates with sentiment, and a model must not learn who was named.
pub const MENTION: &str = "<user>";
/// Placeholder for numbers, times and amounts.
pub const NUMBER: &str = "<num>";

/// Prefix given to the stem of a word inside a negation scope.
pub const NEGATED: &str = "NEG_";

/// A language the crate has rules and a lexicon for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    Ru,
}

impl Lang {
    /// The ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
        }
    }

    /// Parses an ISO 639-1 code (`en`, `ru`), case-insensitively.
    pub fn parse(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "en" => Some(Lang::En),
            "ru" => Some(Lang::Ru),
            _ => None,
        }
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Word,
    /// Masked to [`NUMBER`].
    Number,
    /// Masked to [`URL`].
    Url,
    /// Masked to [`MENTION`].
    Mention,
    /// One pictographic character, e.g. `😀`.
    Emoji,
    /// An ASCII face in canonical form, e.g. `:)`, `:(`, `<3`.
    Emoticon,
    /// Sentence or clause punctuation: `.`, `,`, `!`, `?`, `;`, `:`.
    Punct,
}

/// One normalised token.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub kind: Kind,
    /// Lowercased, `ё`→`е`, elongations squeezed; placeholders for masked kinds.
    pub text: String,
    /// The original had a letter repeated three or more times ("soooo").
    pub elongated: bool,
    /// The original word was written in capitals (at least three letters).
    pub shouted: bool,
}

impl Token {
    fn new(kind: Kind, text: impl Into<String>) -> Token {
        Token {
            kind,
            text: text.into(),
            elongated: false,
            shouted: false,
        }
    }
}

/// Splits text into normalised tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let chars: Vec<char> = text.chars().collect();
    let mut scanner = Scanner {
        chars: &chars,
        at: 0,
        open_parens: 0,
        tokens: Vec::new(),
    };
    scanner.run();
    scanner.tokens
}

struct Scanner<'a> {
    chars: &'a [char],
    at: usize,
    /// Parentheses opened in prose; a `)` closing one of them is not a smile.
    open_parens: usize,
    tokens: Vec<Token>,
}

impl Scanner<'_> {
    fn run(&mut self) {
        while self.at < self.chars.len() {
            let c = self.chars[self.at];
            if c.is_whitespace() || is_emoji_joiner(c) {
                self.at += 1;
            } else if self.url() || self.mention() || self.emoticon() || self.parens() {
                // consumed
            } else if is_emoji(c) {
                self.tokens.push(Token::new(Kind::Emoji, c.to_string()));
                self.at += 1;
            } else if c.is_alphanumeric() {
                self.word();
            } else {
                self.punct(c);
            }
        }
    }

    fn starts_with_ci(&self, pattern: &str) -> bool {
        let mut i = self.at;
        for p in pattern.chars() {
            match self.chars.get(i) {
                Some(c) if c.to_lowercase().eq(p.to_lowercase()) => i += 1,
                _ => return false,
            }
        }
        true
    }

    fn url(&mut self) -> bool {
        let boundary = self.at == 0 || !self.chars[self.at - 1].is_alphanumeric();
        let is_url = boundary
            && (self.starts_with_ci("http://")
                || self.starts_with_ci("https://")
                || self.starts_with_ci("www."));
        if !is_url {
            return false;
        }
        while self.at < self.chars.len() && !self.chars[self.at].is_whitespace() {
            self.at += 1;
        }
        self.tokens.push(Token::new(Kind::Url, URL));
        true
    }

    fn mention(&mut self) -> bool {
        let next_is_name = self
            .chars
            .get(self.at + 1)
            .is_some_and(|c| c.is_alphanumeric() || *c == '_');
        if self.chars[self.at] != '@' || !next_is_name {
            return false;
        }
        self.at += 1;
        while let Some(&c) = self.chars.get(self.at) {
            let inner_dot = c == '.'
                && self
                    .chars
                    .get(self.at + 1)
                    .is_some_and(|n| n.is_alphanumeric());
            if !(c.is_alphanumeric() || c == '_' || inner_dot) {
                break;
            }
            self.at += 1;
        }
        self.tokens.push(Token::new(Kind::Mention, MENTION));
        true
    }

    /// ASCII faces. Only at a boundary, so `http:/` or `a:b` are not faces.
    fn emoticon(&mut self) -> bool {
        let after_ok = |end: usize| {
            self.chars
                .get(end)
                .is_none_or(|c| !c.is_alphanumeric() || *c == ')' || *c == '(')
        };
        let before_ok = self.at == 0 || !self.chars[self.at - 1].is_alphanumeric();
        for (face, canonical) in EMOTICONS {
            let len = face.chars().count();
            let letter_start = face.starts_with(|c: char| c.is_alphabetic());
            if self.starts_with_ci(face) && after_ok(self.at + len) && (before_ok || !letter_start)
            {
                self.at += len;
                self.tokens.push(Token::new(Kind::Emoticon, *canonical));
                return true;
            }
        }
        false
    }

    /// Russian-style smiles: `)))` and `(((`, also glued to words ("привет)").
    /// A `)` that closes a prose parenthesis is not a smile.
    fn parens(&mut self) -> bool {
        let c = self.chars[self.at];
        if c != '(' && c != ')' {
            return false;
        }
        let mut run = 0;
        while self.chars.get(self.at + run) == Some(&c) {
            run += 1;
        }
        let followed_by_text = self
            .chars
            .get(self.at + run)
            .is_some_and(|n| !n.is_whitespace());
        self.at += run;
        if c == '(' {
            if run >= 2 || !followed_by_text {
                self.tokens.push(Token::new(Kind::Emoticon, ":("));
            } else {
                self.open_parens += 1;
            }
        } else if run == 1 && self.open_parens > 0 {
            self.open_parens -= 1;
        } else {
            self.open_parens = 0;
            self.tokens.push(Token::new(Kind::Emoticon, ":)"));
        }
        true
    }

    fn word(&mut self) {
        let start = self.at;
        while self.at < self.chars.len() {
            let c = self.chars[self.at];
            let joins = matches!(c, '\'' | '’' | '-' | '.' | ',' | ':')
                && self
                    .chars
                    .get(self.at + 1)
                    .is_some_and(|n| n.is_alphanumeric())
                && self.at > start;
            // Decimal points and thousands separators only join digits.
            let joins = joins
                && (matches!(c, '\'' | '’' | '-')
                    || (self.chars[self.at - 1].is_ascii_digit()
                        && self.chars[self.at + 1].is_ascii_digit()));
            if c.is_alphanumeric() || c == '_' || joins || is_combining_mark(c) {
                self.at += 1;
            } else {
                break;
            }
        }
        let raw: String = self.chars[start..self.at].iter().collect();
        if raw.starts_with(|c: char| c.is_ascii_digit()) {
            self.tokens.push(Token::new(Kind::Number, NUMBER));
            return;
        }
        let letters = raw.chars().filter(|c| c.is_alphabetic()).count();
        let shouted = letters >= 3 && raw.chars().all(|c| !c.is_lowercase());
        let (text, elongated) = normalize_word(&raw);
        self.tokens.push(Token {
            kind: Kind::Word,
            text,
            elongated,
            shouted,
        });
    }

    fn punct(&mut self, c: char) {
        self.at += 1;
        let mark = match c {
            '.' | '…' => ".",
            '!' | '¡' => "!",
            '?' | '¿' => "?",
            ',' => ",",
            ';' => ";",
            ':' => ":",
            _ => return,
        };
        let mut elongated = false;
        while self.chars.get(self.at) == Some(&c) {
            self.at += 1;
            elongated = true;
        }
        let mut token = Token::new(Kind::Punct, mark);
        token.elongated = elongated;
        self.tokens.push(token);
    }
}

/// Faces in matching order (longer first where one is a prefix of another)
/// with the canonical form the lexicon knows.
const EMOTICONS: &[(&str, &str)] = &[
    (":-))", ":)"),
    (":'(", ":'("),
    (":-(", ":("),
    (":-)", ":)"),
    (":-d", ":D"),
    (":-p", ":P"),
    (":-/", ":/"),
    (";-)", ";)"),
    ("</3", "</3"),
    ("^_^", ":)"),
    ("^^", ":)"),
    (":)", ":)"),
    (":]", ":)"),
    ("=)", ":)"),
    (":d", ":D"),
    ("xd", ":D"),
    (";)", ";)"),
    (":p", ":P"),
    ("<3", "<3"),
    (":*", ":*"),
    (":(", ":("),
    (":[", ":("),
    ("=(", ":("),
    (":/", ":/"),
    (":|", ":|"),
];

/// Lowercases, folds `ё` into `е`, unifies apostrophes, drops combining
/// accents and squeezes letters repeated three or more times to two.
/// Returns the normalised word and whether it was elongated.
pub fn normalize_word(raw: &str) -> (String, bool) {
    let mut out = String::with_capacity(raw.len());
    let mut elongated = false;
    let mut last: Option<char> = None;
    let mut run = 0;
    for c in raw.chars().flat_map(char::to_lowercase) {
        if is_combining_mark(c) {
            continue;
        }
        let c = match c {
            'ё' => 'е',
            '’' | '`' | 'ʼ' => '\'',
            other => other,
        };
        if Some(c) == last {
            run += 1;
        } else {
            run = 1;
            last = Some(c);
        }
        if run <= 2 {
            out.push(c);
        } else {
            elongated = true;
        }
    }
    (out, elongated)
}

/// Collapses every run of a repeated character to one ("cooool" -> "col"):
/// a second chance for elongated words to meet a list entry.
pub(crate) fn squeeze_to_single(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

fn is_combining_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F)
}

/// Pictographs: symbols, dingbats and the emoji planes.
pub fn is_emoji(c: char) -> bool {
    matches!(c as u32,
        0x1F000..=0x1F3FA | 0x1F400..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0x2190..=0x21FF)
}

/// Characters that only modify a neighbouring emoji (variation selectors,
/// zero-width joiner, skin tones, keycaps, tag characters).
fn is_emoji_joiner(c: char) -> bool {
    matches!(c as u32,
        0xFE0E | 0xFE0F | 0x200D | 0x20E3 | 0x1F3FB..=0x1F3FF | 0xE0020..=0xE007F)
}

/// Guesses the language from the share of Cyrillic among the letters of word
/// tokens (links and mentions are already masked, so they do not count).
/// Text with no letters is taken as English.
pub fn guess_language(tokens: &[Token]) -> Lang {
    let (mut cyrillic, mut other) = (0usize, 0usize);
    for token in tokens.iter().filter(|t| t.kind == Kind::Word) {
        for c in token.text.chars().filter(|c| c.is_alphabetic()) {
            if is_cyrillic(c) {
                cyrillic += 1;
            } else {
                other += 1;
            }
        }
    }
    if cyrillic > 0 && cyrillic >= other {
        Lang::Ru
    } else {
        Lang::En
    }
}

/// Guesses the language of raw text; see [`guess_language`].
pub fn detect_language(text: &str) -> Lang {
    guess_language(&tokenize(text))
}

pub(crate) fn is_cyrillic(c: char) -> bool {
    matches!(c as u32, 0x0400..=0x04FF)
}

/// A token with its stem and local context, ready for scoring.
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    pub kind: Kind,
    /// The normalised token text.
    pub text: String,
    /// Stem for words (by the word's own script), the text otherwise.
    pub stem: String,
    /// Inside the scope of a preceding negator.
    pub negated: bool,
    /// Product of the intensifiers/diminishers right before it (1.0 if none),
    /// raised for elongated or shouted words.
    pub scale: f32,
    /// The term is itself a negator, intensifier or diminisher.
    pub modifier: bool,
    /// The term follows a contrast word ("but", "но") in its sentence.
    pub after_contrast: bool,
}

impl Term {
    /// The stem with [`NEGATED`] in front when negated: the form used as a
    /// classifier feature.
    pub fn marked_stem(&self) -> String {
        if self.negated {
            format!("{NEGATED}{}", self.stem)
        } else {
            self.stem.clone()
        }
    }
}

/// A text turned into terms, with its guessed language.
#[derive(Debug, Clone, PartialEq)]
pub struct Annotated {
    pub lang: Lang,
    pub terms: Vec<Term>,
    /// Exclamation marks in the text (a run counts as one plus one extra).
    pub exclamations: usize,
    /// Question marks in the text.
    pub questions: usize,
}

/// How many word tokens a negator reaches.
const NEGATION_REACH: usize = 3;
/// How many tokens ahead an intensifier may still apply.
const MODIFIER_REACH: usize = 2;

/// Tokenizes, stems and marks negation scope, intensity and contrast.
pub fn annotate(text: &str) -> Annotated {
    let tokens = tokenize(text);
    let lang = guess_language(&tokens);
    let mixed_case = text.chars().any(char::is_lowercase);
    let mut terms = Vec::with_capacity(tokens.len());
    let mut negation_left = 0usize;
    let mut pending_scale = 1.0f32;
    let mut pending_left = 0usize;
    let mut after_contrast = false;
    let (mut exclamations, mut questions) = (0, 0);
    for token in tokens {
        if token.kind == Kind::Punct {
            match token.text.as_str() {
                "!" => exclamations += 1 + usize::from(token.elongated),
                "?" => questions += 1,
                _ => {}
            }
            if matches!(token.text.as_str(), "." | "!" | "?") {
                after_contrast = false;
            }
            negation_left = 0;
            pending_left = 0;
        }
        let word = token.kind == Kind::Word;
        // "nooo" and "veeery" are still a negator and an intensifier.
        let plain = if token.elongated {
            squeeze_to_single(&token.text)
        } else {
            token.text.clone()
        };
        let negator = word && is_negator(&plain);
        let modifier_scale = if word { modifier(&plain) } else { None };
        let contrast = word && is_contrast(&token.text);
        if contrast {
            after_contrast = true;
            negation_left = 0;
        }
        let negated = word && !negator && negation_left > 0;
        let mut scale = 1.0;
        if pending_left > 0 && !negator && modifier_scale.is_none() {
            scale = pending_scale;
        }
        if token.elongated && word {
            scale *= 1.3;
        }
        if token.shouted && mixed_case {
            scale *= 1.3;
        }
        let stem = if word {
            stem::stem(&token.text)
        } else {
            token.text.clone()
        };
        terms.push(Term {
            kind: token.kind,
            text: token.text,
            stem,
            negated,
            scale,
            modifier: negator || modifier_scale.is_some(),
            after_contrast: after_contrast && !contrast,
        });
        if negated {
            negation_left -= 1;
        }
        if negator {
            negation_left = NEGATION_REACH;
        }
        if let Some(m) = modifier_scale {
            pending_scale = if pending_left > 0 {
                pending_scale * m
            } else {
                m
            };
            pending_left = MODIFIER_REACH;
        } else if word && !negator && pending_left > 0 {
            pending_left = 0;
        } else {
            pending_left = pending_left.saturating_sub(1);
        }
    }
    Annotated {
        lang,
        terms,
        exclamations,
        questions,
    }
}

const NEGATORS: &[&str] = &[
    // English
    "not",
    "no",
    "never",
    "without",
    "nor",
    "neither",
    "none",
    "nobody",
    "nothing",
    "nowhere",
    "cannot",
    "cant",
    "dont",
    "doesnt",
    "didnt",
    "isnt",
    "wasnt",
    "arent",
    "werent",
    "wont",
    "wouldnt",
    "shouldnt",
    "couldnt",
    "hasnt",
    "havent",
    "hadnt",
    "aint",
    "lack",
    "lacks",
    "lacking", // Russian
    "не",
    "нет",
    "ни",
    "никогда",
    "без",
    "ничего",
    "никто",
    "никак",
    "нисколько",
    "нельзя",
    "ничуть",
    "отнюдь",
];

/// A word that opens a negation scope (including any English "n't" form).
pub fn is_negator(word: &str) -> bool {
    word.ends_with("n't") || NEGATORS.contains(&word)
}

const MODIFIERS: &[(&str, f32)] = &[
    // English intensifiers
    ("very", 1.5),
    ("really", 1.4),
    ("extremely", 1.8),
    ("so", 1.3),
    ("too", 1.3),
    ("super", 1.5),
    ("totally", 1.5),
    ("absolutely", 1.6),
    ("incredibly", 1.7),
    ("highly", 1.5),
    ("completely", 1.5),
    ("truly", 1.4),
    ("utterly", 1.7),
    ("especially", 1.3),
    ("exceptionally", 1.7),
    ("remarkably", 1.5),
    ("seriously", 1.4),
    ("quite", 1.2),
    ("most", 1.3),
    ("such", 1.2),
    ("insanely", 1.7),
    // English diminishers
    ("barely", 0.5),
    ("hardly", 0.4),
    ("slightly", 0.6),
    ("somewhat", 0.7),
    ("marginally", 0.6),
    ("partly", 0.7),
    ("fairly", 0.8),
    ("kinda", 0.7),
    ("sorta", 0.7),
    ("little", 0.7),
    ("almost", 0.7),
    // Russian intensifiers
    ("очень", 1.5),
    ("крайне", 1.8),
    ("совсем", 1.5),
    ("абсолютно", 1.6),
    ("совершенно", 1.6),
    ("полностью", 1.5),
    ("реально", 1.3),
    ("супер", 1.5),
    ("невероятно", 1.7),
    ("чрезвычайно", 1.8),
    ("весьма", 1.3),
    ("довольно", 1.2),
    ("слишком", 1.4),
    ("максимально", 1.5),
    ("безумно", 1.7),
    ("особенно", 1.3),
    ("самый", 1.3),
    ("самая", 1.3),
    ("самое", 1.3),
    ("такой", 1.2),
    ("такая", 1.2),
    ("так", 1.2),
    ("жутко", 1.6),
    ("дико", 1.6),
    ("офигенно", 1.6),
    // Russian diminishers
    ("слегка", 0.6),
    ("немного", 0.6),
    ("немножко", 0.6),
    ("чуть", 0.6),
    ("чуть-чуть", 0.5),
    ("едва", 0.5),
    ("почти", 0.7),
    ("отчасти", 0.7),
    ("малость", 0.6),
    ("несколько", 0.8),
];

/// The scale factor of an intensifier (> 1) or diminisher (< 1).
pub fn modifier(word: &str) -> Option<f32> {
    MODIFIERS
        .iter()
        .find(|(w, _)| *w == word)
        .map(|(_, scale)| *scale)
}

/// Words after which the sentence's real opinion usually comes.
fn is_contrast(word: &str) -> bool {
    matches!(
        word,
        "but" | "however" | "although" | "though" | "но" | "однако" | "зато" | "хотя"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<String> {
        tokenize(text).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn masks_links_mentions_and_numbers() {
        assert_eq!(
            texts("@Acme_Air flight 1234 at 10:30 https://t.co/xYz ok"),
            ["<user>", "flight", "<num>", "at", "<num>", "<url>", "ok"]
        );
    }

    #[test]
    fn lowercases_folds_yo_and_squeezes_elongation() {
        let tokens = tokenize("Soooo ЁЛКА!!!");
        assert_eq!(tokens[0].text, "soo");
        assert!(tokens[0].elongated);
        assert_eq!(tokens[1].text, "елка");
        assert!(tokens[1].shouted);
        assert_eq!(tokens[2].text, "!");
        assert!(tokens[2].elongated);
    }

    #[test]
    fn keeps_emoji_and_emoticons_as_tokens() {
        assert_eq!(
            texts("great 😀👍🏽 :-) :D <3 :("),
            ["great", "😀", "👍", ":)", ":D", "<3", ":("]
        );
    }

    #[test]
    fn russian_parenthesis_smiles_but_not_prose_parentheses() {
        assert_eq!(
            texts("привет))) как дела(("),
            ["привет", ":)", "как", "дела", ":("]
        );
        assert_eq!(texts("we (the team) agree"), ["we", "the", "team", "agree"]);
    }

    #[test]
    fn keeps_contractions_and_hyphenated_words_whole() {
        assert_eq!(texts("don't кто-то"), ["don't", "кто-то"]);
    }

    #[test]
    fn guesses_language_by_script_share() {
        assert_eq!(detect_language("Привет, как дела? ok"), Lang::Ru);
        assert_eq!(detect_language("@пользователь hello there"), Lang::En);
        assert_eq!(detect_language("123 :)"), Lang::En);
    }

    #[test]
    fn negation_reaches_three_words_and_stops_at_punctuation() {
        let a = annotate("this is not a good idea at all, fine");
        let negated: Vec<&str> = a
            .terms
            .iter()
            .filter(|t| t.negated)
            .map(|t| t.text.as_str())
            .collect();
        assert_eq!(negated, ["a", "good", "idea"]);
        let b = annotate("не хорошо. хорошо");
        assert!(b.terms[1].negated);
        assert!(!b.terms[3].negated);
        assert_eq!(b.terms[1].marked_stem(), "NEG_хорош");
    }

    #[test]
    fn intensifiers_and_diminishers_scale_the_next_word() {
        let a = annotate("very good, barely ok");
        let good = a.terms.iter().find(|t| t.text == "good").unwrap();
        let ok = a.terms.iter().find(|t| t.text == "ok").unwrap();
        assert!((good.scale - 1.5).abs() < 1e-6);
        assert!((ok.scale - 0.5).abs() < 1e-6);
        let r = annotate("очень плохо");
        assert!((r.terms[1].scale - 1.5).abs() < 1e-6);
    }

    #[test]
    fn counts_exclamations_and_questions() {
        let a = annotate("Really?! Wow!!!");
        assert_eq!(a.questions, 1);
        assert_eq!(a.exclamations, 3);
    }
}
