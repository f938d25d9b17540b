//! The shared scenery of a synthetic CRM: companies with domains, cities and office phones,
//! and phone numbers that never collide by accident.

use std::collections::HashSet;

use super::lexicon::{
    EN_CITIES, EN_COMPANY_ADJECTIVES, EN_COMPANY_NOUNS, EN_COMPANY_TRADES, EN_LEGAL_FORMS, EN_TLDS,
    RU_CITIES, RU_COMPANY_ADJECTIVES, RU_COMPANY_NOUNS, RU_COMPANY_TRADES, RU_LEGAL_FORMS, RU_TLDS,
};
use super::prng::{Rng, Zipf};
use super::spelling::{Scheme, romanise};

/// Russian or English-speaking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Ru,
    En,
}

/// A city by language and index into its lexicon list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct City {
    pub lang_ru: bool,
    pub index: usize,
}

impl City {
    /// The calling code of phones in this city.
    pub fn calling_code(self) -> &'static str {
        if self.lang_ru {
            "7"
        } else {
            EN_CITIES[self.index].1
        }
    }

    /// The name as a local would write it; `latin` writes Russian cities in Latin letters
    /// (a plain transliteration, or the English name when `english`).
    pub fn name(self, latin: bool, english: bool) -> String {
        if self.lang_ru {
            let (native, exonym) = RU_CITIES[self.index];
            match (latin, english, exonym) {
                (false, _, _) => native.to_owned(),
                (true, true, Some(exonym)) => exonym.to_owned(),
                (true, _, _) => romanise(native, Scheme::Bgn),
            }
        } else {
            EN_CITIES[self.index].0.to_owned()
        }
    }

    pub fn country(self) -> &'static str {
        match (self.lang_ru, self.calling_code()) {
            (true, _) => "Россия",
            (false, "44") => "United Kingdom",
            (false, _) if EN_CITIES[self.index].0 == "Toronto" => "Canada",
            _ => "USA",
        }
    }
}

/// A phone number as calling code plus national digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Phone {
    pub code: &'static str,
    pub national: String,
}

impl Phone {
    /// One of several ways people type this number.
    pub fn format(&self, style: usize) -> String {
        let n = &self.national;
        match (self.code, n.len()) {
            ("7", 10) => {
                let (a, b, c, d) = (&n[..3], &n[3..6], &n[6..8], &n[8..]);
                match style % 7 {
                    0 => format!("+7 {a} {b}-{c}-{d}"),
                    1 => format!("8 ({a}) {b}-{c}-{d}"),
                    2 => format!("+7{n}"),
                    3 => format!("8{n}"),
                    4 => format!("{a} {b} {c} {d}"),
                    5 => format!("+7 ({a}) {b} {c} {d}"),
                    _ => format!("8-{a}-{b}-{c}-{d}"),
                }
            }
            ("1", 10) => {
                let (a, b, c) = (&n[..3], &n[3..6], &n[6..]);
                match style % 4 {
                    0 => format!("+1 ({a}) {b}-{c}"),
                    1 => format!("+1 {a} {b} {c}"),
                    2 => format!("+1{n}"),
                    _ => format!("001 {a} {b} {c}"),
                }
            }
            (code, _) => {
                let split = n.len().min(4);
                let (a, b) = n.split_at(split);
                match style % 3 {
                    0 => format!("+{code} {a} {b}"),
                    1 => format!("+{code}{n}"),
                    _ => format!("00{code} {a} {b}"),
                }
            }
        }
    }
}

/// A company of the synthetic world.
#[derive(Debug, Clone)]
pub struct Company {
    pub lang: Lang,
    /// The name without legal form: Cyrillic for Russian companies.
    pub core: String,
    pub legal: &'static str,
    pub domain: String,
    pub city: City,
    pub office: Phone,
}

impl Company {
    /// The name as one record or another writes it.
    pub fn display(&self, variant: usize) -> String {
        let (core, legal) = (&self.core, self.legal);
        match self.lang {
            Lang::Ru => match variant % 6 {
                0 | 1 => format!("{legal} «{core}»"),
                2 => format!("{legal} \"{core}\""),
                3 => core.clone(),
                4 => format!("{} {}", romanise(core, Scheme::Bgn), latin_legal(legal)[0]),
                _ => format!("{legal} {core}"),
            },
            Lang::En => match variant % 4 {
                0 | 1 => format!("{core} {legal}"),
                2 => core.clone(),
                _ => format!("{core}, {legal}"),
            },
        }
    }

    /// The name in Latin letters (for domains and Latin-written records).
    pub fn latin_core(&self) -> String {
        match self.lang {
            Lang::Ru => romanise(&self.core, Scheme::Bgn),
            Lang::En => self.core.clone(),
        }
    }
}

/// How a Russian legal form is written in Latin letters.
pub fn latin_legal(legal: &str) -> &'static [&'static str] {
    match legal {
        "ООО" => &["LLC", "OOO", "Ltd"],
        "АО" => &["JSC", "AO"],
        "ПАО" => &["PJSC", "PAO"],
        _ => &["CJSC", "ZAO"],
    }
}

/// Hands out phone numbers: a bijection of a counter over the national number space, so
/// numbers look random but never repeat.
#[derive(Debug, Clone, Default)]
pub struct PhoneBook {
    next: u64,
}

impl PhoneBook {
    fn digits(&mut self, modulus: u64) -> u64 {
        self.next += 1;
        // 7_919 is prime to 10, so multiplying permutes 0..10^k.
        (self.next.wrapping_mul(7_919_003) + 12_345) % modulus
    }

    pub fn mobile(&mut self, city: City, rng: &mut Rng) -> Phone {
        if city.lang_ru {
            return Phone {
                code: "7",
                national: format!("9{:09}", self.digits(1_000_000_000)),
            };
        }
        match city.calling_code() {
            "44" => Phone {
                code: "44",
                national: format!("7{:09}", self.digits(1_000_000_000)),
            },
            _ => Phone {
                code: "1",
                national: format!(
                    "{}{:07}",
                    rng.pick(EN_CITIES[city.index].2),
                    self.digits(10_000_000)
                ),
            },
        }
    }

    pub fn office(&mut self, city: City, rng: &mut Rng) -> Phone {
        if city.lang_ru {
            const AREAS: [&str; 4] = ["495", "499", "812", "343"];
            return Phone {
                code: "7",
                national: format!("{}{:07}", rng.pick(&AREAS), self.digits(10_000_000)),
            };
        }
        let area = rng.pick(EN_CITIES[city.index].2);
        let width = 10 - area.len();
        Phone {
            code: city.calling_code(),
            national: format!("{area}{:0width$}", self.digits(10u64.pow(width as u32))),
        }
    }
}

/// Picks cities with a Zipf skew (capitals first).
#[derive(Debug, Clone)]
pub struct Cities {
    ru: Zipf,
    en: Zipf,
}

impl Default for Cities {
    fn default() -> Self {
        Self {
            ru: Zipf::new(RU_CITIES.len(), 1.0),
            en: Zipf::new(EN_CITIES.len(), 0.8),
        }
    }
}

impl Cities {
    pub fn draw(&self, lang: Lang, rng: &mut Rng) -> City {
        match lang {
            Lang::Ru => City {
                lang_ru: true,
                index: self.ru.sample(rng),
            },
            Lang::En => City {
                lang_ru: false,
                index: self.en.sample(rng),
            },
        }
    }
}

/// Makes companies whose (name, city) and domain are unique, so that two companies of the
/// synthetic world are never indistinguishable.
#[derive(Debug, Default)]
pub struct CompanyFactory {
    taken: HashSet<(String, City)>,
    domains: HashSet<String>,
    pub cities: Cities,
}

impl CompanyFactory {
    pub fn make(&mut self, lang: Lang, rng: &mut Rng, phones: &mut PhoneBook) -> Company {
        self.make_with(lang, None, None, rng, phones)
    }

    /// A company with a given city and/or name; what is not given is drawn. A (name, city)
    /// already taken gets another name (or, for a given name, a "Group" added).
    pub fn make_with(
        &mut self,
        lang: Lang,
        city: Option<City>,
        core: Option<String>,
        rng: &mut Rng,
        phones: &mut PhoneBook,
    ) -> Company {
        let mut attempt = 0;
        let (city, core) = loop {
            attempt += 1;
            let city = city.unwrap_or_else(|| self.cities.draw(lang, rng));
            let mut name = core.clone().unwrap_or_else(|| company_core(lang, rng));
            if core.is_some() && attempt > 1 {
                name = format!(
                    "{name} {}",
                    if lang == Lang::Ru {
                        "Групп"
                    } else {
                        "Group"
                    }
                );
            }
            if !self.taken.contains(&(name.clone(), city)) || attempt >= 50 {
                break (city, name);
            }
        };
        self.taken.insert((core.clone(), city));
        let legal = match lang {
            Lang::Ru => *rng.pick(RU_LEGAL_FORMS),
            Lang::En => *rng.pick(EN_LEGAL_FORMS),
        };
        let mut company = Company {
            lang,
            core,
            legal,
            domain: String::new(),
            city,
            office: phones.office(city, rng),
        };
        company.domain = self.domain_for(&company, rng);
        company
    }

    /// A company of the same name in another city, with its own domain and phone (a
    /// namesake, not a branch).
    pub fn namesake(&mut self, of: &Company, rng: &mut Rng, phones: &mut PhoneBook) -> Company {
        let mut city = self.cities.draw(of.lang, rng);
        for _ in 0..20 {
            if city != of.city && !self.taken.contains(&(of.core.clone(), city)) {
                break;
            }
            city = self.cities.draw(of.lang, rng);
        }
        self.taken.insert((of.core.clone(), city));
        let mut company = Company {
            lang: of.lang,
            core: of.core.clone(),
            legal: of.legal,
            domain: String::new(),
            city,
            office: phones.office(city, rng),
        };
        company.domain = self.domain_for(&company, rng);
        company
    }

    fn domain_for(&mut self, company: &Company, rng: &mut Rng) -> String {
        let stem: String = company
            .latin_core()
            .to_lowercase()
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect();
        let tld = match company.lang {
            Lang::Ru => *rng.pick(&RU_TLDS[..4]),
            Lang::En => *rng.pick(EN_TLDS),
        };
        let mut domain = format!("{stem}.{tld}");
        let mut n = 1;
        while self.domains.contains(&domain) {
            n += 1;
            domain = format!("{stem}{n}.{tld}");
        }
        self.domains.insert(domain.clone());
        domain
    }
}

fn company_core(lang: Lang, rng: &mut Rng) -> String {
    match lang {
        Lang::Ru => {
            let (adj, noun, trade) = (
                rng.pick(RU_COMPANY_ADJECTIVES),
                rng.pick(RU_COMPANY_NOUNS),
                rng.pick(RU_COMPANY_TRADES),
            );
            // Weighted toward the largest pattern, so names rarely repeat by chance.
            match rng.below(10) {
                0 => format!("{adj} {noun}"),
                1 => format!("{noun}{}", trade.to_lowercase()),
                _ => format!("{adj} {noun}{}", trade.to_lowercase()),
            }
        }
        Lang::En => {
            let (adj, noun, trade) = (
                rng.pick(EN_COMPANY_ADJECTIVES),
                rng.pick(EN_COMPANY_NOUNS),
                rng.pick(EN_COMPANY_TRADES),
            );
            if rng.chance(0.05) {
                format!("{adj} {noun}")
            } else {
                format!("{adj} {noun} {trade}")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize_phone;

    #[test]
    fn every_phone_format_normalises_to_one_number() {
        let phones = [
            Phone {
                code: "7",
                national: "9161234567".into(),
            },
            Phone {
                code: "1",
                national: "4155552671".into(),
            },
            Phone {
                code: "44",
                national: "7911123456".into(),
            },
        ];
        for phone in phones {
            let expected = format!("+{}{}", phone.code, phone.national);
            for style in 0..7 {
                let typed = phone.format(style);
                assert_eq!(
                    normalize_phone(&typed, "7"),
                    Some(expected.clone()),
                    "{typed}"
                );
            }
        }
    }

    #[test]
    fn phone_book_never_repeats() {
        let mut book = PhoneBook::default();
        let mut rng = Rng::new(3);
        let city = City {
            lang_ru: true,
            index: 0,
        };
        let numbers: HashSet<Phone> = (0..10_000).map(|_| book.mobile(city, &mut rng)).collect();
        assert_eq!(numbers.len(), 10_000);
    }
}
