//! Synthetic companies with planted duplicates and look-alikes.

use crate::record::CompanyKey;

use super::lexicon::{EN_COMPANY_TRADES, RU_COMPANY_TRADES};
use super::prng::Rng;
use super::spelling::{SCHEMES, romanise};
use super::truth::{Origin, Synthetic};
use super::world::{Company, CompanyFactory, Lang, PhoneBook, latin_legal};

/// Generated companies and the truth about them.
pub type SyntheticCompanies = Synthetic<CompanyKey>;

const DUPLICATE_RATE: f64 = 0.10;
const HARD_NEGATIVE_RATE: f64 = 0.08;

const DUP_KINDS: [&str; 5] = [
    "legal form / quotes",
    "transliteration",
    "domain written as a link",
    "phone format",
    "typo in name",
];
const HARD_KINDS: [&str; 3] = [
    "same name, other city",
    "sibling name, same city",
    "shared phone (business centre)",
];

/// How one record writes a company.
#[derive(Debug, Clone)]
struct Look {
    variant: usize,
    latin: bool,
    domain: Option<usize>,
    phone: Option<usize>,
    city: bool,
    country: Option<usize>,
}

struct Generator {
    rng: Rng,
    phones: PhoneBook,
    factory: CompanyFactory,
    out: SyntheticCompanies,
}

/// `n` company records, reproducible from `seed`, shuffled.
pub fn generate_companies(n: usize, seed: u64) -> SyntheticCompanies {
    let mut generator = Generator {
        rng: Rng::new(seed ^ 0xc0),
        phones: PhoneBook::default(),
        factory: CompanyFactory::default(),
        out: Synthetic::with_capacity(n + 4),
    };
    let mut entity = 0;
    while generator.out.records.len() < n {
        generator.family(entity);
        entity += 2;
    }
    let mut out = generator.out;
    let mut rng = generator.rng;
    out.truncate(n);
    out.shuffle(&mut rng, |company, id| company.id = u128::from(id));
    out
}

impl Generator {
    fn family(&mut self, base: u32) {
        let lang = if self.rng.chance(0.55) {
            Lang::Ru
        } else {
            Lang::En
        };
        let company = self.factory.make(lang, &mut self.rng, &mut self.phones);
        let look = Look {
            variant: self.rng.below(3),
            latin: false,
            domain: self.rng.chance(0.85).then(|| self.rng.below(5)),
            phone: self.rng.chance(0.7).then(|| self.rng.below(7)),
            city: self.rng.chance(0.9),
            country: self.rng.chance(0.6).then(|| self.rng.below(3)),
        };
        let record = render(&company, &look);
        let original = self.out.push(record, base, Origin::Original);
        if self.rng.chance(DUPLICATE_RATE) {
            let kind = *self.rng.pick(&DUP_KINDS);
            self.duplicate(&company, &look, kind, base, original);
        }
        if self.rng.chance(HARD_NEGATIVE_RATE) {
            let kind = *self.rng.pick(&HARD_KINDS);
            self.hard_negative(&company, kind, base + 1, original);
        }
    }

    fn duplicate(
        &mut self,
        company: &Company,
        look: &Look,
        kind: &'static str,
        entity: u32,
        of: u32,
    ) {
        let kind = if kind == "transliteration" && company.lang != Lang::Ru {
            DUP_KINDS[0]
        } else {
            kind
        };
        let mut dup = look.clone();
        dup.city = look.city && self.rng.chance(0.9);
        dup.country = self.rng.chance(0.5).then(|| self.rng.below(3));
        let mut company = company.clone();
        match kind {
            "legal form / quotes" | "transliteration" | "typo in name" => {
                dup.variant = (look.variant + 1 + self.rng.below(5)) % 6;
                dup.latin = kind == "transliteration";
                // Mostly linked by domain or phone; a fifth by name and city alone (not for
                // typos: a misspelt name with nothing else in common is not a fair test).
                let roll = self.rng.below(10);
                let by_name_only = roll >= 8 && kind != "typo in name";
                let mut by_domain = roll < 5 || (roll >= 8 && !by_name_only);
                if by_domain && look.domain.is_none() {
                    by_domain = false;
                } else if !by_domain && look.phone.is_none() && look.domain.is_some() {
                    by_domain = true;
                }
                let by_phone = !by_name_only && !by_domain && look.phone.is_some();
                let by_domain = !by_name_only && by_domain;
                dup.domain = by_domain.then(|| self.rng.below(5));
                dup.phone = by_phone.then(|| self.rng.below(7));
                if kind == "typo in name" {
                    company.core = typo_in_word(&company.core, &mut self.rng);
                }
            }
            "domain written as a link" => {
                dup.domain = Some(3 + self.rng.below(2));
                dup.phone = None;
            }
            _ => {
                dup.phone = Some((look.phone.unwrap_or(0) + 1 + self.rng.below(6)) % 7);
                dup.domain = None;
            }
        }
        let mut record = render(&company, &dup);
        if dup.latin {
            let scheme = *self.rng.pick(&SCHEMES);
            let legal = *self.rng.pick(latin_legal(company.legal));
            record.name = format!("{} {legal}", romanise(&company.core, scheme));
        }
        self.out
            .push(record, entity, Origin::Duplicate { kind, of });
    }

    fn hard_negative(&mut self, company: &Company, kind: &'static str, entity: u32, of: u32) {
        let other = match kind {
            "same name, other city" => {
                self.factory
                    .namesake(company, &mut self.rng, &mut self.phones)
            }
            "sibling name, same city" => {
                let sibling = sibling_name(company, &mut self.rng);
                self.factory.make_with(
                    company.lang,
                    Some(company.city),
                    Some(sibling),
                    &mut self.rng,
                    &mut self.phones,
                )
            }
            _ => {
                let mut other = self.factory.make_with(
                    company.lang,
                    Some(company.city),
                    None,
                    &mut self.rng,
                    &mut self.phones,
                );
                other.office = company.office.clone();
                other
            }
        };
        let look = Look {
            variant: self.rng.below(3),
            latin: false,
            domain: self.rng.chance(0.85).then(|| self.rng.below(5)),
            phone: (kind.starts_with("shared phone") || self.rng.chance(0.7))
                .then(|| self.rng.below(7)),
            city: true,
            country: self.rng.chance(0.6).then(|| self.rng.below(3)),
        };
        self.out
            .push(render(&other, &look), entity, Origin::Hard { kind, of });
    }
}

fn render(company: &Company, look: &Look) -> CompanyKey {
    CompanyKey {
        id: 0,
        name: company.display(look.variant),
        domains: look
            .domain
            .map(|style| domain_as_typed(&company.domain, style))
            .into_iter()
            .collect(),
        phones: look
            .phone
            .map(|style| company.office.format(style))
            .into_iter()
            .collect(),
        city: look.city.then(|| company.city.name(look.latin, false)),
        country: look
            .country
            .map(|style| country_as_typed(company.city.country(), style)),
    }
}

fn domain_as_typed(domain: &str, style: usize) -> String {
    match style % 5 {
        0 => domain.to_owned(),
        1 => format!("www.{domain}"),
        2 => format!("https://{domain}"),
        3 => format!("https://www.{domain}/"),
        _ => format!("http://www.{}/about", domain.to_uppercase()),
    }
}

fn country_as_typed(country: &str, style: usize) -> String {
    let forms: &[&str] = match country {
        "Россия" => &["Россия", "Russia", "RU"],
        "United Kingdom" => &["United Kingdom", "UK", "GB"],
        "Canada" => &["Canada", "CA", "Canada"],
        _ => &["USA", "United States", "US"],
    };
    forms[style % forms.len()].to_owned()
}

/// Another company whose name starts the same: "Blue River Logistics" / "Blue River
/// Consulting", "Северный Ветер" / "Северный Ветерстрой".
fn sibling_name(company: &Company, rng: &mut Rng) -> String {
    let words: Vec<&str> = company.core.split(' ').collect();
    match company.lang {
        Lang::En if words.len() >= 3 => {
            let mut trade = *rng.pick(EN_COMPANY_TRADES);
            while trade == words[2] {
                trade = *rng.pick(EN_COMPANY_TRADES);
            }
            format!("{} {} {trade}", words[0], words[1])
        }
        Lang::En => format!("{} {}", company.core, rng.pick(EN_COMPANY_TRADES)),
        Lang::Ru => {
            let trade = rng.pick(RU_COMPANY_TRADES).to_lowercase();
            if company.core.ends_with(&trade) {
                format!("{} Групп", company.core)
            } else {
                format!("{}{trade}", company.core)
            }
        }
    }
}

/// One slip in one letter of a company name, keeping the first letter.
fn typo_in_word(name: &str, rng: &mut Rng) -> String {
    let mut chars: Vec<char> = name.chars().collect();
    let letters: Vec<usize> = (1..chars.len())
        .filter(|i| chars[*i].is_alphabetic())
        .collect();
    if letters.len() < 3 {
        return name.to_owned();
    }
    let i = *rng.pick(&letters);
    match rng.below(3) {
        0 => {
            chars.remove(i);
        }
        1 => chars.insert(i, chars[i]),
        _ if i + 1 < chars.len() && chars[i + 1].is_alphabetic() && chars[i] != chars[i + 1] => {
            chars.swap(i, i + 1)
        }
        _ => chars.insert(i, chars[i]),
    }
    chars.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generation_plants_duplicates_with_shared_entities() {
        let data = generate_companies(3_000, 9);
        assert_eq!(data.records.len(), 3_000);
        let mut duplicates = 0;
        for (i, origin) in data.origin.iter().enumerate() {
            if let Origin::Duplicate { of, .. } = origin {
                duplicates += 1;
                assert_eq!(data.entity[i], data.entity[*of as usize]);
            }
        }
        assert!((150..450).contains(&duplicates), "{duplicates}");
    }
}
