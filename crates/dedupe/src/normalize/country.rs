//! Country names and codes as one code, for the countries Relata's users meet most.

use super::text::words;
use super::translit::to_latin;

/// (code, names it is written as, folded and transliterated).
const COUNTRIES: &[(&str, &[&str])] = &[
    (
        "ru",
        &[
            "ru",
            "rus",
            "russia",
            "rf",
            "russian federation",
            "rossiya",
            "rossiyskaya federatsiya",
        ],
    ),
    (
        "us",
        &[
            "us",
            "usa",
            "united states",
            "united states of america",
            "america",
            "ssha",
        ],
    ),
    (
        "gb",
        &[
            "gb",
            "uk",
            "united kingdom",
            "great britain",
            "england",
            "britain",
            "velikobritaniya",
        ],
    ),
    ("de", &["de", "germany", "deutschland", "germaniya"]),
    ("kz", &["kz", "kazakhstan"]),
    ("by", &["by", "belarus", "byelorussia"]),
    ("ua", &["ua", "ukraine", "ukraina"]),
    ("fr", &["fr", "france", "frantsiya"]),
    ("cn", &["cn", "china", "kitay"]),
    ("ca", &["ca", "canada", "kanada"]),
];

/// A country as its two-letter code when we know it, else its folded Latin name.
pub fn normalize_country(input: &str) -> String {
    let name = words(input)
        .iter()
        .map(|w| to_latin(w))
        .collect::<Vec<_>>()
        .join(" ");
    COUNTRIES
        .iter()
        .find(|(_, names)| names.contains(&name.as_str()))
        .map_or(name, |(code, _)| (*code).to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_any_script_become_codes() {
        for name in ["Russia", "Россия", "RU", "Российская Федерация"] {
            assert_eq!(normalize_country(name), "ru", "{name}");
        }
        assert_eq!(normalize_country("United Kingdom"), "gb");
        assert_eq!(normalize_country("Narnia"), "narnia");
    }
}
