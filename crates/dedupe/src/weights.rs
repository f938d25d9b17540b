//! The evidence weights, in bits, and how they become a confidence.
//!
//! The score is Fellegi–Sunter style: each comparison (first name, last name, email, phone,
//! company, city) lands on a level, and each level carries a weight `log2(m / u)`, where `m`
//! is how often two records *of one person* land on that level and `u` how often two records
//! *of different people* do. Weights add up (the comparisons are treated as independent,
//! except where they plainly are not: a phone shared by two people of one company is weighed
//! as a possible office line); the sum `W` becomes a confidence through a logistic curve,
//! `1 / (1 + 2^(offset − W))`, so `offset` is the weight at which a pair is even odds.
//!
//! The `m` and `u` below are our estimates of how CRM data goes wrong (duplicates come from
//! imports, web forms and business cards; look-alikes are namesakes, relatives and
//! colleagues), not fitted to any data set. They were set so that the weakest duplicates we
//! want (same name and employer, no shared contact) land above even odds and the known
//! look-alikes below, then checked on the synthetic evaluation (seed 1; reports use other
//! seeds). The confidence is a ranking aid: the review list shows the evidence too.

/// Weights of one name part's levels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NameWeights {
    pub exact: f32,
    pub sounds_alike: f32,
    pub short_form: f32,
    pub typo: f32,
    pub initial: f32,
    pub gender_variant: f32,
    pub different: f32,
}

/// `log2(m / u)`, rounded to a tenth of a bit so the table reads cleanly.
fn bits(m: f64, u: f64) -> f32 {
    ((m / u).log2() * 10.0).round() as f32 / 10.0
}

/// Weights for comparing people.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PersonWeights {
    pub first: NameWeights,
    pub last: NameWeights,
    /// A shared normalised email; less when many records share it (a family or team box).
    pub email_shared: f32,
    /// Both have emails and none is shared.
    pub email_differs: f32,
    pub phone_shared: f32,
    /// A shared phone between two people of one company: colleagues share office lines, so
    /// given the same employer a shared phone says much less.
    pub phone_shared_colleagues: f32,
    pub phone_differs: f32,
    /// The least a shared email or phone counts for, however many records share it.
    pub shared_floor: f32,
    pub company_same: f32,
    /// Company names within a typo or two ("Romashka" / "Romashkа Group").
    pub company_close: f32,
    pub company_differs: f32,
    pub city_same: f32,
    pub city_differs: f32,
    /// Weight at which confidence is 0.5.
    pub offset: f32,
}

impl Default for PersonWeights {
    fn default() -> Self {
        Self {
            first: NameWeights {
                // Duplicates keep the given name ~88 % of the time; two different people in a
                // block share it ~2 % of the time.
                exact: bits(0.88, 0.02),
                // Transliteration variants (Aleksandr/Alexander): common in duplicates (4 %),
                // rare by chance (0.2 %).
                sounds_alike: bits(0.04, 0.002),
                short_form: bits(0.03, 0.002),
                typo: bits(0.03, 0.004),
                // "S." against "Sergey": agrees with either hypothesis about equally.
                initial: bits(0.02, 0.02),
                // Aleksandr/Aleksandra, Oleg/Olga: spouses and siblings, almost never one person.
                gender_variant: bits(0.001, 0.03),
                // Different given names: a different person (relatives, colleagues).
                different: bits(0.002, 0.9),
            },
            last: NameWeights {
                exact: bits(0.85, 0.006),
                sounds_alike: bits(0.06, 0.001),
                short_form: 0.0,
                typo: bits(0.04, 0.003),
                initial: 0.0,
                // Ivanov/Ivanova: a couple or siblings.
                gender_variant: bits(0.004, 0.03),
                // Surnames change (marriage) but rarely within one CRM.
                different: bits(0.04, 0.95),
            },
            email_shared: bits(0.5, 0.0001),
            email_differs: bits(0.3, 0.95),
            phone_shared: bits(0.5, 0.0005),
            phone_shared_colleagues: bits(0.5, 0.03),
            phone_differs: bits(0.3, 0.95),
            shared_floor: 2.0,
            // Two records of one person name the same employer 70 % of the time; two random
            // people share an employer far less than 1 % of the time.
            company_same: bits(0.7, 0.003),
            company_close: bits(0.05, 0.005),
            company_differs: bits(0.2, 0.8),
            city_same: bits(0.85, 0.35),
            city_differs: bits(0.1, 0.65),
            offset: 14.0,
        }
    }
}

/// Weights for comparing companies.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CompanyWeights {
    /// Same name after legal forms and script are folded.
    pub name_exact: f32,
    /// Names within typos, or equal as sets of words.
    pub name_close: f32,
    /// One name's words are the start of the other's ("Acme" / "Acme Consulting").
    pub name_prefix: f32,
    pub name_differs: f32,
    /// Both names carry a legal form and they differ (ООО against АО): in Russia the legal
    /// form is part of a company's identity.
    pub legal_form_differs: f32,
    pub domain_shared: f32,
    pub domain_differs: f32,
    pub phone_shared: f32,
    pub phone_differs: f32,
    pub shared_floor: f32,
    pub city_same: f32,
    pub city_differs: f32,
    pub country_same: f32,
    pub country_differs: f32,
    pub offset: f32,
}

impl Default for CompanyWeights {
    fn default() -> Self {
        Self {
            // Company names are far more distinctive than person names: two different
            // companies share a normalised name about once in 5,000 pairs (and then usually
            // in another city, which the city and country weights settle).
            name_exact: bits(0.8, 0.0005),
            name_close: bits(0.12, 0.001),
            name_prefix: bits(0.05, 0.01),
            // Duplicates with unrecognisably different names: rebrands, Latin against
            // Cyrillic names that do not transliterate, abbreviations.
            name_differs: bits(0.1, 0.98),
            legal_form_differs: bits(0.05, 0.4),
            // Two different companies with one website: subsidiaries, mostly.
            domain_shared: bits(0.6, 0.00002),
            domain_differs: bits(0.1, 0.9),
            phone_shared: bits(0.4, 0.0005),
            phone_differs: bits(0.3, 0.95),
            shared_floor: 2.0,
            city_same: bits(0.85, 0.3),
            city_differs: bits(0.1, 0.7),
            country_same: bits(0.97, 0.6),
            // Branches abroad are usually separate legal entities.
            country_differs: bits(0.03, 0.4),
            offset: 12.0,
        }
    }
}

/// The weight of a shared email, phone or domain that `sharers` records hold: a value only
/// two records share is full evidence; one shared by many (a switchboard, info@) loses one bit
/// per doubling, down to `floor`.
pub fn shared_weight(full: f32, sharers: u32, floor: f32) -> f32 {
    let extra = sharers.saturating_sub(1).max(1) as f32;
    (full - extra.log2()).max(floor)
}

/// Weight in bits to confidence in 0..=1.
pub fn confidence(weight: f32, offset: f32) -> f32 {
    1.0 / (1.0 + (offset - weight).exp2())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_have_the_intended_signs() {
        let w = PersonWeights::default();
        assert!(w.first.exact > w.first.sounds_alike && w.first.sounds_alike > 0.0);
        assert!(w.first.different < w.last.different && w.last.different < 0.0);
        assert!(w.first.gender_variant < 0.0 && w.last.gender_variant < 0.0);
        assert!(w.email_shared > w.phone_shared && w.phone_shared > w.company_same);
        assert!(w.phone_shared_colleagues < w.phone_shared / 2.0);
    }

    #[test]
    fn shared_values_lose_weight_with_more_sharers() {
        assert_eq!(shared_weight(12.0, 2, 2.0), 12.0);
        assert_eq!(shared_weight(12.0, 5, 2.0), 10.0);
        assert_eq!(shared_weight(12.0, 100_000, 2.0), 2.0);
    }

    #[test]
    fn confidence_is_even_at_the_offset() {
        assert!((confidence(14.0, 14.0) - 0.5).abs() < 1e-6);
        assert!(confidence(24.0, 14.0) > 0.99);
        assert!(confidence(4.0, 14.0) < 0.01);
    }
}
