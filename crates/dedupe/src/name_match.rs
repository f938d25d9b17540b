//! How two spellings of one name part compare: the level a pair of first names or last
//! names lands on.

use crate::normalize::nickname::is_short_form_pair;
use crate::similarity::{edit_distance, jaro_winkler};
use crate::weights::NameWeights;

/// A name part ready to compare.
#[derive(Debug, Clone, Copy)]
pub struct NameForm<'a> {
    /// The normalised spelling (see [`crate::normalize::spelling`]); empty if unknown.
    pub spelling: &'a str,
    /// Its sound key (see [`crate::normalize::skeleton`]).
    pub skeleton: &'a str,
    /// How many records of the scan use this spelling (1 when unknown).
    pub uses: u32,
    /// Whether the record wrote it in Cyrillic. Two Cyrillic spellings are not
    /// transliterations of each other, so they never merely "sound alike".
    pub cyrillic: bool,
}

impl NameForm<'_> {
    pub const MISSING: NameForm<'static> = NameForm {
        spelling: "",
        skeleton: "",
        uses: 0,
        cyrillic: false,
    };
}

/// Where a pair of name parts lands, from strongest agreement to disagreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameLevel {
    Exact,
    /// Same consonants in the same order and close spelling: transliteration or vowel choice.
    SoundsAlike,
    /// A short form of the other (Bob/Robert, Саша/Александр).
    ShortForm,
    /// Within one typo (two for long names).
    Typo,
    /// One side is only an initial, and it agrees.
    Initial,
    /// Male and female forms of one name (Ivanov/Ivanova, Aleksandr/Aleksandra).
    GenderVariant,
    Different,
    /// One side is unknown.
    Missing,
}

impl NameLevel {
    pub fn weight(self, weights: &NameWeights) -> f32 {
        match self {
            Self::Exact => weights.exact,
            Self::SoundsAlike => weights.sounds_alike,
            Self::ShortForm => weights.short_form,
            Self::Typo => weights.typo,
            Self::Initial => weights.initial,
            Self::GenderVariant => weights.gender_variant,
            Self::Different => weights.different,
            Self::Missing => 0.0,
        }
    }
}

/// Jaro–Winkler floor for "sounds alike": equal skeletons alone are too coarse
/// (Jensen/Johnson share one).
const SOUNDS_ALIKE_MIN_JW: f64 = 0.88;
/// Jaro–Winkler at which two spellings count as a typo apart even beyond the edit allowance.
const TYPO_MIN_JW: f64 = 0.94;
/// A spelling this many times rarer than the other may be a slip of it; two spellings that
/// are both established (Elena/Alena, Mary/Gary, Stevens/Stephens, Ivanova/Zhdanova) are
/// different names. Real typos are one-offs next to thousands of the right spelling.
const TYPO_RARITY: u32 = 200;
/// Spellings used by at most this many records are rare enough to be typos, whatever the
/// other's count (small scans).
const TYPO_MAX_USES: u32 = 3;

/// Compares two given names.
pub fn compare_given(a: NameForm, b: NameForm) -> NameLevel {
    if let Some(level) = trivial(a, b) {
        return level;
    }
    if a.spelling.len() == 1 || b.spelling.len() == 1 {
        return if a.spelling[..1] == b.spelling[..1] {
            NameLevel::Initial
        } else {
            NameLevel::Different
        };
    }
    // "Lias" next to a common "Lisa" is a slip, not a man's name; "Paula" next to "Paul" is
    // a woman's name however rare.
    let slip = a.uses.min(b.uses) <= a.uses.max(b.uses) / TYPO_RARITY;
    if is_given_gender_suffix(a.spelling, b.spelling)
        || (!slip && is_given_gender_pair(a.spelling, b.spelling))
    {
        return NameLevel::GenderVariant;
    }
    if is_short_form_pair(a.spelling, b.spelling) {
        return NameLevel::ShortForm;
    }
    similar(a, b)
}

/// Compares two family names.
pub fn compare_family(a: NameForm, b: NameForm) -> NameLevel {
    if let Some(level) = trivial(a, b) {
        return level;
    }
    if is_family_gender_pair(a.spelling, b.spelling) {
        return NameLevel::GenderVariant;
    }
    similar(a, b)
}

fn trivial(a: NameForm, b: NameForm) -> Option<NameLevel> {
    if a.spelling.is_empty() || b.spelling.is_empty() {
        Some(NameLevel::Missing)
    } else if a.spelling == b.spelling {
        Some(NameLevel::Exact)
    } else {
        None
    }
}

fn similar(a: NameForm, b: NameForm) -> NameLevel {
    let jw = jaro_winkler(a.spelling, b.spelling);
    // Vowel variants left after the spelling folds are transliteration accidents only when
    // one spelling is rare: two established spellings (Carl/Carol, Alina/Alyona,
    // Krylov/Kirillov) are different names. Two Cyrillic spellings were never transliterated.
    let transliterated = !(a.cyrillic && b.cyrillic) && is_rare_variant(a.uses, b.uses);
    if transliterated && a.skeleton == b.skeleton && jw >= SOUNDS_ALIKE_MIN_JW {
        return NameLevel::SoundsAlike;
    }
    let longest = a.spelling.len().max(b.spelling.len());
    let allowed = match longest {
        0..4 => 0,
        4..8 => 1,
        _ => 2,
    };
    if allowed == 0 || !is_rare_variant(a.uses, b.uses) {
        return NameLevel::Different;
    }
    // Edits are counted with `sh`, `ch`, `zh` as one letter each, as they were typed in
    // Cyrillic (Елена/Еленш is one slip, not two).
    let (x, y) = (typing_form(a.spelling), typing_form(b.spelling));
    // Lengths differing by more than the allowance cannot be within it: skip the DP.
    let within_edits = x.chars().count().abs_diff(y.chars().count()) <= allowed
        && edit_distance(&x, &y) <= allowed;
    if within_edits || jw >= TYPO_MIN_JW {
        NameLevel::Typo
    } else {
        NameLevel::Different
    }
}

fn typing_form(spelling: &str) -> String {
    spelling
        .replace("sh", "S")
        .replace("ch", "C")
        .replace("zh", "Z")
}

/// Whether one of two spellings is rare enough, next to the other, to be a slip of it.
fn is_rare_variant(a: u32, b: u32) -> bool {
    let (rare, common) = (a.min(b), a.max(b));
    rare <= TYPO_MAX_USES.max(common / TYPO_RARITY)
}

/// Aleksandr/Aleksandra, Evgeni/Evgenia, Paul/Paula, Daniel/Danielle, Louis/Louise: the
/// female form is the male form with `a` (or, after a consonant, `e`) added.
fn is_given_gender_suffix(a: &str, b: &str) -> bool {
    let one_way = |male: &str, female: &str| match female.strip_suffix(['a', 'e']) {
        Some(stem) if stem == male => {
            let consonant_end = !male.ends_with(['a', 'e', 'i', 'o', 'u', 'y']);
            // Four letters at least for `e`: Ann/Anne are one name.
            female.ends_with('a') || (consonant_end && male.len() >= 4)
        }
        _ => false,
    };
    one_way(a, b) || one_way(b, a)
}

/// Oleg/Olga, Christian/Christine: same consonants, the female form ending in `a` or `e`
/// where the male ends in a consonant.
fn is_given_gender_pair(a: &str, b: &str) -> bool {
    let (female, male) = match (a.ends_with(['a', 'e']), b.ends_with(['a', 'e'])) {
        (true, false) => (a, b),
        (false, true) => (b, a),
        _ => return false,
    };
    let male_ends_in_consonant = !male.ends_with(['a', 'e', 'i', 'o', 'u', 'y']);
    male.len() >= 4
        && male_ends_in_consonant
        && crate::normalize::skeleton(male) == crate::normalize::skeleton(female)
}

/// Ivanov/Ivanova, Ilin/Ilina, Petrovski/Petrovskaia, Tolstoi/Tolstaia.
fn is_family_gender_pair(a: &str, b: &str) -> bool {
    let one_way = |male: &str, female: &str| {
        if let Some(stem) = female.strip_suffix('a')
            && stem == male
            && male.ends_with(['v', 'n'])
        {
            return true;
        }
        [
            ("ski", "skaia"),
            ("tski", "tskaia"),
            ("oi", "aia"),
            ("ii", "aia"),
        ]
        .iter()
        .any(|(m, f)| {
            matches!(
                (male.strip_suffix(m), female.strip_suffix(f)),
                (Some(x), Some(y)) if x == y
            )
        })
    };
    one_way(a, b) || one_way(b, a)
}

/// Compact company names within a slip or two (one edit up to 9 letters, two beyond):
/// "Romashka" / "Romaska". Names that only share a long start ("Serebryanyy Svet" /
/// "Serebryanyy Svetenergo") are different companies.
pub fn company_names_close(x: &str, y: &str) -> bool {
    let allowed = match x.len().max(y.len()) {
        0..5 => 0,
        5..10 => 1,
        _ => 2,
    };
    allowed > 0 && x.len().abs_diff(y.len()) <= allowed && edit_distance(x, y) <= allowed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::skeleton;

    fn spell(name: &str) -> String {
        let words = crate::normalize::text::words(name);
        crate::normalize::spelling(&crate::normalize::translit::to_latin(&words[0]))
    }

    fn compare(a: &str, b: &str, given: bool) -> NameLevel {
        let (a, b) = (spell(a), spell(b));
        let (sa, sb) = (skeleton(&a), skeleton(&b));
        let (fa, fb) = (
            NameForm {
                spelling: &a,
                skeleton: &sa,
                uses: 1,
                cyrillic: false,
            },
            NameForm {
                spelling: &b,
                skeleton: &sb,
                uses: 1,
                cyrillic: false,
            },
        );
        if given {
            compare_given(fa, fb)
        } else {
            compare_family(fa, fb)
        }
    }

    fn given(a: &str, b: &str) -> NameLevel {
        compare(a, b, true)
    }

    fn family(a: &str, b: &str) -> NameLevel {
        compare(a, b, false)
    }

    #[test]
    fn transliterations_are_exact_or_sound_alike() {
        assert_eq!(family("Иванов", "Ivanov"), NameLevel::Exact);
        assert_eq!(family("Щукин", "Schukin"), NameLevel::Exact);
        assert_eq!(given("Юлия", "Julia"), NameLevel::Exact);
        assert_eq!(given("Александр", "Alexander"), NameLevel::Exact);
        assert_eq!(given("Наталья", "Natalie"), NameLevel::SoundsAlike);
    }

    #[test]
    fn gendered_forms_are_not_one_name() {
        assert_eq!(family("Иванов", "Иванова"), NameLevel::GenderVariant);
        assert_eq!(family("Petrovsky", "Petrovskaya"), NameLevel::GenderVariant);
        assert_eq!(given("Aleksandr", "Aleksandra"), NameLevel::GenderVariant);
        assert_eq!(given("Oleg", "Olga"), NameLevel::GenderVariant);
        assert_eq!(given("Евгений", "Евгения"), NameLevel::GenderVariant);
    }

    #[test]
    fn typos_short_forms_and_initials() {
        assert_eq!(family("Kuznetsov", "Kusnetsov"), NameLevel::Typo);
        assert_eq!(given("Bob", "Robert"), NameLevel::ShortForm);
        assert_eq!(given("S.", "Sergey"), NameLevel::Initial);
        assert_eq!(given("M.", "Sergey"), NameLevel::Different);
    }

    #[test]
    fn two_common_spellings_are_not_a_typo() {
        let form = |spelling: &'static str, uses| NameForm {
            spelling,
            skeleton: "",
            uses,
            cyrillic: false,
        };
        assert_eq!(
            compare_given(form("elena", 1), form("alena", 2)),
            NameLevel::Typo
        );
        assert_eq!(
            compare_given(form("elena", 3000), form("alena", 400)),
            NameLevel::Different
        );
        assert_eq!(
            compare_given(form("elena", 3000), form("alena", 5)),
            NameLevel::Typo
        );
        assert_eq!(
            compare_family(form("ivanova", 2400), form("zhdanova", 21)),
            NameLevel::Different
        );
    }

    #[test]
    fn a_rare_spelling_beside_a_common_one_is_a_slip() {
        let form = |spelling: &'static str, skeleton: &'static str, uses| NameForm {
            spelling,
            skeleton,
            uses,
            cyrillic: false,
        };
        let slip = compare_given(form("lisa", "ls", 900), form("lias", "ls", 1));
        assert!(
            matches!(slip, NameLevel::Typo | NameLevel::SoundsAlike),
            "{slip:?}"
        );
        assert_eq!(
            compare_given(form("lisa", "ls", 2), form("lias", "ls", 1)),
            NameLevel::GenderVariant
        );
        assert_eq!(given("Елена", "Еленш"), NameLevel::Typo);
    }

    #[test]
    fn english_feminine_e_is_a_gender_variant() {
        assert_eq!(given("Daniel", "Danielle"), NameLevel::GenderVariant);
        assert_eq!(given("Christian", "Christine"), NameLevel::GenderVariant);
        assert_ne!(given("Ann", "Anne"), NameLevel::GenderVariant);
    }

    #[test]
    fn different_names_are_different() {
        assert_eq!(given("Sergey", "Andrey"), NameLevel::Different);
        assert_eq!(family("Petrov", "Popov"), NameLevel::Different);
        assert_eq!(given("Ivan", "Anna"), NameLevel::Different);
    }
}
