//! Action items from call transcripts and notes, in English and Russian.
//!
//! Precise rather than greedy: a clause becomes a task only when it has a
//! commitment or request pattern ("I'll…", "we need to…", "please…",
//! "let's…"; "пришлю…", "нужно…", "давайте…", "пришлите…") followed by an
//! action verb. Opinions ("we'll see", "I think…"), negated promises and
//! plain questions are left out. A due hint ("by Friday", "до пятницы") is
//! taken out of the title and returned separately.

use serde::{Deserialize, Serialize};

use crate::sentences::{split_sentences, split_speaker};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

/// When a task is due, as said; resolving it to a date needs the date of the
/// call, which the caller has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum DueHint {
    Today,
    Tomorrow,
    DayAfterTomorrow,
    Weekday {
        day: Weekday,
    },
    ThisWeek,
    EndOfWeek,
    NextWeek,
    EndOfMonth,
    NextMonth,
    EndOfQuarter,
    InDays {
        days: u32,
    },
    Date {
        year: Option<u16>,
        month: Option<u8>,
        day: u8,
    },
}

/// Who the text says will do it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Assignee {
    /// "I'll…" with no speaker label.
    Speaker,
    /// "We'll…", "let's…".
    Team,
    /// "Please…", "could you…": the other party.
    Other,
    /// A named person: a speaker label ("Anna: I'll send…") or a subject
    /// ("Anna will send…").
    Named(String),
    Unknown,
}

/// One task found in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActionItem {
    /// The action, starting with its verb, without the due phrase.
    pub title: String,
    pub assignee: Assignee,
    pub due: Option<DueHint>,
    /// The sentence it came from.
    pub sentence: String,
}

/// Finds the action items in a transcript or note.
pub fn extract_actions(text: &str) -> Vec<ActionItem> {
    let mut items = Vec::new();
    // A speaker label ("Anna: …") holds for the whole line.
    for line in text.lines() {
        let (speaker, body) = split_speaker(line);
        for sentence in split_sentences(body) {
            items.extend(actions_in_sentence(sentence, speaker));
        }
    }
    items
}

fn actions_in_sentence(sentence: &str, speaker: Option<&str>) -> Vec<ActionItem> {
    split_clauses(sentence)
        .into_iter()
        .filter_map(action_in)
        .map(|mut item| {
            if let (Assignee::Speaker, Some(name)) = (&item.assignee, speaker) {
                item.assignee = Assignee::Named(name.to_string());
            }
            item.sentence = sentence.to_string();
            item
        })
        .collect()
}

const CLAUSE_BREAKS: &[&str] = &[
    ";",
    ", but ",
    " but ",
    ", so ",
    ", and then ",
    " and then ",
    ", and ",
    ", но ",
    " но ",
    ", а ",
    " а потом ",
    ", и ",
    " и потом ",
];

fn split_clauses(sentence: &str) -> Vec<&str> {
    let mut clauses = vec![sentence];
    for separator in CLAUSE_BREAKS {
        clauses = clauses
            .into_iter()
            .flat_map(|c| c.split(separator))
            .filter(|c| c.chars().any(char::is_alphanumeric))
            .collect();
    }
    clauses
}

/// A word of a clause: its lowercase form and byte span in the clause.
struct Word<'a> {
    lower: String,
    raw: &'a str,
    start: usize,
    end: usize,
}

fn words(clause: &str) -> Vec<Word<'_>> {
    let chars: Vec<(usize, char)> = clause.char_indices().collect();
    let mut out = Vec::new();
    let mut n = 0;
    while n < chars.len() {
        if !chars[n].1.is_alphanumeric() {
            n += 1;
            continue;
        }
        let first = n;
        while n < chars.len() {
            let c = chars[n].1;
            let next_alnum = chars.get(n + 1).is_some_and(|(_, d)| d.is_alphanumeric());
            let digit_join = matches!(c, '.' | '/' | '-' | ':')
                && chars[n - 1].1.is_ascii_digit()
                && chars.get(n + 1).is_some_and(|(_, d)| d.is_ascii_digit());
            let word_join = matches!(c, '\'' | '’' | '-') && next_alnum;
            if c.is_alphanumeric() || digit_join || word_join {
                n += 1;
            } else {
                break;
            }
        }
        let start = chars[first].0;
        let end = chars.get(n).map_or(clause.len(), |(i, _)| *i);
        let raw = &clause[start..end];
        let lower = raw.to_lowercase().replace('ё', "е").replace('’', "'");
        out.push(Word {
            lower,
            raw,
            start,
            end,
        });
    }
    out
}

fn at(words: &[Word], i: usize, pattern: &[&str]) -> bool {
    pattern
        .iter()
        .enumerate()
        .all(|(k, p)| words.get(i + k).is_some_and(|w| w.lower == *p))
}

/// A commitment/request pattern: who, where the action verb is, whether the
/// verb must be a Russian infinitive, and whether it is a request (which may
/// be phrased as a question).
struct Trigger {
    assignee: Assignee,
    verb: usize,
    infinitive: bool,
    request: bool,
}

const EN_TRIGGERS: &[(&[&str], Who)] = &[
    (&["i", "will"], Who::Speaker),
    (&["i'll"], Who::Speaker),
    (&["i", "shall"], Who::Speaker),
    (&["i'm", "going", "to"], Who::Speaker),
    (&["i", "am", "going", "to"], Who::Speaker),
    (&["i", "need", "to"], Who::Speaker),
    (&["i", "have", "to"], Who::Speaker),
    (&["i", "must"], Who::Speaker),
    (&["let", "me"], Who::Speaker),
    (&["we", "will"], Who::Team),
    (&["we'll"], Who::Team),
    (&["we", "shall"], Who::Team),
    (&["we're", "going", "to"], Who::Team),
    (&["we", "are", "going", "to"], Who::Team),
    (&["we", "need", "to"], Who::Team),
    (&["we", "have", "to"], Who::Team),
    (&["we", "must"], Who::Team),
    (&["we", "should"], Who::Team),
    (&["let's"], Who::Team),
    (&["lets"], Who::Team),
    (&["let", "us"], Who::Team),
    (&["can", "you"], Who::Request),
    (&["could", "you"], Who::Request),
    (&["would", "you"], Who::Request),
    (&["you", "need", "to"], Who::Other),
    (&["you'll", "need", "to"], Who::Other),
    (&["you", "should"], Who::Other),
    (&["don't", "forget", "to"], Who::Other),
    (&["remember", "to"], Who::Other),
    (&["please"], Who::Other),
    (&["need", "to"], Who::Unknown),
    (&["needs", "to"], Who::Unknown),
    (&["has", "to"], Who::Unknown),
    (&["make", "sure", "to"], Who::Unknown),
    (&["action", "item"], Who::Unknown),
    (&["todo"], Who::Unknown),
    (&["to-do"], Who::Unknown),
];

#[derive(Clone, Copy)]
enum Who {
    Speaker,
    Team,
    Other,
    /// "can you…?": the other party, and a question is fine.
    Request,
    Unknown,
}

impl Who {
    fn assignee(self) -> Assignee {
        match self {
            Who::Speaker => Assignee::Speaker,
            Who::Team => Assignee::Team,
            Who::Other | Who::Request => Assignee::Other,
            Who::Unknown => Assignee::Unknown,
        }
    }
}

/// Verbs that open a task when a note starts with them ("Send the deck").
const EN_IMPERATIVES: &[&str] = &[
    "send",
    "email",
    "call",
    "schedule",
    "book",
    "prepare",
    "review",
    "update",
    "share",
    "follow",
    "check",
    "confirm",
    "draft",
    "sign",
    "arrange",
    "organize",
    "organise",
    "set",
    "create",
    "ask",
    "remind",
    "invite",
    "forward",
    "submit",
    "finalize",
    "finalise",
    "fix",
    "add",
    "reply",
    "contact",
    "ping",
    "order",
    "deliver",
    "write",
    "complete",
    "finish",
    "investigate",
    "escalate",
    "renew",
    "cancel",
    "upload",
    "prepare",
];

/// After a trigger, words that do not make a task ("we'll see").
const EN_NOT_ACTIONS: &[&str] = &[
    "be", "see", "think", "know", "like", "love", "hope", "feel", "want", "guess", "say", "mean",
    "wonder", "miss", "not", "never", "probably", "maybe", "regret", "bet", "admit",
];

/// Words between a trigger and its verb that do not change it.
const FILLERS: &[&str] = &[
    "also",
    "just",
    "quickly",
    "definitely",
    "certainly",
    "then",
    "please",
    "kindly",
    "still",
    "actually",
    "now",
    "first",
    "all",
    "personally",
    "тогда",
    "еще",
    "обязательно",
    "срочно",
    "быстро",
    "сразу",
    "потом",
    "пожалуйста",
    "уже",
    "также",
    "тоже",
    "сам",
    "сама",
    "сами",
    "я",
    "мы",
    "вы",
    "ты",
];
const FILLER_PAIRS: &[&[&str]] = &[
    &["need", "to"],
    &["have", "to"],
    &["be", "able", "to"],
    &["go", "ahead", "and"],
    &["try", "and"],
];

/// First-person future verbs that promise an action ("пришлю").
const RU_SPEAKER_VERBS: &[&str] = &[
    "пришлю",
    "отправлю",
    "вышлю",
    "скину",
    "подготовлю",
    "сделаю",
    "позвоню",
    "наберу",
    "напишу",
    "проверю",
    "уточню",
    "согласую",
    "организую",
    "назначу",
    "обновлю",
    "передам",
    "покажу",
    "соберу",
    "закажу",
    "оформлю",
    "выставлю",
    "подпишу",
    "доработаю",
    "исправлю",
    "перезвоню",
    "свяжусь",
    "запланирую",
    "забронирую",
    "посмотрю",
    "разберусь",
    "узнаю",
    "договорюсь",
    "внесу",
    "добавлю",
    "сообщу",
    "подготовлю",
    "напомню",
    "пересчитаю",
    "перешлю",
    "загружу",
    "подключу",
    "настрою",
];
const RU_TEAM_VERBS: &[&str] = &[
    "пришлем",
    "отправим",
    "вышлем",
    "скинем",
    "подготовим",
    "сделаем",
    "позвоним",
    "наберем",
    "напишем",
    "проверим",
    "уточним",
    "согласуем",
    "организуем",
    "назначим",
    "обновим",
    "передадим",
    "покажем",
    "соберем",
    "закажем",
    "оформим",
    "выставим",
    "подпишем",
    "доработаем",
    "исправим",
    "перезвоним",
    "свяжемся",
    "запланируем",
    "забронируем",
    "обсудим",
    "созвонимся",
    "встретимся",
    "договоримся",
    "добавим",
    "сообщим",
    "напомним",
    "пересчитаем",
    "перешлем",
    "подключим",
    "настроим",
];
/// Third-person future ("Анна пришлёт"): a named person if capitalised.
const RU_THIRD_VERBS: &[&str] = &[
    "пришлет",
    "отправит",
    "вышлет",
    "скинет",
    "подготовит",
    "сделает",
    "позвонит",
    "наберет",
    "напишет",
    "проверит",
    "уточнит",
    "согласует",
    "организует",
    "назначит",
    "обновит",
    "передаст",
    "покажет",
    "соберет",
    "оформит",
    "выставит",
    "подпишет",
    "перезвонит",
    "свяжется",
    "сообщит",
    "пришлют",
    "отправят",
    "подготовят",
    "сделают",
    "позвонят",
];
const RU_IMPERATIVES: &[&str] = &[
    "пришлите",
    "отправьте",
    "вышлите",
    "скиньте",
    "подготовьте",
    "сделайте",
    "позвоните",
    "наберите",
    "напишите",
    "проверьте",
    "уточните",
    "согласуйте",
    "подпишите",
    "посмотрите",
    "сообщите",
    "перезвоните",
    "свяжитесь",
    "оформите",
    "пришли",
    "отправь",
    "скинь",
    "подготовь",
    "сделай",
    "позвони",
    "набери",
    "напиши",
    "проверь",
    "уточни",
    "посмотри",
    "напомни",
    "напомните",
    "перешлите",
    "перешли",
    "назначьте",
    "назначь",
    "закажите",
    "закажи",
];
const RU_NEED: &[&str] = &[
    "нужно",
    "надо",
    "необходимо",
    "требуется",
    "следует",
    "стоит",
];
const RU_LETS_NOT_ACTIONS: &[&str] = &["не", "подумаем", "посмотрим", "будем", "я", "так"];

fn is_infinitive(word: &str) -> bool {
    ["ть", "ти", "чь", "ться", "тись"]
        .iter()
        .any(|e| word.ends_with(e))
}

fn find_trigger(words: &[Word]) -> Option<Trigger> {
    (0..words.len()).find_map(|i| trigger_at(words, i))
}

fn trigger_at(words: &[Word], i: usize) -> Option<Trigger> {
    let w = words[i].lower.as_str();
    let negated_before = i > 0 && matches!(words[i - 1].lower.as_str(), "не" | "not");
    let plain = |assignee, verb| Trigger {
        assignee,
        verb,
        infinitive: false,
        request: false,
    };
    for (pattern, who) in EN_TRIGGERS {
        if at(words, i, pattern) {
            let mut t = plain(who.assignee(), i + pattern.len());
            t.request = matches!(who, Who::Request);
            return Some(t);
        }
    }
    if i + 1 < words.len() && words[i + 1].lower == "will" && is_name(&words[i]) {
        return Some(plain(Assignee::Named(words[i].raw.to_string()), i + 2));
    }
    if i == 0 && EN_IMPERATIVES.contains(&w) {
        return Some(plain(Assignee::Unknown, i));
    }
    if negated_before && w != "забудьте" && w != "забудь" {
        return None;
    }
    if RU_SPEAKER_VERBS.contains(&w) {
        return Some(plain(Assignee::Speaker, i));
    }
    if RU_TEAM_VERBS.contains(&w) {
        return Some(plain(Assignee::Team, i));
    }
    if RU_THIRD_VERBS.contains(&w) {
        let named = i > 0 && is_name(&words[i - 1]);
        let assignee = if named {
            Assignee::Named(words[i - 1].raw.to_string())
        } else {
            Assignee::Unknown
        };
        return Some(plain(assignee, i));
    }
    if RU_IMPERATIVES.contains(&w) {
        return Some(plain(Assignee::Other, i));
    }
    if matches!(w, "давайте" | "давай") {
        let next = words.get(i + 1)?.lower.as_str();
        return (!RU_LETS_NOT_ACTIONS.contains(&next)).then(|| plain(Assignee::Team, i + 1));
    }
    if matches!(w, "забудьте" | "забудь") && negated_before {
        let mut t = plain(Assignee::Other, i + 1);
        t.infinitive = true;
        return Some(t);
    }
    if matches!(w, "можете" | "можешь" | "могли") {
        let verb = if words.get(i + 1).is_some_and(|n| n.lower == "бы") {
            i + 2
        } else {
            i + 1
        };
        let mut t = plain(Assignee::Other, verb);
        t.infinitive = true;
        t.request = true;
        return Some(t);
    }
    if RU_NEED.contains(&w) {
        let assignee = match i.checked_sub(1).map(|p| words[p].lower.as_str()) {
            Some("мне") => Assignee::Speaker,
            Some("нам") => Assignee::Team,
            Some("вам" | "тебе") => Assignee::Other,
            _ => Assignee::Unknown,
        };
        let mut t = plain(assignee, i + 1);
        t.infinitive = true;
        return Some(t);
    }
    if w == "пожалуйста" {
        let verb = (0..words.len()).find(|&j| {
            j != i && {
                let l = words[j].lower.as_str();
                l.ends_with("ите") || l.ends_with("йте") || l.ends_with("ьте")
            }
        })?;
        return Some(plain(Assignee::Other, verb));
    }
    None
}

/// A capitalised word that is not a pronoun or sentence-opening function word.
fn is_name(word: &Word) -> bool {
    let capitalised = word.raw.chars().next().is_some_and(char::is_uppercase);
    capitalised
        && !matches!(
            word.lower.as_str(),
            "i" | "we"
                | "you"
                | "they"
                | "he"
                | "she"
                | "it"
                | "that"
                | "this"
                | "who"
                | "он"
                | "она"
                | "они"
                | "кто"
                | "это"
                | "мы"
                | "вы"
                | "я"
                | "там"
                | "тогда"
        )
}

/// Moves past fillers to the action verb; `None` if there is no verb or it
/// does not make a task.
fn action_verb(words: &[Word], mut v: usize, infinitive: bool) -> Option<usize> {
    loop {
        if let Some(pair) = FILLER_PAIRS.iter().find(|p| at(words, v, p)) {
            v += pair.len();
        } else if words
            .get(v)
            .is_some_and(|w| FILLERS.contains(&w.lower.as_str()))
        {
            v += 1;
        } else {
            break;
        }
    }
    let verb = words.get(v)?.lower.as_str();
    if EN_NOT_ACTIONS.contains(&verb) || verb == "не" {
        return None;
    }
    if infinitive && !is_infinitive(verb) {
        return None;
    }
    if verb.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    Some(v)
}

fn action_in(clause: &str) -> Option<ActionItem> {
    let words = words(clause);
    let trigger = find_trigger(&words)?;
    let is_question = clause.trim_end().ends_with('?');
    if is_question && !trigger.request {
        return None;
    }
    let verb = action_verb(&words, trigger.verb, trigger.infinitive)?;
    let due = find_due(&words);
    let title = title(clause, &words, verb, due.as_ref().map(|d| (d.1, d.2)));
    if title.is_empty() {
        return None;
    }
    Some(ActionItem {
        title,
        assignee: trigger.assignee,
        due: due.map(|d| d.0),
        sentence: String::new(),
    })
}

/// The clause from the verb on, without the due phrase, tidied.
fn title(clause: &str, words: &[Word], verb: usize, due: Option<(usize, usize)>) -> String {
    let mut kept: Vec<&Word> = words[verb..]
        .iter()
        .enumerate()
        .filter(|(k, _)| due.is_none_or(|(s, e)| verb + k < s || verb + k >= e))
        .map(|(_, w)| w)
        .collect();
    while kept
        .last()
        .is_some_and(|w| DANGLING.contains(&w.lower.as_str()))
    {
        kept.pop();
    }
    let (Some(first), Some(last)) = (kept.first(), kept.last()) else {
        return String::new();
    };
    // Keep the original text between kept words, but drop the due phrase.
    let mut text = String::new();
    let mut cursor = first.start;
    if let Some((s, e)) = due {
        let (ds, de) = (words[s].start, words[e - 1].end);
        if ds > first.start && de < last.end {
            text.push_str(clause[first.start..ds].trim_end());
            cursor = de;
        }
    }
    text.push_str(&clause[cursor..last.end]);
    let text: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let text = text.trim_end_matches([',', ';', ':', '-', ' ']);
    capitalise(&shorten(text, 100))
}

/// Words that must not end a title once the due phrase is cut out.
const DANGLING: &[&str] = &[
    "and", "or", "by", "on", "for", "to", "the", "until", "before", "at", "и", "или", "до", "к",
    "в", "на", "с",
];

fn shorten(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        return text.to_string();
    }
    let cut: String = text.chars().take(max_chars).collect();
    let at_word = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{at_word}…")
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Prepositions that belong to a due phrase when right before it.
const DUE_LEAD_INS: &[&str] = &[
    "by",
    "on",
    "before",
    "until",
    "till",
    "for",
    "due",
    "the",
    "this",
    "next",
    "coming",
    "no",
    "later",
    "than",
    "до",
    "к",
    "ко",
    "в",
    "во",
    "на",
    "не",
    "позднее",
    "позже",
    "следующий",
    "следующую",
    "эту",
    "этот",
];

/// The first due phrase: the hint and its word span (with lead-ins).
fn find_due(words: &[Word]) -> Option<(DueHint, usize, usize)> {
    (0..words.len()).find_map(|i| {
        let (hint, len) = due_at(words, i)?;
        let mut start = i;
        while start > 0 && i - start < 3 && DUE_LEAD_INS.contains(&words[start - 1].lower.as_str())
        {
            start -= 1;
        }
        Some((hint, start, i + len))
    })
}

fn due_at(words: &[Word], i: usize) -> Option<(DueHint, usize)> {
    let w = words[i].lower.as_str();
    let next = words.get(i + 1).map(|w| w.lower.as_str());
    let simple = match w {
        "today" | "tonight" | "eod" | "сегодня" => Some(DueHint::Today),
        "tomorrow" | "tmrw" | "завтра" => Some(DueHint::Tomorrow),
        "послезавтра" => Some(DueHint::DayAfterTomorrow),
        "eow" => Some(DueHint::EndOfWeek),
        "eom" => Some(DueHint::EndOfMonth),
        "eoq" => Some(DueHint::EndOfQuarter),
        _ => None,
    };
    if let Some(hint) = simple {
        return Some((hint, 1));
    }
    if let Some(day) = weekday(w) {
        return Some((DueHint::Weekday { day }, 1));
    }
    let phrases: &[(&[&str], DueHint)] = &[
        (&["day", "after", "tomorrow"], DueHint::DayAfterTomorrow),
        (&["end", "of", "the", "day"], DueHint::Today),
        (&["end", "of", "day"], DueHint::Today),
        (&["next", "week"], DueHint::NextWeek),
        (&["this", "week"], DueHint::ThisWeek),
        (&["end", "of", "the", "week"], DueHint::EndOfWeek),
        (&["end", "of", "week"], DueHint::EndOfWeek),
        (&["end", "of", "the", "month"], DueHint::EndOfMonth),
        (&["end", "of", "month"], DueHint::EndOfMonth),
        (&["next", "month"], DueHint::NextMonth),
        (&["end", "of", "the", "quarter"], DueHint::EndOfQuarter),
        (&["end", "of", "quarter"], DueHint::EndOfQuarter),
        (&["конца", "квартала"], DueHint::EndOfQuarter),
        (&["концу", "квартала"], DueHint::EndOfQuarter),
        (&["конца", "дня"], DueHint::Today),
        (&["следующей", "неделе"], DueHint::NextWeek),
        (&["следующую", "неделю"], DueHint::NextWeek),
        (&["след", "неделе"], DueHint::NextWeek),
        (&["этой", "неделе"], DueHint::ThisWeek),
        (&["конца", "недели"], DueHint::EndOfWeek),
        (&["концу", "недели"], DueHint::EndOfWeek),
        (&["конца", "месяца"], DueHint::EndOfMonth),
        (&["концу", "месяца"], DueHint::EndOfMonth),
        (&["следующем", "месяце"], DueHint::NextMonth),
        (&["через", "неделю"], DueHint::InDays { days: 7 }),
        (&["через", "пару", "дней"], DueHint::InDays { days: 2 }),
        (&["in", "a", "week"], DueHint::InDays { days: 7 }),
        (&["in", "two", "weeks"], DueHint::InDays { days: 14 }),
        (&["через", "две", "недели"], DueHint::InDays { days: 14 }),
    ];
    for (pattern, hint) in phrases {
        if at(words, i, pattern) {
            return Some((*hint, pattern.len()));
        }
    }
    if matches!(w, "in" | "через")
        && let Some(n) = next.and_then(small_number)
        && let Some(unit) = words.get(i + 2).map(|w| w.lower.as_str())
    {
        let days = match unit {
            "day" | "days" | "день" | "дня" | "дней" => Some(n),
            "week" | "weeks" | "неделю" | "недели" | "недель" => Some(n * 7),
            _ => None,
        };
        if let Some(days) = days {
            return Some((DueHint::InDays { days }, 3));
        }
    }
    date_at(words, i)
}

fn date_at(words: &[Word], i: usize) -> Option<(DueHint, usize)> {
    let w = words[i].lower.as_str();
    let next = words.get(i + 1).map(|w| w.lower.as_str());
    // 2025-03-14 and 14.03(.2025)
    if let Some(hint) = numeric_date(w) {
        return Some((hint, 1));
    }
    // "March 14", "14 March", "14 марта", "the 14th"
    if let Some(month) = month(w)
        && let Some(day) = next.and_then(day_number)
    {
        return Some((date(None, Some(month), day), 2));
    }
    if let Some(day) = day_number(w) {
        if let Some(month) = next.and_then(month) {
            return Some((date(None, Some(month), day), 2));
        }
        if next == Some("of")
            && let Some(month) = words.get(i + 2).and_then(|w| month(&w.lower))
        {
            return Some((date(None, Some(month), day), 3));
        }
        let ordinal = ["st", "nd", "rd", "th"].iter().any(|s| w.ends_with(s));
        let after_the = i > 0 && words[i - 1].lower == "the";
        if ordinal && after_the {
            return Some((date(None, None, day), 1));
        }
    }
    None
}

fn date(year: Option<u16>, month: Option<u8>, day: u8) -> DueHint {
    DueHint::Date { year, month, day }
}

fn numeric_date(w: &str) -> Option<DueHint> {
    let parts: Vec<&str> = w.split(['-', '.']).collect();
    let all_digits = parts
        .iter()
        .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()));
    if !all_digits || parts.len() < 2 {
        return None;
    }
    let num = |s: &str| s.parse::<u16>().ok();
    let valid = |m: u16, d: u16| (1..=12).contains(&m) && (1..=31).contains(&d);
    if w.contains('-') && parts.len() == 3 && parts[0].len() == 4 {
        let (y, m, d) = (num(parts[0])?, num(parts[1])?, num(parts[2])?);
        return valid(m, d).then(|| date(Some(y), Some(m as u8), d as u8));
    }
    if w.contains('.') && parts[1].len() == 2 && parts.len() <= 3 {
        let (d, m) = (num(parts[0])?, num(parts[1])?);
        let year = parts.get(2).and_then(|y| num(y)).filter(|y| *y >= 2000);
        if parts.len() == 3 && year.is_none() {
            return None;
        }
        return valid(m, d).then(|| date(year, Some(m as u8), d as u8));
    }
    None
}

fn day_number(w: &str) -> Option<u8> {
    let digits = w.trim_end_matches(|c: char| c.is_alphabetic());
    let suffix = &w[digits.len()..];
    if digits.is_empty() || !matches!(suffix, "" | "st" | "nd" | "rd" | "th" | "го" | "е") {
        return None;
    }
    let day: u8 = digits.parse().ok()?;
    (1..=31).contains(&day).then_some(day)
}

fn small_number(w: &str) -> Option<u32> {
    const WORDS: &[(&str, u32)] = &[
        ("one", 1),
        ("two", 2),
        ("three", 3),
        ("four", 4),
        ("five", 5),
        ("a", 1),
        ("a couple", 2),
        ("два", 2),
        ("две", 2),
        ("три", 3),
        ("четыре", 4),
        ("пять", 5),
    ];
    w.parse()
        .ok()
        .filter(|n| (1..=90).contains(n))
        .or_else(|| WORDS.iter().find(|(s, _)| *s == w).map(|(_, n)| *n))
}

fn weekday(w: &str) -> Option<Weekday> {
    use Weekday::*;
    let day = match w {
        "monday" | "понедельник" | "понедельника" | "понедельнику" => {
            Monday
        }
        "tuesday" | "вторник" | "вторника" | "вторнику" => Tuesday,
        "wednesday" | "среда" | "среду" | "среды" | "среде" => Wednesday,
        "thursday" | "четверг" | "четверга" | "четвергу" => Thursday,
        "friday" | "пятница" | "пятницу" | "пятницы" | "пятнице" => {
            Friday
        }
        "saturday" | "суббота" | "субботу" | "субботы" | "субботе" => {
            Saturday
        }
        "sunday" | "воскресенье" | "воскресенья" | "воскресенью" => {
            Sunday
        }
        _ => return None,
    };
    Some(day)
}

fn month(w: &str) -> Option<u8> {
    const MONTHS: [&[&str]; 12] = [
        &["january", "jan", "января"],
        &["february", "feb", "февраля"],
        &["march", "mar", "марта"],
        &["april", "apr", "апреля"],
        &["may", "мая"],
        &["june", "jun", "июня"],
        &["july", "jul", "июля"],
        &["august", "aug", "августа"],
        &["september", "sep", "sept", "сентября"],
        &["october", "oct", "октября"],
        &["november", "nov", "ноября"],
        &["december", "dec", "декабря"],
    ];
    MONTHS
        .iter()
        .position(|names| names.contains(&w))
        .map(|i| i as u8 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> ActionItem {
        let items = extract_actions(text);
        assert_eq!(items.len(), 1, "{text}: {items:?}");
        items.into_iter().next().unwrap()
    }

    #[test]
    fn english_promise_with_weekday() {
        let item = one("Thanks everyone. I'll send the revised proposal by Friday.");
        assert_eq!(item.title, "Send the revised proposal");
        assert_eq!(item.assignee, Assignee::Speaker);
        assert_eq!(
            item.due,
            Some(DueHint::Weekday {
                day: Weekday::Friday
            })
        );
    }

    #[test]
    fn english_team_request_and_named_items() {
        let item = one("Let's schedule a follow-up call next week.");
        assert_eq!(item.title, "Schedule a follow-up call");
        assert_eq!(item.due, Some(DueHint::NextWeek));
        assert_eq!(item.assignee, Assignee::Team);

        let item = one("Could you please share the security questionnaire?");
        assert_eq!(item.title, "Share the security questionnaire");
        assert_eq!(item.assignee, Assignee::Other);

        let item = one("Anna will prepare the contract by March 14.");
        assert_eq!(item.assignee, Assignee::Named("Anna".into()));
        assert_eq!(
            item.due,
            Some(DueHint::Date {
                year: None,
                month: Some(3),
                day: 14
            })
        );
    }

    #[test]
    fn clauses_split_into_separate_items() {
        let items =
            extract_actions("The CFO needs to approve it, so please include an annual option.");
        let titles: Vec<&str> = items.iter().map(|i| i.title.as_str()).collect();
        assert_eq!(titles, ["Approve it", "Include an annual option"]);
        assert_eq!(items[1].assignee, Assignee::Other);
    }

    #[test]
    fn speaker_labels_name_the_assignee() {
        let item = one("Bob: we need to update the pricing deck tomorrow");
        assert_eq!(item.assignee, Assignee::Team);
        assert_eq!(item.due, Some(DueHint::Tomorrow));
        let item = one("Bob: I will call the CFO.");
        assert_eq!(item.assignee, Assignee::Named("Bob".into()));
        assert_eq!(item.title, "Call the CFO");
    }

    #[test]
    fn not_greedy() {
        for text in [
            "We'll see how it goes.",
            "I think the price is fine.",
            "I will not send anything yet.",
            "Will we need a new contract?",
            "They liked the demo a lot.",
            "Let's see.",
            "Я не пришлю договор.",
            "Давайте подумаем.",
            "Мы обсуждали цены в прошлый раз.",
        ] {
            assert!(extract_actions(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn russian_promises_needs_and_requests() {
        let item = one("Я пришлю коммерческое предложение до пятницы.");
        assert_eq!(item.title, "Пришлю коммерческое предложение");
        assert_eq!(item.assignee, Assignee::Speaker);
        assert_eq!(
            item.due,
            Some(DueHint::Weekday {
                day: Weekday::Friday
            })
        );

        let item = one("Нужно отправить договор юристам завтра.");
        assert_eq!(item.title, "Отправить договор юристам");
        assert_eq!(item.due, Some(DueHint::Tomorrow));

        let item = one("Давайте созвонимся на следующей неделе.");
        assert_eq!(item.title, "Созвонимся");
        assert_eq!(item.assignee, Assignee::Team);
        assert_eq!(item.due, Some(DueHint::NextWeek));

        let item = one("Пришлите, пожалуйста, реквизиты к 15 марта.");
        assert_eq!(item.assignee, Assignee::Other);
        assert_eq!(
            item.due,
            Some(DueHint::Date {
                year: None,
                month: Some(3),
                day: 15
            })
        );
        assert!(item.title.starts_with("Пришлите"), "{}", item.title);
    }

    #[test]
    fn due_hints_in_many_forms() {
        let due = |t: &str| one(t).due;
        assert_eq!(
            due("Please send the invoice by 2025-03-14."),
            Some(DueHint::Date {
                year: Some(2025),
                month: Some(3),
                day: 14
            })
        );
        assert_eq!(
            due("Отправлю счёт 14.03."),
            Some(DueHint::Date {
                year: None,
                month: Some(3),
                day: 14
            })
        );
        assert_eq!(
            due("We will finish the pilot by the end of the month."),
            Some(DueHint::EndOfMonth)
        );
        assert_eq!(
            due("Проверю через 3 дня."),
            Some(DueHint::InDays { days: 3 })
        );
        assert_eq!(
            due("Нам нужно внедрить CRM до конца квартала."),
            Some(DueHint::EndOfQuarter)
        );
        assert_eq!(due("I'll call Maria."), None);
    }

    #[test]
    fn several_items_in_one_transcript() {
        let transcript = "Anna: Thanks for the call. I'll send the deck today.\n\
            Bob: Great, and we need to loop in our CTO; let's book a demo on Tuesday.\n\
            Anna: Sounds good.";
        let items = extract_actions(transcript);
        let titles: Vec<&str> = items.iter().map(|i| i.title.as_str()).collect();
        assert_eq!(titles, ["Send the deck", "Loop in our CTO", "Book a demo"]);
        assert_eq!(items[0].assignee, Assignee::Named("Anna".into()));
        assert_eq!(items[0].due, Some(DueHint::Today));
    }
}
