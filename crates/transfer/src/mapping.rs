//! Which CSV column feeds which field.
//!
//! Files come from other CRMs, spreadsheets and our own export, so headers are matched the
//! way a person reads them: case, spaces and punctuation do not matter ("E-mail",
//! "email_address", "Эл. почта"), and the synonyms real exports use in English and Russian
//! are known. What cannot be matched is reported, never guessed at, and the person doing the
//! import can correct any column with an override.

use relata_domain::ObjectKind;
use relata_domain::custom_field::CustomFieldDef;
use relata_domain::fuzzy::closest;
use relata_domain::schema::{Access, SYSTEM_FIELDS, fields};

/// Where the cells of one column go.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Target {
    /// A standard field, by its API name (`first_name`, `company_id`).
    Field(&'static str),
    /// A custom field, by key (written `custom.<key>`).
    Custom(String),
    /// A company name or domain, resolved to `company_id` at import time (people, deals).
    Company,
    /// A person's whole name, split into first and last name (people).
    FullName,
    /// A pipeline name, resolved to `pipeline_id` at import time (deals).
    Pipeline,
    /// A stage name, resolved to `stage_id` (and its pipeline) at import time (deals).
    Stage,
}

impl Target {
    /// The name an override or the import wizard uses for this target.
    pub fn name(&self) -> String {
        match self {
            Self::Field(name) => (*name).to_owned(),
            Self::Custom(key) => format!("custom.{key}"),
            Self::Company => "company".into(),
            Self::FullName => "full_name".into(),
            Self::Pipeline => "pipeline".into(),
            Self::Stage => "stage".into(),
        }
    }

    /// Parses a target by the name an override gives it. The error explains why the name
    /// cannot be imported into, with a hint when it looks like a typo.
    pub fn parse(
        kind: ObjectKind,
        name: &str,
        customs: &[CustomFieldDef],
    ) -> Result<Target, String> {
        let name = name.trim();
        if let Some(pseudo) = pseudo_target(kind, name) {
            return Ok(pseudo);
        }
        if let Some(key) = name.strip_prefix("custom.") {
            return match customs.iter().find(|d| d.key == key) {
                Some(def) => Ok(Target::Custom(def.key.clone())),
                None => {
                    let hint = closest(key, customs.iter().map(|d| d.key.as_str()))
                        .map(|c| format!("; did you mean \"custom.{c}\"?"))
                        .unwrap_or_default();
                    Err(format!("is not a custom field of {}{hint}", kind.plural()))
                }
            };
        }
        if SYSTEM_FIELDS.contains(&name) {
            return Err("is set by Relata and cannot be imported".into());
        }
        if let Some(spec) = fields(kind).iter().find(|f| f.name == name) {
            return if spec.access == Access::ReadOnly {
                Err("is set by Relata and cannot be imported".into())
            } else {
                Ok(Target::Field(spec.name))
            };
        }
        let mut candidates: Vec<String> = fields(kind)
            .iter()
            .filter(|f| f.access != Access::ReadOnly)
            .map(|f| f.name.to_owned())
            .collect();
        candidates.extend(pseudo_names(kind).iter().map(|n| (*n).to_owned()));
        candidates.extend(customs.iter().map(|d| format!("custom.{}", d.key)));
        let hint = closest(name, candidates.iter().map(String::as_str))
            .map(|c| format!("; did you mean \"{c}\"?"))
            .unwrap_or_default();
        Err(format!("is not a field of {}{hint}", kind.plural()))
    }
}

/// The pseudo-fields an object accepts: names resolved to ids at import time.
fn pseudo_names(kind: ObjectKind) -> &'static [&'static str] {
    match kind {
        ObjectKind::Person => &["company", "full_name"],
        ObjectKind::Deal => &["company", "pipeline", "stage"],
        ObjectKind::Company | ObjectKind::Activity => &[],
    }
}

fn pseudo_target(kind: ObjectKind, name: &str) -> Option<Target> {
    if !pseudo_names(kind).contains(&name) {
        return None;
    }
    match name {
        "company" => Some(Target::Company),
        "full_name" => Some(Target::FullName),
        "pipeline" => Some(Target::Pipeline),
        "stage" => Some(Target::Stage),
        _ => None,
    }
}

/// Why a column is not imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Skip {
    /// The header matches no field: worth telling the person, it may be a field they want.
    Unknown,
    /// The column has no header at all.
    Unnamed,
    /// `id`, `version`, `created_at`…: kept by Relata, so an export reads back without fuss.
    System,
    /// A standard field Relata computes (a deal's `closed_at`).
    ReadOnly,
    /// An earlier column (named here) already feeds the same field.
    Duplicate(String),
    /// Ignored by an explicit override.
    Chosen,
}

impl Skip {
    /// Whether the import should warn about the column: only when data may be lost by
    /// surprise, not for columns we deliberately ignore.
    pub fn is_warning(&self) -> bool {
        matches!(self, Self::Unknown | Self::Unnamed | Self::Duplicate(_))
    }

    pub fn message(&self, kind: ObjectKind) -> String {
        match self {
            Self::Unknown => format!(
                "matches no field of {}; the column is ignored (map it explicitly to import it)",
                kind.plural()
            ),
            Self::Unnamed => "has no header; the column is ignored".into(),
            Self::System | Self::ReadOnly => "is set by Relata; the column is ignored".into(),
            Self::Duplicate(first) => {
                format!("feeds the same field as column \"{first}\"; the column is ignored")
            }
            Self::Chosen => "is ignored as chosen".into(),
        }
    }
}

/// One column of the file and where it goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    pub header: String,
    pub target: Option<Target>,
    /// Set exactly when `target` is `None`.
    pub skip: Option<Skip>,
}

/// A problem with the columns that makes the import ambiguous; the import does not start.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MappingError {
    #[error("the file has no column \"{header}\"")]
    NoSuchColumn { header: String },
    #[error("column \"{header}\": \"{field}\" {message}")]
    UnknownField {
        header: String,
        field: String,
        message: String,
    },
    #[error(
        "columns \"{first}\" and \"{second}\" both map to {field}; ignore one of them with \"-\""
    )]
    Duplicate {
        field: String,
        first: String,
        second: String,
    },
}

/// The columns of a file, each with its target or the reason it is skipped.
#[derive(Debug, Clone, PartialEq)]
pub struct Mapping {
    kind: ObjectKind,
    columns: Vec<Column>,
    /// Kept so that overrides can name custom fields.
    customs: Vec<CustomFieldDef>,
}

impl Mapping {
    pub fn kind(&self) -> ObjectKind {
        self.kind
    }

    pub fn columns(&self) -> &[Column] {
        &self.columns
    }

    /// `(header, target name)` for every column, in file order.
    pub fn pairs(&self) -> Vec<(String, Option<String>)> {
        self.columns
            .iter()
            .map(|c| (c.header.clone(), c.target.as_ref().map(Target::name)))
            .collect()
    }

    /// Headers that matched nothing (or repeat a field): the ones to tell the person about.
    pub fn unmapped(&self) -> Vec<&str> {
        self.columns
            .iter()
            .filter(|c| c.skip.as_ref().is_some_and(Skip::is_warning))
            .map(|c| c.header.as_str())
            .collect()
    }

    /// Applies explicit choices: `("Mobile", "other_phones")`, or `("Notes", "-")` to ignore a
    /// column. A header is found exactly, else as the guess would match it. Fails on an
    /// unknown header or field, and when two columns end up feeding one field.
    pub fn with_overrides<H: AsRef<str>, F: AsRef<str>>(
        mut self,
        overrides: &[(H, F)],
    ) -> Result<Mapping, MappingError> {
        for (header, field) in overrides {
            let (header, field) = (header.as_ref(), field.as_ref().trim());
            let wanted = normalize(header);
            let index = self
                .columns
                .iter()
                .position(|c| c.header == header)
                .or_else(|| {
                    self.columns
                        .iter()
                        .position(|c| !wanted.is_empty() && normalize(&c.header) == wanted)
                })
                .ok_or_else(|| MappingError::NoSuchColumn {
                    header: header.to_owned(),
                })?;
            let column = &mut self.columns[index];
            if field.is_empty() || field == "-" {
                column.target = None;
                column.skip = Some(Skip::Chosen);
                continue;
            }
            let target = Target::parse(self.kind, field, &self.customs).map_err(|message| {
                MappingError::UnknownField {
                    header: header.to_owned(),
                    field: field.to_owned(),
                    message,
                }
            })?;
            column.target = Some(target);
            column.skip = None;
        }
        self.check()?;
        Ok(self)
    }

    /// Refuses a mapping where two columns feed one field: which value should win is the
    /// person's call, not ours.
    pub fn check(&self) -> Result<(), MappingError> {
        for (i, column) in self.columns.iter().enumerate() {
            let Some(target) = &column.target else {
                continue;
            };
            if let Some(other) = self.columns[i + 1..]
                .iter()
                .find(|c| c.target.as_ref() == Some(target))
            {
                return Err(MappingError::Duplicate {
                    field: target.name(),
                    first: column.header.clone(),
                    second: other.header.clone(),
                });
            }
        }
        Ok(())
    }
}

/// Maps each header to a field of `kind` by name, custom field key or label, or a known
/// synonym. A header that repeats an already mapped field goes to its list counterpart when
/// there is one ("Phone" then "Mobile" → `phone`, `other_phones`), else is skipped.
pub fn guess_mapping(headers: &[String], kind: ObjectKind, customs: &[CustomFieldDef]) -> Mapping {
    let mut columns: Vec<Column> = Vec::with_capacity(headers.len());
    for header in headers {
        let guess = guess_one(header, kind, customs);
        let (target, skip) = match guess {
            Ok(target) => match columns.iter().find(|c| c.target.as_ref() == Some(&target)) {
                None => (Some(target), None),
                Some(first) => match list_counterpart(kind, &target)
                    .filter(|spare| !columns.iter().any(|c| c.target.as_ref() == Some(spare)))
                {
                    Some(spare) => (Some(spare), None),
                    None => (None, Some(Skip::Duplicate(first.header.clone()))),
                },
            },
            Err(skip) => (None, Some(skip)),
        };
        columns.push(Column {
            header: header.clone(),
            target,
            skip,
        });
    }
    Mapping {
        kind,
        columns,
        customs: customs.to_vec(),
    }
}

fn list_counterpart(kind: ObjectKind, target: &Target) -> Option<Target> {
    let spare = match (kind, target) {
        (ObjectKind::Person, Target::Field("email")) => "other_emails",
        (ObjectKind::Person, Target::Field("phone")) => "other_phones",
        (ObjectKind::Company, Target::Field("domain")) => "other_domains",
        _ => return None,
    };
    Some(Target::Field(spare))
}

fn guess_one(header: &str, kind: ObjectKind, customs: &[CustomFieldDef]) -> Result<Target, Skip> {
    let trimmed = header.trim();
    // Our own export writes `custom.<key>`; keys are exact there.
    if let Some(key) = trimmed
        .get(..7)
        .filter(|p| p.eq_ignore_ascii_case("custom."))
        .and_then(|_| trimmed.get(7..))
        && let Some(def) = customs.iter().find(|d| d.key == key.trim())
    {
        return Ok(Target::Custom(def.key.clone()));
    }
    let wanted = normalize(trimmed);
    if wanted.is_empty() {
        return Err(if trimmed.is_empty() {
            Skip::Unnamed
        } else {
            Skip::Unknown
        });
    }
    if SYSTEM_FIELDS.iter().any(|n| normalize(n) == wanted) {
        return Err(Skip::System);
    }
    if let Some(spec) = fields(kind).iter().find(|f| normalize(f.name) == wanted) {
        return if spec.access == Access::ReadOnly {
            Err(Skip::ReadOnly)
        } else {
            Ok(Target::Field(spec.name))
        };
    }
    if let Some(def) = customs
        .iter()
        .find(|d| normalize(&d.key) == wanted || normalize(&d.label) == wanted)
    {
        return Ok(Target::Custom(def.key.clone()));
    }
    for (name, words) in synonyms(kind) {
        if words.iter().any(|w| normalize(w) == wanted) {
            return Target::parse(kind, name, customs).map_err(|_| Skip::Unknown);
        }
    }
    Err(Skip::Unknown)
}

/// Lower case, `ё` as `е`, letters and digits only: "E-mail" and "email", "Эл. почта" and
/// "эл почта" compare equal.
pub fn normalize(header: &str) -> String {
    header
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'ё' { 'е' } else { c })
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// Whether a full-name column holds surname first ("ФИО": Иванов Иван Иванович).
pub(crate) fn is_surname_first(header: &str) -> bool {
    ["фио", "фамилияимяотчество", "фамилияимя"].contains(&normalize(header).as_str())
}

type Synonyms = &'static [(&'static str, &'static [&'static str])];

const TAGS: &[&str] = &["tags", "tag", "labels", "теги", "тэги", "метки"];
const CITY: &[&str] = &["city", "town", "город", "населенный пункт"];
const COUNTRY: &[&str] = &["country", "страна"];
const SOURCE: &[&str] = &[
    "source",
    "lead source",
    "источник",
    "источник лида",
    "канал",
];
const DESCRIPTION: &[&str] = &[
    "description",
    "about",
    "notes",
    "описание",
    "комментарий",
    "примечание",
];

/// Header synonyms per object, as real CRM and spreadsheet exports spell them.
fn synonyms(kind: ObjectKind) -> Synonyms {
    match kind {
        ObjectKind::Person => PERSON_SYNONYMS,
        ObjectKind::Company => COMPANY_SYNONYMS,
        ObjectKind::Deal => DEAL_SYNONYMS,
        ObjectKind::Activity => &[],
    }
}

const PERSON_SYNONYMS: Synonyms = &[
    (
        "first_name",
        &["first name", "given name", "forename", "имя"],
    ),
    (
        "last_name",
        &["last name", "surname", "family name", "фамилия"],
    ),
    (
        "full_name",
        &[
            "full name",
            "name",
            "contact",
            "contact name",
            "contact person",
            "display name",
            "person",
            "фио",
            "ф.и.о.",
            "полное имя",
            "имя фамилия",
            "имя и фамилия",
            "фамилия имя",
            "фамилия имя отчество",
            "контакт",
            "контактное лицо",
        ],
    ),
    (
        "email",
        &[
            "email",
            "e-mail",
            "email address",
            "e-mail address",
            "mail",
            "work email",
            "primary email",
            "email 1",
            "почта",
            "эл. почта",
            "электронная почта",
            "емейл",
            "е-мейл",
            "имейл",
            "email адрес",
            "адрес электронной почты",
            "e-mail адрес",
        ],
    ),
    (
        "other_emails",
        &[
            "other emails",
            "other email",
            "additional emails",
            "additional email",
            "secondary email",
            "email 2",
            "personal email",
            "доп. почта",
            "дополнительная почта",
            "другие email",
        ],
    ),
    (
        "phone",
        &[
            "phone",
            "phone number",
            "telephone",
            "tel",
            "mobile",
            "mobile phone",
            "mobile number",
            "cell",
            "cell phone",
            "work phone",
            "primary phone",
            "phone 1",
            "телефон",
            "номер телефона",
            "мобильный",
            "мобильный телефон",
            "моб. телефон",
            "рабочий телефон",
            "тел.",
        ],
    ),
    (
        "other_phones",
        &[
            "other phones",
            "other phone",
            "additional phones",
            "phone 2",
            "home phone",
            "доп. телефон",
            "дополнительный телефон",
            "домашний телефон",
            "другие телефоны",
        ],
    ),
    (
        "job_title",
        &[
            "job title",
            "title",
            "position",
            "job",
            "role",
            "job position",
            "должность",
            "позиция",
        ],
    ),
    (
        "company",
        &[
            "company",
            "company name",
            "organization",
            "organisation",
            "organization name",
            "account",
            "account name",
            "employer",
            "компания",
            "организация",
            "название компании",
            "название организации",
            "место работы",
            "работодатель",
        ],
    ),
    ("city", CITY),
    ("country", COUNTRY),
    ("source", SOURCE),
    (
        "lifecycle_stage",
        &[
            "lifecycle stage",
            "lifecycle",
            "stage",
            "этап жизненного цикла",
            "стадия",
        ],
    ),
    (
        "lead_status",
        &["lead status", "status", "статус", "статус лида"],
    ),
    (
        "linkedin_url",
        &[
            "linkedin",
            "linkedin url",
            "linkedin profile",
            "профиль linkedin",
        ],
    ),
    ("tags", TAGS),
];

const COMPANY_SYNONYMS: Synonyms = &[
    (
        "name",
        &[
            "name",
            "company",
            "company name",
            "organization",
            "organisation",
            "organization name",
            "account",
            "account name",
            "название",
            "наименование",
            "компания",
            "организация",
            "название компании",
            "название организации",
        ],
    ),
    (
        "domain",
        &[
            "domain",
            "website",
            "web site",
            "site",
            "url",
            "web",
            "homepage",
            "home page",
            "company domain",
            "company website",
            "сайт",
            "домен",
            "веб-сайт",
            "вебсайт",
            "адрес сайта",
        ],
    ),
    (
        "other_domains",
        &["other domains", "additional domains", "другие домены"],
    ),
    (
        "industry",
        &[
            "industry",
            "sector",
            "vertical",
            "отрасль",
            "сфера",
            "сфера деятельности",
            "индустрия",
        ],
    ),
    (
        "employees",
        &[
            "employees",
            "number of employees",
            "employee count",
            "headcount",
            "staff",
            "company size",
            "сотрудники",
            "количество сотрудников",
            "число сотрудников",
            "численность",
            "численность сотрудников",
        ],
    ),
    (
        "annual_revenue",
        &[
            "annual revenue",
            "revenue",
            "выручка",
            "годовая выручка",
            "оборот",
            "годовой оборот",
        ],
    ),
    (
        "phone",
        &[
            "phone",
            "phone number",
            "telephone",
            "tel",
            "company phone",
            "main phone",
            "телефон",
            "номер телефона",
        ],
    ),
    (
        "street",
        &[
            "street",
            "address",
            "street address",
            "address line 1",
            "адрес",
            "улица",
        ],
    ),
    ("city", CITY),
    (
        "region",
        &[
            "region",
            "state",
            "province",
            "state/region",
            "регион",
            "область",
            "край",
        ],
    ),
    (
        "postal_code",
        &[
            "postal code",
            "zip",
            "zip code",
            "postcode",
            "post code",
            "индекс",
            "почтовый индекс",
        ],
    ),
    ("country", COUNTRY),
    (
        "linkedin_url",
        &[
            "linkedin",
            "linkedin url",
            "linkedin page",
            "company linkedin",
        ],
    ),
    ("description", DESCRIPTION),
    ("tags", TAGS),
];

const DEAL_SYNONYMS: Synonyms = &[
    (
        "name",
        &[
            "name",
            "deal",
            "deal name",
            "title",
            "opportunity",
            "opportunity name",
            "subject",
            "название",
            "сделка",
            "название сделки",
            "наименование",
        ],
    ),
    (
        "amount",
        &[
            "amount",
            "value",
            "deal value",
            "deal amount",
            "sum",
            "price",
            "budget",
            "сумма",
            "сумма сделки",
            "бюджет",
            "стоимость",
        ],
    ),
    ("currency", &["currency", "валюта"]),
    (
        "pipeline",
        &[
            "pipeline",
            "pipeline name",
            "funnel",
            "воронка",
            "воронка продаж",
        ],
    ),
    (
        "stage",
        &[
            "stage",
            "deal stage",
            "stage name",
            "status",
            "этап",
            "этап сделки",
            "стадия",
            "статус",
        ],
    ),
    (
        "expected_close_date",
        &[
            "close date",
            "expected close date",
            "expected close",
            "closing date",
            "expected closing date",
            "дата закрытия",
            "ожидаемая дата закрытия",
            "планируемая дата закрытия",
        ],
    ),
    (
        "company",
        &[
            "company",
            "company name",
            "organization",
            "organisation",
            "account",
            "account name",
            "client",
            "customer",
            "компания",
            "организация",
            "клиент",
            "контрагент",
        ],
    ),
    ("source", SOURCE),
    (
        "lost_reason",
        &[
            "lost reason",
            "reason lost",
            "loss reason",
            "closed lost reason",
            "причина отказа",
            "причина проигрыша",
            "причина потери",
        ],
    ),
    ("description", DESCRIPTION),
    ("tags", TAGS),
];

#[cfg(test)]
mod tests {
    use super::*;
    use relata_domain::custom_field::CustomFieldInput;

    fn headers(list: &[&str]) -> Vec<String> {
        list.iter().map(|h| (*h).to_owned()).collect()
    }

    fn targets(mapping: &Mapping) -> Vec<Option<String>> {
        mapping.pairs().into_iter().map(|(_, t)| t).collect()
    }

    fn region() -> CustomFieldDef {
        CustomFieldInput {
            key: "region".into(),
            label: Some("Sales region".into()),
            kind: "text".into(),
            options: vec![],
            required: false,
        }
        .parse(ObjectKind::Person, &[], 0)
        .unwrap()
    }

    #[test]
    fn headers_match_whatever_their_spelling() {
        let mapping = guess_mapping(
            &headers(&[
                "First Name",
                "SURNAME",
                "E-mail",
                "Телефон",
                "Организация",
                "Должность",
                "Эл. почта",
            ]),
            ObjectKind::Person,
            &[],
        );
        assert_eq!(
            targets(&mapping),
            [
                Some("first_name".into()),
                Some("last_name".into()),
                Some("email".into()),
                Some("phone".into()),
                Some("company".into()),
                Some("job_title".into()),
                Some("other_emails".into()),
            ]
        );
        assert!(mapping.unmapped().is_empty());
    }

    #[test]
    fn our_export_reads_back() {
        let mut names = vec!["id".to_owned()];
        names.extend(fields(ObjectKind::Deal).iter().map(|f| f.name.to_owned()));
        let mapping = guess_mapping(&names, ObjectKind::Deal, &[]);
        assert!(mapping.unmapped().is_empty(), "{:?}", mapping.unmapped());
        let closed = &mapping.columns()[names.iter().position(|n| n == "closed_at").unwrap()];
        assert_eq!(closed.skip, Some(Skip::ReadOnly));
        assert_eq!(mapping.columns()[0].skip, Some(Skip::System));
    }

    #[test]
    fn custom_fields_match_by_key_label_or_export_name() {
        let customs = [region()];
        for header in ["custom.region", "Region", "Sales Region"] {
            let mapping = guess_mapping(&headers(&[header]), ObjectKind::Person, &customs);
            assert_eq!(
                targets(&mapping),
                [Some("custom.region".to_owned())],
                "{header}"
            );
        }
    }

    #[test]
    fn kinds_read_the_same_words_differently() {
        let words = headers(&["Name", "Company", "Website"]);
        assert_eq!(
            targets(&guess_mapping(&words, ObjectKind::Person, &[])),
            [Some("full_name".into()), Some("company".into()), None]
        );
        assert_eq!(
            targets(&guess_mapping(&words, ObjectKind::Company, &[])),
            [Some("name".into()), None, Some("domain".into())]
        );
        assert_eq!(
            targets(&guess_mapping(&words, ObjectKind::Deal, &[])),
            [Some("name".into()), Some("company".into()), None]
        );
    }

    #[test]
    fn overrides_choose_ignore_and_refuse() {
        let mapping = guess_mapping(
            &headers(&["Notes", "Mobile", "Email"]),
            ObjectKind::Person,
            &[],
        );
        let mapping = mapping
            .with_overrides(&[("notes", "-"), ("Mobile", "other_phones")])
            .unwrap();
        assert_eq!(
            targets(&mapping),
            [None, Some("other_phones".into()), Some("email".into())]
        );
        let error = mapping
            .clone()
            .with_overrides(&[("Notes", "fist_name")])
            .unwrap_err();
        assert_eq!(
            error.to_string(),
            "column \"Notes\": \"fist_name\" is not a field of people; did you mean \"first_name\"?"
        );
        let error = mapping
            .clone()
            .with_overrides(&[("Notes", "email")])
            .unwrap_err();
        assert!(matches!(error, MappingError::Duplicate { .. }), "{error}");
        let error = mapping
            .clone()
            .with_overrides(&[("Nope", "email")])
            .unwrap_err();
        assert!(matches!(error, MappingError::NoSuchColumn { .. }));
        let error = mapping
            .with_overrides(&[("Notes", "created_at")])
            .unwrap_err();
        assert!(error.to_string().contains("set by Relata"));
    }

    #[test]
    fn repeated_fields_are_skipped_not_doubled() {
        let mapping = guess_mapping(
            &headers(&["Company", "Organization"]),
            ObjectKind::Company,
            &[],
        );
        assert_eq!(targets(&mapping), [Some("name".into()), None]);
        assert_eq!(mapping.unmapped(), ["Organization"]);
    }
}
