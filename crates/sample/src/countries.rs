//! Where customers are: countries, their cities, currencies and telephone numbering.

use crate::names::Origin;
use crate::rng::Rng;

/// A country as sample data needs it.
#[derive(Debug)]
pub struct Country {
    pub name: &'static str,
    /// Its name as a Russian-speaking colleague types it into the country field.
    pub name_ru: &'static str,
    pub calling_code: &'static str,
    pub currency: &'static str,
    /// Whether most people there get Russian names and Russian-language notes.
    pub russian_speaking: bool,
    /// Top-level domain local companies choose most.
    pub tld: &'static str,
    pub cities: &'static [&'static str],
    /// Area codes (or mobile prefixes) and how many subscriber digits follow them.
    pub numbering: &'static [(&'static str, usize)],
    /// How the country's numbers are grouped after the area code.
    pub grouping: &'static [usize],
    /// Rough share of a CRM's companies here, for the benchmark data set.
    pub weight: u32,
}

impl Country {
    pub fn origin(&self) -> Origin {
        if self.russian_speaking {
            Origin::Russian
        } else {
            Origin::English
        }
    }

    /// The country name as someone there would write it in the CRM.
    pub fn local_name(&self) -> &'static str {
        if self.russian_speaking {
            self.name_ru
        } else {
            self.name
        }
    }
}

pub const COUNTRIES: &[Country] = &[
    Country {
        name: "Russia",
        name_ru: "Россия",
        calling_code: "7",
        currency: "RUB",
        russian_speaking: true,
        tld: "ru",
        cities: &[
            "Москва",
            "Санкт-Петербург",
            "Новосибирск",
            "Екатеринбург",
            "Казань",
            "Нижний Новгород",
            "Челябинск",
            "Самара",
            "Ростов-на-Дону",
            "Уфа",
            "Красноярск",
            "Пермь",
            "Воронеж",
            "Волгоград",
            "Краснодар",
            "Тюмень",
            "Иркутск",
            "Владивосток",
            "Ярославль",
            "Калининград",
            "Томск",
            "Мурманск",
            "Сочи",
            "Тула",
        ],
        numbering: &[
            ("916", 7),
            ("903", 7),
            ("925", 7),
            ("985", 7),
            ("921", 7),
            ("912", 7),
            ("495", 7),
            ("499", 7),
            ("812", 7),
            ("343", 7),
            ("383", 7),
            ("843", 7),
        ],
        grouping: &[3, 2, 2],
        weight: 40,
    },
    Country {
        name: "Kazakhstan",
        name_ru: "Казахстан",
        calling_code: "7",
        currency: "KZT",
        russian_speaking: true,
        tld: "kz",
        cities: &[
            "Алматы",
            "Астана",
            "Шымкент",
            "Караганда",
            "Атырау",
            "Актобе",
        ],
        numbering: &[("701", 7), ("705", 7), ("777", 7), ("727", 7), ("717", 7)],
        grouping: &[3, 2, 2],
        weight: 4,
    },
    Country {
        name: "Belarus",
        name_ru: "Беларусь",
        calling_code: "375",
        currency: "BYN",
        russian_speaking: true,
        tld: "by",
        cities: &["Минск", "Гомель", "Брест", "Гродно", "Витебск"],
        numbering: &[("29", 7), ("33", 7), ("44", 7), ("17", 7)],
        grouping: &[3, 2, 2],
        weight: 3,
    },
    Country {
        name: "United States",
        name_ru: "США",
        calling_code: "1",
        currency: "USD",
        russian_speaking: false,
        tld: "com",
        cities: &[
            "New York",
            "San Francisco",
            "Chicago",
            "Austin",
            "Seattle",
            "Boston",
            "Denver",
            "Atlanta",
            "Dallas",
            "Miami",
            "Portland",
            "Phoenix",
            "Minneapolis",
            "Pittsburgh",
            "Columbus",
            "San Diego",
        ],
        numbering: &[
            ("212", 7),
            ("415", 7),
            ("312", 7),
            ("512", 7),
            ("206", 7),
            ("617", 7),
            ("303", 7),
            ("404", 7),
            ("214", 7),
            ("305", 7),
        ],
        grouping: &[3, 4],
        weight: 20,
    },
    Country {
        name: "United Kingdom",
        name_ru: "Великобритания",
        calling_code: "44",
        currency: "GBP",
        russian_speaking: false,
        tld: "co.uk",
        cities: &[
            "London",
            "Manchester",
            "Birmingham",
            "Leeds",
            "Glasgow",
            "Edinburgh",
            "Bristol",
            "Reading",
            "Cambridge",
        ],
        numbering: &[("20", 8), ("161", 7), ("121", 7), ("113", 7), ("7700", 6)],
        grouping: &[4, 4],
        weight: 7,
    },
    Country {
        name: "Germany",
        name_ru: "Германия",
        calling_code: "49",
        currency: "EUR",
        russian_speaking: false,
        tld: "de",
        cities: &[
            "Berlin",
            "Hamburg",
            "Munich",
            "Cologne",
            "Frankfurt",
            "Stuttgart",
            "Düsseldorf",
            "Leipzig",
        ],
        numbering: &[("30", 7), ("40", 7), ("89", 7), ("221", 7), ("151", 8)],
        grouping: &[3, 4],
        weight: 7,
    },
    Country {
        name: "Netherlands",
        name_ru: "Нидерланды",
        calling_code: "31",
        currency: "EUR",
        russian_speaking: false,
        tld: "nl",
        cities: &[
            "Amsterdam",
            "Rotterdam",
            "Utrecht",
            "Eindhoven",
            "The Hague",
        ],
        numbering: &[("20", 7), ("10", 7), ("6", 8)],
        grouping: &[3, 4],
        weight: 3,
    },
    Country {
        name: "France",
        name_ru: "Франция",
        calling_code: "33",
        currency: "EUR",
        russian_speaking: false,
        tld: "fr",
        cities: &["Paris", "Lyon", "Marseille", "Toulouse", "Lille", "Nantes"],
        numbering: &[("1", 8), ("4", 8), ("6", 8)],
        grouping: &[2, 2, 2, 2],
        weight: 3,
    },
    Country {
        name: "Poland",
        name_ru: "Польша",
        calling_code: "48",
        currency: "EUR",
        russian_speaking: false,
        tld: "pl",
        cities: &["Warsaw", "Kraków", "Wrocław", "Gdańsk", "Poznań"],
        numbering: &[("22", 7), ("12", 7), ("601", 6)],
        grouping: &[3, 2, 2],
        weight: 3,
    },
    Country {
        name: "Canada",
        name_ru: "Канада",
        calling_code: "1",
        currency: "USD",
        russian_speaking: false,
        tld: "ca",
        cities: &["Toronto", "Vancouver", "Montreal", "Calgary", "Ottawa"],
        numbering: &[("416", 7), ("604", 7), ("514", 7), ("403", 7)],
        grouping: &[3, 4],
        weight: 3,
    },
    Country {
        name: "Serbia",
        name_ru: "Сербия",
        calling_code: "381",
        currency: "EUR",
        russian_speaking: false,
        tld: "rs",
        cities: &["Belgrade", "Novi Sad", "Niš"],
        numbering: &[("11", 7), ("21", 7), ("63", 7)],
        grouping: &[3, 4],
        weight: 2,
    },
    Country {
        name: "Cyprus",
        name_ru: "Кипр",
        calling_code: "357",
        currency: "EUR",
        russian_speaking: false,
        tld: "com.cy",
        cities: &["Limassol", "Nicosia", "Larnaca", "Paphos"],
        numbering: &[("25", 6), ("22", 6), ("99", 6)],
        grouping: &[3, 3],
        weight: 2,
    },
    Country {
        name: "United Arab Emirates",
        name_ru: "ОАЭ",
        calling_code: "971",
        currency: "USD",
        russian_speaking: false,
        tld: "ae",
        cities: &["Dubai", "Abu Dhabi", "Sharjah"],
        numbering: &[("4", 7), ("2", 7), ("50", 7)],
        grouping: &[3, 4],
        weight: 2,
    },
    Country {
        name: "Sweden",
        name_ru: "Швеция",
        calling_code: "46",
        currency: "EUR",
        russian_speaking: false,
        tld: "se",
        cities: &["Stockholm", "Gothenburg", "Malmö", "Uppsala"],
        numbering: &[("8", 7), ("31", 7), ("70", 7)],
        grouping: &[3, 2, 2],
        weight: 1,
    },
    Country {
        name: "Spain",
        name_ru: "Испания",
        calling_code: "34",
        currency: "EUR",
        russian_speaking: false,
        tld: "es",
        cities: &["Madrid", "Barcelona", "Valencia", "Seville", "Bilbao"],
        numbering: &[("91", 7), ("93", 7), ("96", 7), ("6", 8)],
        grouping: &[3, 2, 2],
        weight: 2,
    },
    Country {
        name: "Italy",
        name_ru: "Италия",
        calling_code: "39",
        currency: "EUR",
        russian_speaking: false,
        tld: "it",
        cities: &["Milan", "Rome", "Turin", "Bologna", "Naples"],
        numbering: &[("02", 8), ("06", 8), ("051", 7), ("3", 9)],
        grouping: &[4, 4],
        weight: 2,
    },
    Country {
        name: "Finland",
        name_ru: "Финляндия",
        calling_code: "358",
        currency: "EUR",
        russian_speaking: false,
        tld: "fi",
        cities: &["Helsinki", "Espoo", "Tampere", "Lappeenranta", "Turku"],
        numbering: &[("9", 7), ("5", 7), ("40", 7)],
        grouping: &[3, 4],
        weight: 1,
    },
    Country {
        name: "Australia",
        name_ru: "Австралия",
        calling_code: "61",
        currency: "USD",
        russian_speaking: false,
        tld: "com.au",
        cities: &["Sydney", "Melbourne", "Brisbane", "Perth"],
        numbering: &[("2", 8), ("3", 8), ("4", 8)],
        grouping: &[4, 4],
        weight: 1,
    },
];

/// A valid number of the country in one of the ways people type numbers, so that the store's
/// normalisation to E.164 is exercised: `+7 (916) 123-45-67`, `8 916 1234567`,
/// `+1-415-555-0142`, `+442079460958`.
///
/// The national `8 …` form only appears for `+7` numbers when the workspace's own default
/// calling code is `7`, where it means the same number.
pub fn phone(rng: &mut Rng, country: &Country, default_calling_code: &str) -> String {
    let (area, digits) = *rng.pick(country.numbering);
    let subscriber: String = (0..digits)
        .map(|i| {
            // A subscriber number never starts with 0 or 1 in these plans.
            let low = if i == 0 { 2 } else { 0 };
            char::from(b'0' + rng.between(low, 9) as u8)
        })
        .collect();
    let code = country.calling_code;
    let grouped = group(&subscriber, country.grouping);
    let national_ok = code == "7" && default_calling_code == "7";
    match rng.below(if national_ok { 6 } else { 5 }) {
        0 => format!("+{code}{area}{subscriber}"),
        1 => format!("+{code} ({area}) {}", grouped.join("-")),
        2 => format!("+{code} {area} {}", grouped.join(" ")),
        3 => format!("+{code}-{area}-{}", grouped.join("-")),
        4 => format!("00{code} {area} {subscriber}"),
        _ => format!("8 ({area}) {}", grouped.join("-")),
    }
}

/// Splits digits into groups of the given sizes; leftovers join the last group.
fn group(digits: &str, sizes: &[usize]) -> Vec<String> {
    let mut groups = Vec::new();
    let mut rest = digits;
    for (i, size) in sizes.iter().enumerate() {
        if rest.is_empty() {
            break;
        }
        let take = if i + 1 == sizes.len() {
            rest.len()
        } else {
            (*size).min(rest.len())
        };
        let (head, tail) = rest.split_at(take);
        groups.push(head.to_owned());
        rest = tail;
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use relata_domain::contact::parse_phone;

    #[test]
    fn every_generated_number_is_valid_e164() {
        let mut rng = Rng::new(11);
        for country in COUNTRIES {
            for default in ["7", "1"] {
                for _ in 0..200 {
                    let typed = phone(&mut rng, country, default);
                    let parsed = parse_phone(&typed, default)
                        .unwrap_or_else(|e| panic!("{typed} ({}): {e}", country.name));
                    assert!(
                        parsed.starts_with(&format!("+{}", country.calling_code)),
                        "{typed} became {parsed}"
                    );
                }
            }
        }
    }

    #[test]
    fn digits_are_grouped_as_locals_write_them() {
        assert_eq!(group("1234567", &[3, 2, 2]), ["123", "45", "67"]);
        assert_eq!(group("12345678", &[3, 4]), ["123", "45678"]);
    }
}
