//! Turning what people typed into forms that two records of one person or company share.
//!
//! Each function here has a twin in `relata-domain` (named in its doc comment); when the crate
//! joins the workspace the twins should be replaced by calls to the domain.

pub mod company_name;
pub mod country;
pub mod domain;
pub mod email;
pub mod nickname;
pub mod person_name;
pub mod phone;
pub mod phonetic;
pub mod text;
pub mod translit;

pub use company_name::{CompanyName, LegalKind, parse_company_name};
pub use country::normalize_country;
pub use domain::{is_free_mail, normalize_domain};
pub use email::normalize_email;
pub use person_name::{PersonName, parse_person_name};
pub use phone::normalize_phone;
pub use phonetic::{skeleton, spelling};

/// English names of Russian cities that differ from their transliteration, in [`spelling`]
/// form (exonym, transliteration).
const CITY_EXONYMS: &[(&str, &str)] = &[
    ("moskov", "moskva"),
    ("saint petersburg", "sankt peterburg"),
    ("st petersburg", "sankt peterburg"),
    ("spb", "sankt peterburg"),
    ("sankt petersburg", "sankt peterburg"),
    ("rostov on don", "rostov na donu"),
];

/// A city or other place name, folded, in Latin letters and normalised spelling, with the
/// common English names of Russian cities read as their transliteration ("Москва", "Moskva"
/// and "Moscow" are all `moskva`).
pub fn normalize_place(place: &str) -> String {
    let spelled = text::words(place)
        .iter()
        .map(|w| spelling(&translit::to_latin(w)))
        .collect::<Vec<_>>()
        .join(" ");
    CITY_EXONYMS
        .iter()
        .find(|(exonym, _)| *exonym == spelled)
        .map_or(spelled, |(_, native)| (*native).to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cities_meet_across_scripts_and_exonyms() {
        for city in ["Москва", "Moskva", "Moscow", "MOSCOW"] {
            assert_eq!(normalize_place(city), "moskva", "{city}");
        }
        for city in [
            "Санкт-Петербург",
            "Sankt-Peterburg",
            "St. Petersburg",
            "Saint Petersburg",
        ] {
            assert_eq!(normalize_place(city), "sankt peterburg", "{city}");
        }
        assert_eq!(
            normalize_place("Нижний Новгород"),
            normalize_place("Nizhnij Novgorod")
        );
    }
}
