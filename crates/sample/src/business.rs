//! The vocabulary of B2B sales: industries, job titles, company names and domains, deal
//! names, lead sources and why deals are lost, in English and Russian.

use std::collections::HashSet;

use crate::countries::Country;
use crate::names::{Romanization, ascii, romanize};
use crate::rng::{Rng, weighted};

/// Industries as `(English, Russian)`: a Russian-speaking team fills the field in Russian.
pub const INDUSTRIES: &[(&str, &str)] = &[
    ("Logistics", "Логистика"),
    ("Freight transport", "Грузоперевозки"),
    ("Warehousing", "Складские услуги"),
    ("Retail", "Розничная торговля"),
    ("E-commerce", "Электронная коммерция"),
    ("Wholesale distribution", "Оптовая торговля"),
    ("Food production", "Пищевое производство"),
    ("Beverages", "Производство напитков"),
    ("Agriculture", "Сельское хозяйство"),
    ("Manufacturing", "Производство"),
    ("Industrial equipment", "Промышленное оборудование"),
    ("Automotive", "Автомобильная отрасль"),
    ("Construction", "Строительство"),
    ("Building materials", "Строительные материалы"),
    ("Chemicals", "Химическая промышленность"),
    ("Pharmaceuticals", "Фармацевтика"),
    ("Medical devices", "Медицинская техника"),
    ("Healthcare", "Здравоохранение"),
    ("Energy", "Энергетика"),
    ("Oil and gas services", "Нефтесервис"),
    ("Metals and mining", "Металлургия и добыча"),
    ("Timber and paper", "Лесная и бумажная промышленность"),
    ("Electronics", "Электроника"),
    ("Software", "Разработка ПО"),
    ("IT services", "ИТ-услуги"),
    ("Telecommunications", "Телекоммуникации"),
    ("Financial services", "Финансовые услуги"),
    ("Insurance", "Страхование"),
    ("Real estate", "Недвижимость"),
    ("Hospitality", "Гостиничный бизнес"),
    ("Restaurants", "Общественное питание"),
    ("Education", "Образование"),
    ("Media", "Медиа"),
    ("Marketing services", "Маркетинговые услуги"),
    ("Consulting", "Консалтинг"),
    ("Furniture", "Мебельное производство"),
    ("Textiles and apparel", "Текстиль и одежда"),
    ("Cosmetics", "Косметика"),
    ("Consumer electronics", "Бытовая техника"),
    ("Packaging", "Упаковка"),
];

/// Job titles with how common they are among a B2B team's contacts.
pub const TITLES_EN: &[(&str, u32)] = &[
    ("Head of Logistics", 6),
    ("Operations Manager", 8),
    ("Procurement Manager", 7),
    ("Purchasing Specialist", 5),
    ("Chief Executive Officer", 3),
    ("Chief Operating Officer", 3),
    ("Chief Financial Officer", 3),
    ("Chief Technology Officer", 2),
    ("CIO", 2),
    ("IT Director", 4),
    ("IT Manager", 5),
    ("Supply Chain Director", 4),
    ("Supply Chain Analyst", 4),
    ("Warehouse Manager", 6),
    ("Fleet Manager", 4),
    ("Finance Director", 3),
    ("Controller", 2),
    ("Head of Sales", 3),
    ("Sales Manager", 5),
    ("Account Executive", 3),
    ("Marketing Manager", 3),
    ("Office Manager", 3),
    ("Executive Assistant", 2),
    ("Founder", 2),
    ("Managing Director", 3),
    ("VP Operations", 3),
    ("VP Engineering", 1),
    ("Director of Distribution", 2),
    ("Logistics Coordinator", 5),
    ("Business Analyst", 3),
    ("Project Manager", 4),
    ("Systems Administrator", 2),
    ("Legal Counsel", 2),
    ("Category Manager", 2),
    ("Customer Service Lead", 2),
    ("Transport Planner", 3),
    ("Inventory Planner", 2),
    ("Head of E-commerce", 2),
    ("Data Analyst", 2),
    ("Security Officer", 1),
];

pub const TITLES_RU: &[(&str, u32)] = &[
    ("Директор по логистике", 6),
    ("Руководитель отдела закупок", 7),
    ("Менеджер по закупкам", 6),
    ("Генеральный директор", 4),
    ("Коммерческий директор", 4),
    ("Финансовый директор", 3),
    ("Технический директор", 2),
    ("ИТ-директор", 4),
    ("Руководитель ИТ-отдела", 4),
    ("Начальник склада", 6),
    ("Заведующий складом", 3),
    ("Начальник транспортного отдела", 4),
    ("Руководитель службы доставки", 3),
    ("Операционный директор", 3),
    ("Главный бухгалтер", 3),
    ("Менеджер по продажам", 4),
    ("Руководитель отдела продаж", 3),
    ("Специалист по тендерам", 3),
    ("Юрист", 2),
    ("Офис-менеджер", 3),
    ("Помощник руководителя", 2),
    ("Системный администратор", 3),
    ("Аналитик", 2),
    ("Руководитель проектов", 4),
    ("Логист", 5),
    ("Диспетчер", 3),
    ("Директор по развитию", 3),
    ("Заместитель генерального директора", 2),
    ("Специалист по информационной безопасности", 1),
    ("Категорийный менеджер", 2),
];

pub const SOURCES: &[(&str, u32)] = &[
    ("Website", 30),
    ("Referral", 15),
    ("Cold outreach", 15),
    ("Trade show", 8),
    ("Partner", 8),
    ("Inbound call", 7),
    ("LinkedIn", 7),
    ("Webinar", 6),
    ("CSV import", 4),
];

pub const LOST_REASONS_EN: &[&str] = &[
    "Went with a cheaper competitor",
    "No budget this year",
    "Project put on hold",
    "Chose to build in-house",
    "Champion left the company",
    "Security review failed",
    "Timing: revisit next fiscal year",
    "Pilot did not show enough savings",
    "Lost in tender on price",
    "No response after proposal",
];

pub const LOST_REASONS_RU: &[&str] = &[
    "Выбрали более дешёвого конкурента",
    "Нет бюджета в этом году",
    "Проект заморожен",
    "Решили разрабатывать своими силами",
    "Наш контакт ушёл из компании",
    "Не прошли проверку службы безопасности",
    "Вернуться к вопросу в следующем году",
    "Пилот не показал нужной экономии",
    "Проиграли тендер по цене",
    "Пропали после коммерческого предложения",
];

pub const TAGS: &[(&str, u32)] = &[
    ("vip", 3),
    ("decision maker", 4),
    ("champion", 3),
    ("newsletter", 5),
    ("partner", 2),
    ("event 2025", 2),
    ("webinar", 2),
    ("key account", 2),
    ("do not call", 1),
    ("renewal risk", 1),
];

/// Free mail providers for people who gave a personal address. Reserved `.example` names, so
/// that generated addresses can never belong to someone real.
pub const FREE_MAIL_EN: &[&str] = &[
    "gmail.example",
    "outlook.example",
    "yahoo.example",
    "icloud.example",
    "proton.example",
];
pub const FREE_MAIL_RU: &[&str] = &[
    "yandex.example",
    "mail-ru.example",
    "gmail.example",
    "rambler.example",
    "bk.example",
];

const EN_PREFIXES: &str = "North South East West Blue Red Green Silver Golden Iron Stone River
    Lake Pine Oak Maple Cedar Summit Peak Bright Clear True Prime Apex Vertex Nova Astra Terra
    Aqua Solar Lumen Quantum Vector Atlas Orbit Harbor Bay Sky Star Fox Wolf Bear Eagle Falcon
    Hawk Copper Granite Crystal Amber Cobalt Ember Frost Willow Birch Aspen Meadow Prairie
    Canyon Coastal Highland Keystone Landmark Liberty Pioneer Frontier Heritage Sterling Royal
    Crown Bridge Tower Anchor Compass Beacon Signal Arrow Swift Rapid Bold Noble Grand Urban";
const EN_ROOTS: &str = "wind field bridge stone gate point line wave light path works forge
    haven crest ridge view brook wood water ford side bank port dale mark vale spring rock";
const EN_SECTORS: &str = "Logistics Analytics Foods Systems Labs Capital Partners Health
    Energy Software Robotics Media Solutions Consulting Manufacturing Retail Motors Pharma
    Networks Freight Supply Construction Engineering Designs Studios Distribution Trading
    Industries Technologies Dynamics Holdings Ventures Outfitters Brands Materials Packaging
    Foods Bakery Beverage Textiles Interiors Marine Aviation Security Data Cloud Payments";
const COINED_HEADS: &str = "Nex Vant Zen Lum Cor Tria Quor Ver Ax Sol Kin Oct Nov Plex Syn
    Tel Vir Omni Pra Elev Arc Cir Flux Hex Ion Jov Kal Lyr Myr Nim Or Pyx Rhe Sev Tav Ul Vel
    Wyn Xan Yor Zal Brev Cal Dax Ev Fal Gal";
const COINED_TAILS: &str = "ora ify io ex ara ium ova ent ics ity yx ara ela ano is ix
    ona era iva ust ium ata eon ix";

const RU_REGIONS: &str = "Урал Сиб Волга Дон Кама Нева Балт Север Юг Даль Прикам Амур Обь
    Енисей Печора Вятка Ока Кубань Алтай Байкал Центр Запад Восток Мос Питер Казань Самара";
const RU_SECTORS: &str = "тех пром строй снаб торг энерго транс мет агро хим лес газ инвест
    сервис монтаж комплект маш авто логистик медтех фарм продукт ресурс сталь кабель пласт
    стекло бетон нефть электро";
const RU_WORDS: &str = "Вектор Гранит Меридиан Альянс Прогресс Ресурс Партнёр Импульс Горизонт
    Стандарт Регион Магистраль Атлант Орион Сфера Кристалл Лидер Фаворит Эталон Феникс Омега
    Альфа Дельта Квант Спектр Сигма Навигатор Пульс Форпост Энергия Восток Полюс Арсенал
    Гарант Формула Базис Монолит Интеграл Контур Зенит Триумф Янтарь Рассвет Заря Символ
    Престиж Технология Основа Стимул Кредо Олимп Ладога Сокол Беркут Ирбис Кедр Мираж Атлас";
const RU_WORD_TAILS: &[(&str, u32)] = &[
    ("", 40),
    ("-М", 5),
    (" Плюс", 8),
    ("-Групп", 6),
    (" Сервис", 6),
    (" Трейд", 6),
    ("-Строй", 5),
    (" Логистик", 5),
    ("-Т", 3),
    (" Холдинг", 3),
    ("-Урал", 3),
    ("-Сибирь", 3),
    ("-Юг", 3),
];

/// A company's name and web domain, before the domain is made unique.
pub struct CompanyName {
    pub name: String,
    /// The part of the domain before the dot, in Latin letters (may contain a hyphen).
    pub slug: String,
    /// The same in Cyrillic, for the `.рф` domains some Russian companies use.
    pub native_slug: Option<String>,
}

fn split(list: &'static str) -> Vec<&'static str> {
    list.split_whitespace().collect()
}

/// Word lists for company names, split once.
pub struct CompanyNamer {
    en_prefixes: Vec<&'static str>,
    en_roots: Vec<&'static str>,
    en_sectors: Vec<&'static str>,
    coined_heads: Vec<&'static str>,
    coined_tails: Vec<&'static str>,
    ru_regions: Vec<&'static str>,
    ru_sectors: Vec<&'static str>,
    ru_words: Vec<&'static str>,
}

impl Default for CompanyNamer {
    fn default() -> Self {
        Self::new()
    }
}

impl CompanyNamer {
    pub fn new() -> CompanyNamer {
        CompanyNamer {
            en_prefixes: split(EN_PREFIXES),
            en_roots: split(EN_ROOTS),
            en_sectors: split(EN_SECTORS),
            coined_heads: split(COINED_HEADS),
            coined_tails: split(COINED_TAILS),
            ru_regions: split(RU_REGIONS),
            ru_sectors: split(RU_SECTORS),
            ru_words: split(RU_WORDS),
        }
    }

    /// A believable name for a company in `country`; `surname` is there for firms named after
    /// their founders.
    pub fn name(&self, rng: &mut Rng, country: &Country, surname: &str) -> CompanyName {
        if country.russian_speaking {
            self.russian(rng, surname)
        } else {
            self.english(rng, country, surname)
        }
    }

    fn english(&self, rng: &mut Rng, country: &Country, surname: &str) -> CompanyName {
        let sector = *rng.pick(&self.en_sectors);
        let (base, slug) = match rng.below(5) {
            0 | 1 => {
                let word = format!(
                    "{}{}",
                    rng.pick(&self.en_prefixes),
                    rng.pick(&self.en_roots)
                );
                let slug = ascii(&word);
                (format!("{word} {sector}"), slug)
            }
            2 => {
                let word = format!(
                    "{}{}",
                    rng.pick(&self.coined_heads),
                    rng.pick(&self.coined_tails)
                );
                (word.clone(), ascii(&word))
            }
            3 => {
                let prefix = *rng.pick(&self.en_prefixes);
                let root = *rng.pick(&self.en_roots);
                let name = format!(
                    "{prefix} {}{} {sector}",
                    &root[..1].to_uppercase(),
                    &root[1..]
                );
                (name, format!("{}-{}", ascii(prefix), ascii(root)))
            }
            _ => (
                format!("{surname} {sector}"),
                format!("{}{}", ascii(surname), ascii(sector)),
            ),
        };
        let legal = legal_form(rng, country.name);
        let name = if legal.is_empty() {
            base
        } else {
            format!("{base} {legal}")
        };
        CompanyName {
            name,
            slug,
            native_slug: None,
        }
    }

    fn russian(&self, rng: &mut Rng, surname: &str) -> CompanyName {
        let form = *weighted(
            rng,
            &[
                ("ООО", 70),
                ("АО", 12),
                ("ПАО", 2),
                ("ГК", 8),
                ("ТД", 5),
                ("ИП", 3),
            ],
        );
        if form == "ИП" {
            let first = *rng.pick(&["А.", "В.", "Д.", "Е.", "И.", "М.", "Н.", "О.", "С."]);
            let second = *rng.pick(&["А.", "В.", "Г.", "Д.", "И.", "Н.", "П.", "С."]);
            return CompanyName {
                name: format!("ИП {surname} {first} {second}"),
                slug: format!("ip-{}-{}{}", ascii(surname), ascii(first), ascii(second)),
                native_slug: None,
            };
        }
        let core = if rng.chance(0.5) {
            let region = *rng.pick(&self.ru_regions);
            let first = *rng.pick(&self.ru_sectors);
            let second = *rng.pick(&self.ru_sectors);
            if first == second || rng.chance(0.4) {
                format!("{region}{first}")
            } else {
                format!("{region}{first}{second}")
            }
        } else {
            format!(
                "{}{}",
                rng.pick(&self.ru_words),
                weighted(rng, RU_WORD_TAILS)
            )
        };
        let native: String = core
            .to_lowercase()
            .chars()
            .map(|c| if c == ' ' { '-' } else { c })
            .filter(|c| c.is_alphanumeric() || *c == '-')
            .collect();
        CompanyName {
            name: format!("{form} «{core}»"),
            slug: romanize(&native, Romanization::Common),
            native_slug: Some(native),
        }
    }
}

/// The legal suffix companies of a country carry; often left out, as people type names.
fn legal_form(rng: &mut Rng, country: &str) -> &'static str {
    if rng.chance(0.45) {
        return "";
    }
    let forms: &[&'static str] = match country {
        "United States" => &["Inc.", "LLC", "Co.", "Corp."],
        "United Kingdom" | "Cyprus" => &["Ltd", "Ltd.", "plc", "LLP"],
        "Germany" => &["GmbH", "GmbH & Co. KG", "AG"],
        "Netherlands" => &["B.V."],
        "France" => &["SAS", "SARL", "SA"],
        "Poland" => &["Sp. z o.o."],
        "Sweden" => &["AB"],
        "Serbia" => &["d.o.o."],
        "United Arab Emirates" => &["LLC", "FZE", "FZ-LLC"],
        _ => &["Inc.", "Ltd."],
    };
    rng.pick::<&str>(forms)
}

/// A company name as colleagues say it: without the legal form (`ООО «Вектор»` → `Вектор`).
pub fn short_name(name: &str) -> String {
    if let (Some(open), Some(close)) = (name.find('«'), name.rfind('»')) {
        return name[open + '«'.len_utf8()..close].to_owned();
    }
    const FORMS: &[&str] = &[
        " Inc.",
        " LLC",
        " Co.",
        " Corp.",
        " Ltd.",
        " Ltd",
        " plc",
        " LLP",
        " GmbH & Co. KG",
        " GmbH",
        " AG",
        " B.V.",
        " SAS",
        " SARL",
        " SA",
        " Sp. z o.o.",
        " d.o.o.",
        " S.r.l.",
        " AB",
        " Oy",
        " FZE",
        " FZ-LLC",
    ];
    FORMS
        .iter()
        .find_map(|form| name.strip_suffix(form))
        .unwrap_or(name)
        .to_owned()
}

/// Hands out domains and never the same one twice, as real companies' domains are.
#[derive(Default)]
pub struct DomainRegistry {
    taken: HashSet<String>,
}

impl DomainRegistry {
    /// The company's slug under its country's usual top-level domain (or `.com`, or `.рф` in
    /// Russia), with a word or a number added on collision, as companies do when their name is
    /// already taken.
    pub fn claim(&mut self, rng: &mut Rng, name: &CompanyName, country: &Country) -> String {
        let tld = match rng.below(10) {
            0..=5 => country.tld,
            6 | 7 => "com",
            8 => rng.pick(&["io", "net", "co", "biz"]),
            _ if name.native_slug.is_some() && country.tld == "ru" => "рф",
            _ => "org",
        };
        let slug = match (&name.native_slug, tld) {
            (Some(native), "рф") => native.as_str(),
            _ => name.slug.as_str(),
        };
        let slug = if slug.trim_matches('-').is_empty() {
            "company"
        } else {
            slug.trim_matches('-')
        };
        let candidates = [
            format!("{slug}.{tld}"),
            format!(
                "{slug}-{}.{tld}",
                rng.pick(&["group", "trade", "pro", "online", "hq"])
            ),
            format!("{slug}{}.{tld}", rng.between(2, 99)),
            format!("{slug}.com"),
        ];
        for candidate in candidates {
            if self.taken.insert(candidate.clone()) {
                return candidate;
            }
        }
        let mut n = self.taken.len();
        loop {
            let candidate = format!("{slug}-{n}.{tld}");
            if self.taken.insert(candidate.clone()) {
                return candidate;
            }
            n += 1;
        }
    }
}

/// What was sold, for deal names.
pub const PRODUCTS_EN: &[&str] = &[
    "Annual subscription",
    "Platform license, {n} seats",
    "Pilot",
    "Renewal {year}",
    "Expansion: {n} seats",
    "Implementation services",
    "Enterprise plan",
    "Premium support",
    "Data migration",
    "ERP integration",
    "Route optimisation",
    "Warehouse rollout, {n} sites",
];
pub const PRODUCTS_RU: &[&str] = &[
    "Годовая подписка",
    "Лицензии, {n} мест",
    "Пилотный проект",
    "Продление {year}",
    "Расширение на {n} пользователей",
    "Внедрение",
    "Тариф Enterprise",
    "Расширенная техподдержка",
    "Миграция данных",
    "Интеграция с 1С",
    "Оптимизация маршрутов",
    "Запуск на {n} складах",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::countries::COUNTRIES;
    use relata_domain::contact::parse_domain;

    #[test]
    fn company_domains_are_valid_and_unique() {
        let namer = CompanyNamer::new();
        let mut registry = DomainRegistry::default();
        let mut rng = Rng::new(9);
        let mut seen = HashSet::new();
        for i in 0..5_000 {
            let country = &COUNTRIES[i % COUNTRIES.len()];
            let name = namer.name(&mut rng, country, "Smith");
            let domain = registry.claim(&mut rng, &name, country);
            assert!(parse_domain(&domain).is_ok(), "{domain} of {}", name.name);
            assert!(seen.insert(domain.clone()), "{domain} twice");
        }
    }
}
