//! A light Russian stemmer in the spirit of the Snowball algorithm: endings are
//! removed only inside RV (the part after the first vowel), in the classic
//! order — perfective gerund, else reflexive + adjectival/verb/noun — then a
//! final `и`, the derivational `ость`, superlative `ейш(е)`, a doubled `нн` and
//! the soft sign. Written for this crate from the published description of the
//! steps; the ending lists are the grammatical endings of Russian.

/// Perfective gerunds; the first group only after `а`/`я`.
const GERUND_AFTER_A: &[&str] = &["вшись", "вши", "в"];
const GERUND: &[&str] = &["ившись", "ывшись", "ивши", "ывши", "ив", "ыв"];

const REFLEXIVE: &[&str] = &["ся", "сь"];

const ADJECTIVE: &[&str] = &[
    "ими", "ыми", "его", "ого", "ему", "ому", "ее", "ие", "ые", "ое", "ей", "ий", "ый", "ой", "ем",
    "им", "ым", "ом", "их", "ых", "ую", "юю", "ая", "яя", "ою", "ею",
];

/// Participle suffixes that may precede an adjective ending.
const PARTICIPLE_AFTER_A: &[&str] = &["ем", "нн", "вш", "ющ", "щ"];
const PARTICIPLE: &[&str] = &["ивш", "ывш", "ующ"];

const VERB_AFTER_A: &[&str] = &[
    "ете", "йте", "ешь", "нно", "ла", "на", "ли", "ем", "ло", "но", "ет", "ют", "ны", "ть", "й",
    "л", "н",
];
const VERB: &[&str] = &[
    "ейте", "уйте", "ила", "ыла", "ена", "ите", "или", "ыли", "ило", "ыло", "ено", "ует", "уют",
    "ены", "ить", "ыть", "ишь", "ей", "уй", "ил", "ыл", "им", "ым", "ен", "ят", "ит", "ыт", "ую",
    "ю",
];

const NOUN: &[&str] = &[
    "иями", "ями", "ами", "ией", "иям", "ием", "иях", "ев", "ов", "ие", "ье", "еи", "ии", "ей",
    "ой", "ий", "ям", "ем", "ам", "ом", "ах", "ях", "ию", "ью", "ия", "ья", "а", "е", "и", "й",
    "о", "у", "ы", "ь", "ю", "я",
];

const SUPERLATIVE: &[&str] = &["ейше", "ейш"];
const DERIVATIONAL: &[&str] = &["ость", "ост"];

fn is_vowel(c: char) -> bool {
    matches!(c, 'а' | 'е' | 'и' | 'о' | 'у' | 'ы' | 'э' | 'ю' | 'я' | 'ё')
}

/// Stems a lowercased Russian word (`ё` already folded to `е`).
pub fn stem_ru(word: &str) -> String {
    let mut w: Vec<char> = word.chars().collect();
    let Some(first_vowel) = w.iter().position(|&c| is_vowel(c)) else {
        return word.to_string();
    };
    let rv = first_vowel + 1;
    let r2 = region_after_vc(&w, region_after_vc(&w, 0));

    if !remove(&mut w, rv, GERUND_AFTER_A, GERUND) {
        remove(&mut w, rv, &[], REFLEXIVE);
        if remove(&mut w, rv, &[], ADJECTIVE) {
            remove(&mut w, rv, PARTICIPLE_AFTER_A, PARTICIPLE);
        } else if !remove(&mut w, rv, VERB_AFTER_A, VERB) {
            remove(&mut w, rv, &[], NOUN);
        }
    }
    remove(&mut w, rv, &[], &["и"]);
    remove(&mut w, r2.max(rv), &[], DERIVATIONAL);
    if !remove(&mut w, rv, &[], &["ь"]) {
        remove(&mut w, rv, &[], SUPERLATIVE);
        if ends_with(&w, "нн") && w.len() > rv {
            w.pop();
        }
    }
    w.into_iter().collect()
}

/// The index after the first consonant that follows a vowel, from `start`
/// (how Snowball defines R1; applied twice it gives R2).
fn region_after_vc(w: &[char], start: usize) -> usize {
    let mut i = start;
    while i + 1 < w.len() {
        if is_vowel(w[i]) && !is_vowel(w[i + 1]) {
            return i + 2;
        }
        i += 1;
    }
    w.len()
}

fn ends_with(w: &[char], suffix: &str) -> bool {
    let s: Vec<char> = suffix.chars().collect();
    w.len() >= s.len() && w[w.len() - s.len()..] == s[..]
}

/// Removes the longest ending from either list that lies inside the region
/// starting at `region`; endings of the first list also need `а` or `я`
/// right before them (inside the region), which stays. As in Snowball, only
/// the longest match is tried.
fn remove(w: &mut Vec<char>, region: usize, after_a: &[&str], plain: &[&str]) -> bool {
    let best = after_a
        .iter()
        .map(|e| (e, true))
        .chain(plain.iter().map(|e| (e, false)))
        .filter(|(e, _)| ends_with(w, e))
        .max_by_key(|(e, _)| e.chars().count());
    let Some((ending, needs_a)) = best else {
        return false;
    };
    let start = w.len() - ending.chars().count();
    if start < region {
        return false;
    }
    if needs_a && (start <= region || !matches!(w[start - 1], 'а' | 'я')) {
        return false;
    }
    w.truncate(start);
    true
}

#[cfg(test)]
mod tests {
    use super::stem_ru;

    #[test]
    fn adjective_and_adverb_forms_share_a_stem() {
        for w in [
            "отличный",
            "отличная",
            "отличное",
            "отлично",
            "отличные",
            "отличного",
        ] {
            assert_eq!(stem_ru(w), "отличн", "{w}");
        }
        assert_eq!(stem_ru("хороший"), stem_ru("хорошо"));
        assert_eq!(stem_ru("плохой"), stem_ru("плохая"));
    }

    #[test]
    fn verbs_nouns_and_reflexives() {
        assert_eq!(stem_ru("нравится"), stem_ru("нравиться"));
        assert_eq!(stem_ru("проблемы"), "проблем");
        assert_eq!(stem_ru("проблема"), "проблем");
        assert_eq!(stem_ru("сделавши"), "сдела");
        assert_eq!(stem_ru("радость"), stem_ru("радости"));
    }

    #[test]
    fn words_without_vowels_stay() {
        assert_eq!(stem_ru("вж"), "вж");
    }
}
