//! Synthetic people with planted duplicates and hard negatives, and the truth about them.

use std::collections::HashSet;

use crate::normalize::normalize_email;
use crate::record::PersonKey;

use super::lexicon::{
    EN_FEMALE_FIRST, EN_MAIL, EN_MALE_FIRST, EN_SURNAMES, GENDER_PAIRS, RU_FEMALE_FIRST, RU_MAIL,
    RU_MALE_FIRST, RU_SURNAMES, SHORT_FORMS,
};
use super::prng::{Rng, Zipf};
use super::spelling::{CONVENTIONAL, SCHEMES, Scheme, romanise};
use super::truth::{Origin, Synthetic};
use super::world::{City, Company, CompanyFactory, Lang, Phone, PhoneBook};

/// How a planted duplicate differs from its original.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DupKind {
    /// Same person re-entered: email case, phone format, company legal form change.
    Reformatted,
    /// The Gmail address written with other dots, a plus tag or capitals.
    GmailVariant,
    /// Only the phone links them (other email, phone typed differently).
    PhoneOnly,
    /// A typo in the first or last name; shares an email or phone.
    NameTypo,
    /// Cyrillic against Latin, or two Latin schemes; shares a phone, an email or the company.
    Transliteration,
    /// First and last name swapped, or both typed into one field in the other order.
    SwappedOrder,
    /// A short form of the given name (Bob, Саша); shares an email or phone.
    ShortForm,
    /// Same name at the same company, but different email and phone (business card vs web form).
    CompanyOnly,
}

impl DupKind {
    pub fn label(self) -> &'static str {
        match self {
            Self::Reformatted => "reformatted copy",
            Self::GmailVariant => "gmail dots / plus tag",
            Self::PhoneOnly => "phone only in common",
            Self::NameTypo => "typo in name",
            Self::Transliteration => "transliteration",
            Self::SwappedOrder => "swapped name order",
            Self::ShortForm => "short form of given name",
            Self::CompanyOnly => "same name + company only",
        }
    }
}

pub const DUP_KINDS: [DupKind; 8] = [
    DupKind::Reformatted,
    DupKind::GmailVariant,
    DupKind::PhoneOnly,
    DupKind::NameTypo,
    DupKind::Transliteration,
    DupKind::SwappedOrder,
    DupKind::ShortForm,
    DupKind::CompanyOnly,
];

/// Different people planted next to a record because they look alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum HardKind {
    /// Same family name (gendered form), other given name; may share a phone or a city.
    Relative,
    /// Spouse or sibling with the other-gender form of the same name (Aleksandr/Aleksandra).
    GenderTwin,
    /// Same company, other name, often the same office phone.
    Colleague,
    /// Same company and family name, other given name.
    SameSurnameColleague,
    /// Same full name, otherwise unrelated (half in the same city).
    Namesake,
}

impl HardKind {
    pub fn label(self) -> &'static str {
        match self {
            Self::Relative => "relative (same surname)",
            Self::GenderTwin => "relative (Aleksandr/Aleksandra)",
            Self::Colleague => "colleague",
            Self::SameSurnameColleague => "colleague with same surname",
            Self::Namesake => "namesake",
        }
    }
}

pub const HARD_KINDS: [HardKind; 5] = [
    HardKind::Relative,
    HardKind::GenderTwin,
    HardKind::Colleague,
    HardKind::SameSurnameColleague,
    HardKind::Namesake,
];

/// Generated people and the truth about them.
pub type SyntheticPeople = Synthetic<PersonKey>;

/// Share of originals that get a duplicate, a second duplicate, and a hard negative.
const DUPLICATE_RATE: f64 = 0.10;
const SECOND_DUPLICATE_RATE: f64 = 0.15;
const HARD_NEGATIVE_RATE: f64 = 0.08;
/// People per company on average (people without a company included).
const PEOPLE_PER_COMPANY: usize = 20;

/// The real person behind records.
#[derive(Debug, Clone)]
struct Identity {
    lang: Lang,
    female: bool,
    /// Given and family name in the native script (Cyrillic for Russians).
    first: String,
    last: String,
    /// The family name's male form (Russian surnames change with gender).
    last_male: String,
    company: Option<usize>,
    city: City,
    mobile: Option<Phone>,
    /// Lists the company's office line as well.
    office: bool,
    work_email: Option<String>,
    personal_email: Option<String>,
}

/// How one record writes an identity.
#[derive(Debug, Clone)]
struct Look {
    /// `None`: native script; `Some`: Russian written in Latin by a scheme.
    scheme: Option<Scheme>,
    conventional: bool,
    phone_style: usize,
    company_variant: usize,
    upper_email: bool,
    emails: Vec<String>,
    phones: Vec<Phone>,
    company: bool,
    city: bool,
    english_city: bool,
}

struct Generator {
    rng: Rng,
    phones: PhoneBook,
    factory: CompanyFactory,
    companies: Vec<Company>,
    company_draw: Zipf,
    emails: HashSet<String>,
    /// (company name, first, last): no two people at companies of one name share a full
    /// name. Such a pair would be undecidable from these fields, for people and matcher alike.
    colleagues: HashSet<(String, String, String)>,
    names: NameDraws,
    out: SyntheticPeople,
}

struct NameDraws {
    ru_male: Zipf,
    ru_female: Zipf,
    ru_last: Zipf,
    en_male: Zipf,
    en_female: Zipf,
    en_last: Zipf,
}

/// `n` people (records), reproducible from `seed`, shuffled.
pub fn generate_people(n: usize, seed: u64) -> SyntheticPeople {
    let mut rng = Rng::new(seed);
    let mut phones = PhoneBook::default();
    let mut factory = CompanyFactory::default();
    let company_count = (n / PEOPLE_PER_COMPANY).max(3);
    let companies: Vec<Company> = (0..company_count)
        .map(|_| {
            let lang = if rng.chance(0.55) { Lang::Ru } else { Lang::En };
            factory.make(lang, &mut rng, &mut phones)
        })
        .collect();
    let mut generator = Generator {
        rng,
        phones,
        factory,
        company_draw: Zipf::new(companies.len(), 0.7),
        companies,
        emails: HashSet::new(),
        colleagues: HashSet::new(),
        names: NameDraws {
            ru_male: Zipf::new(RU_MALE_FIRST.len(), 1.0),
            ru_female: Zipf::new(RU_FEMALE_FIRST.len(), 1.0),
            ru_last: Zipf::new(RU_SURNAMES.len(), 0.9),
            en_male: Zipf::new(EN_MALE_FIRST.len(), 1.0),
            en_female: Zipf::new(EN_FEMALE_FIRST.len(), 1.0),
            en_last: Zipf::new(EN_SURNAMES.len(), 0.9),
        },
        out: Synthetic::with_capacity(n + 8),
    };
    let mut entity = 0u32;
    while generator.out.records.len() < n {
        generator.family(entity);
        entity += 3;
    }
    let mut out = generator.out;
    let mut rng = generator.rng;
    out.truncate(n);
    out.shuffle(&mut rng, |person, id| person.id = u128::from(id));
    out
}

impl Generator {
    /// An original, maybe its duplicates, maybe a look-alike. Entities `base..base+3`.
    fn family(&mut self, base: u32) {
        let identity = self.identity(None);
        let look = self.original_look(&identity);
        let original = self.push(&identity, &look, base, Origin::Original);
        if self.rng.chance(DUPLICATE_RATE) {
            let first = *self.rng.pick(&DUP_KINDS);
            self.duplicate(&identity, &look, first, base, original);
            if self.rng.chance(SECOND_DUPLICATE_RATE) {
                let second = *self.rng.pick(&DUP_KINDS);
                self.duplicate(&identity, &look, second, base, original);
            }
        }
        if self.rng.chance(HARD_NEGATIVE_RATE) {
            let kind = *self.rng.pick(&HARD_KINDS);
            self.hard_negative(&identity, kind, base + 1, original);
        }
    }

    fn push(&mut self, identity: &Identity, look: &Look, entity: u32, origin: Origin) -> u32 {
        let record = self.render(identity, look);
        self.push_record(record, entity, origin)
    }

    fn push_record(&mut self, record: PersonKey, entity: u32, origin: Origin) -> u32 {
        self.out.push(record, entity, origin)
    }

    fn draw_first(&mut self, lang: Lang, female: bool) -> String {
        let names = &self.names;
        match (lang, female) {
            (Lang::Ru, false) => RU_MALE_FIRST[names.ru_male.sample(&mut self.rng)],
            (Lang::Ru, true) => RU_FEMALE_FIRST[names.ru_female.sample(&mut self.rng)],
            (Lang::En, false) => EN_MALE_FIRST[names.en_male.sample(&mut self.rng)],
            (Lang::En, true) => EN_FEMALE_FIRST[names.en_female.sample(&mut self.rng)],
        }
        .to_owned()
    }

    /// A family name's male form.
    fn draw_last(&mut self, lang: Lang) -> String {
        match lang {
            Lang::Ru => RU_SURNAMES[self.names.ru_last.sample(&mut self.rng)],
            Lang::En => EN_SURNAMES[self.names.en_last.sample(&mut self.rng)],
        }
        .to_owned()
    }

    fn colleague_key(
        &self,
        company: usize,
        first: &str,
        last_male: &str,
    ) -> (String, String, String) {
        (
            self.companies[company].core.clone(),
            first.to_owned(),
            last_male.to_owned(),
        )
    }

    /// A new person; `company` forces an employer (for colleagues).
    fn identity(&mut self, company: Option<usize>) -> Identity {
        let company = company.or_else(|| {
            self.rng
                .chance(0.8)
                .then(|| self.company_draw.sample(&mut self.rng))
        });
        let lang = match company {
            Some(c) if self.rng.chance(0.9) => self.companies[c].lang,
            _ if self.rng.chance(0.55) => Lang::Ru,
            _ => Lang::En,
        };
        let female = self.rng.chance(0.5);
        let (mut first, mut last_male) = (self.draw_first(lang, female), self.draw_last(lang));
        if let Some(c) = company {
            for _ in 0..30 {
                if !self
                    .colleagues
                    .contains(&self.colleague_key(c, &first, &last_male))
                {
                    break;
                }
                first = self.draw_first(lang, female);
                last_male = self.draw_last(lang);
            }
            self.colleagues
                .insert(self.colleague_key(c, &first, &last_male));
        }
        let last = gendered(&last_male, lang, female);
        let city = match company {
            Some(c) if self.rng.chance(0.85) => self.companies[c].city,
            _ => self.factory.cities.draw(lang, &mut self.rng),
        };
        let mut identity = Identity {
            lang,
            female,
            first,
            last,
            last_male,
            company,
            city,
            mobile: self
                .rng
                .chance(0.85)
                .then(|| self.phones.mobile(city, &mut self.rng)),
            office: company.is_some() && self.rng.chance(0.25),
            work_email: None,
            personal_email: None,
        };
        self.give_emails(&mut identity);
        identity
    }

    fn give_emails(&mut self, identity: &mut Identity) {
        let work = identity.company.is_some() && self.rng.chance(0.8);
        if work {
            identity.work_email = Some(self.work_email(identity));
        }
        if !work || self.rng.chance(0.3) {
            identity.personal_email = Some(self.personal_email(identity));
        }
    }

    /// Name parts in Latin letters, lower case, as email addresses use them.
    fn latin_parts(&mut self, identity: &Identity) -> (String, String) {
        let scheme = *self.rng.pick(&[Scheme::Passport, Scheme::Bgn, Scheme::Bgn]);
        let latin = |s: &str| -> String {
            romanise(s, scheme)
                .to_lowercase()
                .chars()
                .filter(char::is_ascii_alphabetic)
                .collect()
        };
        (latin(&identity.first), latin(&identity.last))
    }

    fn unique_email(&mut self, local: String, domain: &str) -> String {
        let mut email = format!("{local}@{domain}");
        let mut n = 1;
        while !self
            .emails
            .insert(normalize_email(&email).unwrap_or_else(|| email.clone()))
        {
            n += 1;
            email = format!("{local}{n}@{domain}");
        }
        email
    }

    fn work_email(&mut self, identity: &Identity) -> String {
        let (first, last) = self.latin_parts(identity);
        let domain = self.companies[identity.company.unwrap_or_default()]
            .domain
            .clone();
        let initial = &first[..first.len().min(1)];
        let local = match self.rng.below(4) {
            0 | 1 => format!("{first}.{last}"),
            2 => format!("{initial}.{last}"),
            _ => format!("{initial}{last}"),
        };
        self.unique_email(local, &domain)
    }

    fn personal_email(&mut self, identity: &Identity) -> String {
        let (first, last) = self.latin_parts(identity);
        let domain = match identity.lang {
            Lang::Ru => *self.rng.pick(RU_MAIL),
            Lang::En => *self.rng.pick(EN_MAIL),
        };
        let year = 1960 + self.rng.below(45);
        let number = self.rng.below(100);
        let local = match self.rng.below(5) {
            0 => format!("{first}.{last}"),
            1 => format!("{first}.{last}{number}"),
            2 => format!("{last}{year}"),
            3 => format!("{first}_{last}{}", year % 100),
            _ => format!("{}{last}", &first[..1]),
        };
        self.unique_email(local, domain)
    }

    fn original_look(&mut self, identity: &Identity) -> Look {
        let latin_russian = identity.lang == Lang::Ru && self.rng.chance(0.25);
        let mut emails: Vec<String> = identity
            .work_email
            .iter()
            .chain(&identity.personal_email)
            .cloned()
            .collect();
        if emails.len() > 1 && self.rng.chance(0.3) {
            emails.truncate(1);
        }
        Look {
            scheme: latin_russian.then(|| *self.rng.pick(&SCHEMES)),
            conventional: self.rng.chance(0.3),
            phone_style: self.rng.below(7),
            company_variant: self.rng.below(3),
            upper_email: false,
            emails,
            phones: self.identity_phones(identity),
            company: true,
            city: self.rng.chance(0.9),
            english_city: self.rng.chance(0.5),
        }
    }

    fn identity_phones(&mut self, identity: &Identity) -> Vec<Phone> {
        let mut phones: Vec<Phone> = identity.mobile.iter().cloned().collect();
        if identity.office
            && let Some(c) = identity.company
        {
            phones.push(self.companies[c].office.clone());
        }
        phones
    }

    fn render(&mut self, identity: &Identity, look: &Look) -> PersonKey {
        let (first, last) = self.written_name(identity, look);
        let company = (look.company)
            .then(|| {
                identity
                    .company
                    .map(|c| self.companies[c].display(look.company_variant))
            })
            .flatten();
        let city = look
            .city
            .then(|| identity.city.name(look.scheme.is_some(), look.english_city));
        let emails = look
            .emails
            .iter()
            .map(|e| {
                if look.upper_email {
                    capitalise_email(e)
                } else {
                    e.clone()
                }
            })
            .collect();
        let phones = look
            .phones
            .iter()
            .map(|p| p.format(look.phone_style))
            .collect();
        PersonKey {
            id: 0,
            first_name: first,
            last_name: last,
            emails,
            phones,
            company,
            city,
        }
    }

    fn written_name(&self, identity: &Identity, look: &Look) -> (String, String) {
        match look.scheme {
            None => (identity.first.clone(), identity.last.clone()),
            Some(scheme) => {
                let conventional = CONVENTIONAL
                    .iter()
                    .find(|(native, _)| *native == identity.first)
                    .filter(|_| look.conventional)
                    .map(|(_, english)| (*english).to_owned());
                (
                    conventional.unwrap_or_else(|| romanise(&identity.first, scheme)),
                    romanise(&identity.last, scheme),
                )
            }
        }
    }
}

mod plant;

/// Female form of a Russian surname: Иванов → Иванова, Чайковский → Чайковская,
/// Толстой → Толстая; Шевченко and Черных do not change.
pub fn feminine_surname(male: &str) -> String {
    for (ending, female) in [
        ("ский", "ская"),
        ("цкий", "цкая"),
        ("ой", "ая"),
        ("ый", "ая"),
    ] {
        if let Some(stem) = male.strip_suffix(ending) {
            return format!("{stem}{female}");
        }
    }
    if ["ов", "ев", "ёв", "ин", "ын"]
        .iter()
        .any(|e| male.ends_with(e))
    {
        return format!("{male}а");
    }
    male.to_owned()
}

/// The family name for a man or a woman.
fn gendered(male: &str, lang: Lang, female: bool) -> String {
    if female && lang == Lang::Ru {
        feminine_surname(male)
    } else {
        male.to_owned()
    }
}

/// `Ivan.Petrov@Example.com`: how people capitalise addresses by hand.
fn capitalise_email(email: &str) -> String {
    let mut out = String::with_capacity(email.len());
    let mut start = true;
    for c in email.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        start = matches!(c, '.' | '@' | '_');
    }
    out
}

/// Given names with a known short form.
fn short_forms(first: &str) -> Option<&'static [&'static str]> {
    SHORT_FORMS
        .iter()
        .find(|(full, _)| *full == first)
        .map(|(_, short)| *short)
}

/// The other-gender form of a given name, if it has one.
fn gender_twin(first: &str) -> Option<&'static str> {
    GENDER_PAIRS.iter().find_map(|(m, f)| {
        if *m == first {
            Some(*f)
        } else if *f == first {
            Some(*m)
        } else {
            None
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feminine_surnames_follow_russian_rules() {
        assert_eq!(feminine_surname("Иванов"), "Иванова");
        assert_eq!(feminine_surname("Чайковский"), "Чайковская");
        assert_eq!(feminine_surname("Толстой"), "Толстая");
        assert_eq!(feminine_surname("Шевченко"), "Шевченко");
    }

    #[test]
    fn generation_is_deterministic_and_sized() {
        let a = generate_people(2_000, 5);
        let b = generate_people(2_000, 5);
        assert_eq!(a.records.len(), 2_000);
        assert_eq!(a.records, b.records);
        let duplicates = a
            .origin
            .iter()
            .filter(|o| matches!(o, Origin::Duplicate { .. }))
            .count();
        assert!((100..400).contains(&duplicates), "{duplicates}");
        for (i, origin) in a.origin.iter().enumerate() {
            if let Origin::Duplicate { of, .. } = origin {
                assert_eq!(a.entity[i], a.entity[*of as usize]);
            }
            if let Origin::Hard { of, .. } = origin {
                assert_ne!(a.entity[i], a.entity[*of as usize]);
            }
        }
    }
}
