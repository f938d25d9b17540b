//! The benchmark data set of DESIGN.md §10: by default a million people, 200,000 companies,
//! 300,000 deals and three million activities that look like a real CRM's.
//!
//! Realism matters for the numbers: names follow Zipf-like frequencies over thousands of
//! names (so search meets both common and rare prefixes), company sizes and deal amounts are
//! log-normal (a few accounts hold most contacts and money), deals sit in every stage and
//! activities crowd into recent months, as they do in a team's real work.
//!
//! The data is streamed a thousand records per batch. What stays in memory is what linking
//! needs: company ids, domains and short names, person ids, deal ids per company. Every
//! record draws from its own seeded stream ([`Rng::for_item`]), so people can be walked
//! twice (to write them, then to write their activities) without storing them.

mod phrases;

use std::collections::HashSet;

use relata_domain::pipeline::{Pipeline, StageKind};
use relata_domain::{ObjectKind, timestamp};
use relata_store::Store;
use serde_json::{Map, Value as Json, json};
use time::{Date, Duration, OffsetDateTime};
use uuid::Uuid;

use crate::business::{self, CompanyNamer, DomainRegistry};
use crate::countries::{COUNTRIES, Country, phone};
use crate::names::{NameBook, Origin, PersonName};
use crate::rng::{Apportion, Rng, WeightedIndex, Zipf, hash_str, weighted};
use crate::writer::{BATCH_SIZE, Writer};
use crate::{SampleError, first_or_new_workspace};
use phrases::Phrase;

/// How many records of each kind to create.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sizes {
    pub companies: usize,
    pub people: usize,
    pub deals: usize,
    pub activities: usize,
}

impl Default for Sizes {
    /// The data set the targets of DESIGN.md §10 are measured on.
    fn default() -> Self {
        Self::for_people(1_000_000)
    }
}

impl Sizes {
    /// The default proportions (five people per company, three deals per ten people, three
    /// activities per person) around a number of people.
    pub fn for_people(people: usize) -> Sizes {
        Sizes {
            companies: people / 5,
            people,
            deals: people * 3 / 10,
            activities: people * 3,
        }
    }
}

/// What was created (with no companies there are no deals), and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BenchReport {
    pub workspace_id: Uuid,
    pub created: Sizes,
}

/// Independent random streams, one per kind of decision: changing how deals are drawn does
/// not change the people.
mod stream {
    pub const COMPANY: u64 = 1;
    pub const COMPANY_SIZE: u64 = 2;
    pub const PERSON: u64 = 3;
    pub const DEAL: u64 = 4;
    pub const ACTIVITY: u64 = 5;
    pub const ACTIVITY_SHARE: u64 = 6;
}

/// Share of people who gave a personal address and no company (leads from the website).
const FREE_MAIL_SHARE: f64 = 0.08;

/// Creates the data set in the first workspace (a new one if the database has none),
/// reporting `progress(phase, done, total)` after every batch. Nothing is printed.
pub async fn generate(
    store: &Store,
    sizes: Sizes,
    seed: u64,
    mut progress: impl FnMut(&str, usize, usize),
) -> Result<BenchReport, SampleError> {
    let (workspace, owner) = first_or_new_workspace(
        store,
        "Relata Benchmark",
        "bench@relata.example",
        "Bench Owner",
    )
    .await?;
    let writer = Writer::new(store, &workspace, owner.id).await?;
    let members = store
        .members(workspace.id)
        .await?
        .into_iter()
        .map(|m| (m.id, m.email))
        .collect();
    let pipeline = store
        .pipelines(workspace.id)
        .await?
        .into_iter()
        .find(|p| !p.stages.is_empty())
        .ok_or(SampleError::NoPipeline)?;
    let world = World::new(
        seed,
        sizes,
        members,
        pipeline,
        writer.default_calling_code(),
    );
    let companies = create_companies(&writer, &world, &mut progress).await?;
    let people = create_people(&writer, &world, &companies, &mut progress).await?;
    let deals = create_deals(&writer, &world, &companies, &mut progress).await?;
    let activities =
        create_activities(&writer, &world, &companies, &people, &deals, &mut progress).await?;
    Ok(BenchReport {
        workspace_id: workspace.id,
        created: Sizes {
            companies: companies.len(),
            people: people.len(),
            deals: deals.ids.len(),
            activities,
        },
    })
}

/// Everything the generators share: the seed, the dictionaries and the workspace's facts.
struct World {
    seed: u64,
    sizes: Sizes,
    names: NameBook,
    namer: CompanyNamer,
    countries: WeightedIndex,
    /// Member ids and emails; the first ones own most records, as in a real team.
    members: Vec<(Uuid, String)>,
    member_pick: Zipf,
    pipeline: Pipeline,
    stage_pick: WeightedIndex,
    now: OffsetDateTime,
    today: Date,
    calling_code: String,
    company_weight_sum: f64,
}

impl World {
    fn new(
        seed: u64,
        sizes: Sizes,
        members: Vec<(Uuid, String)>,
        pipeline: Pipeline,
        calling_code: &str,
    ) -> World {
        let mut open = 0;
        let stage_weights = pipeline.stages.iter().map(|s| match s.kind {
            StageKind::Open => {
                open += 1;
                // Each later stage holds fewer deals: the funnel narrows.
                30.0 / f64::from(open)
            }
            StageKind::Won => 22.0,
            StageKind::Lost => 16.0,
        });
        let stage_pick = WeightedIndex::new(stage_weights.collect::<Vec<_>>());
        let now = timestamp::now();
        World {
            seed,
            sizes,
            names: NameBook::new(),
            namer: CompanyNamer::new(),
            countries: WeightedIndex::new(COUNTRIES.iter().map(|c| f64::from(c.weight))),
            member_pick: Zipf::new(members.len().max(1), 1.0),
            members,
            pipeline,
            stage_pick,
            now,
            today: now.date(),
            calling_code: calling_code.to_owned(),
            company_weight_sum: (0..sizes.companies).map(|c| company_weight(seed, c)).sum(),
        }
    }

    fn member(&self, rng: &mut Rng) -> Option<&(Uuid, String)> {
        self.members.get(self.member_pick.sample(rng))
    }

    fn member_id(&self, rng: &mut Rng) -> Json {
        self.member(rng)
            .map_or(Json::Null, |(id, _)| json!(id.to_string()))
    }

    fn country(&self, rng: &mut Rng) -> &'static Country {
        &COUNTRIES[self.countries.sample(rng)]
    }

    /// A moment `days_ago` days back, during someone's working day.
    fn past(&self, rng: &mut Rng, days_ago: i64) -> OffsetDateTime {
        let day = self.now - Duration::days(days_ago);
        let minutes = rng.between(6 * 60, 18 * 60);
        let at = day
            .replace_time(time::Time::MIDNIGHT)
            .saturating_add(Duration::minutes(minutes));
        at.min(self.now)
    }

    /// Days back from today, crowded toward today: half of all activity is in the last
    /// three months of the year.
    fn recent_days(&self, rng: &mut Rng) -> i64 {
        (365.0 * rng.unit().powf(2.0)) as i64
    }
}

/// How many contacts and deals a company has, relative to others. Drawn from its own stream
/// so it can be recomputed instead of stored.
fn company_weight(seed: u64, company: usize) -> f64 {
    Rng::for_item(seed, stream::COMPANY_SIZE, company as u64).log_normal(1.0, 1.1)
}

/// What later phases need to know about a company.
struct CompanyInfo {
    id: Uuid,
    short_name: String,
    domain: String,
    country: &'static Country,
    city: &'static str,
}

async fn create_companies(
    writer: &Writer<'_>,
    world: &World,
    progress: &mut impl FnMut(&str, usize, usize),
) -> Result<Vec<CompanyInfo>, SampleError> {
    let total = world.sizes.companies;
    let mut registry = DomainRegistry::default();
    let mut companies: Vec<CompanyInfo> = Vec::with_capacity(total);
    let mut batch = Vec::with_capacity(BATCH_SIZE);
    for index in 0..total {
        let (input, info) = company(world, &mut registry, index);
        batch.push(input);
        companies.push(info);
        if batch.len() == BATCH_SIZE || index + 1 == total {
            let ids = writer.create(ObjectKind::Company, &batch).await?;
            let first = companies.len() - ids.len();
            for (info, id) in companies[first..].iter_mut().zip(ids) {
                info.id = id;
            }
            batch.clear();
            progress("companies", index + 1, total);
        }
    }
    Ok(companies)
}

fn company(world: &World, registry: &mut DomainRegistry, index: usize) -> (Json, CompanyInfo) {
    let mut rng = Rng::for_item(world.seed, stream::COMPANY, index as u64);
    let country = world.country(&mut rng);
    let founder = world.names.person(&mut rng, country.origin(), false);
    let name = world.namer.name(&mut rng, country, &founder.last);
    let domain = registry.claim(&mut rng, &name, country);
    let city = *rng.pick(country.cities);
    let size = company_weight(world.seed, index);
    let employees = (size * 40.0 * rng.log_normal(1.0, 0.5))
        .round()
        .clamp(1.0, 2e6) as i64;
    let (industry_en, industry_ru) = *rng.pick(business::INDUSTRIES);
    let mut input = Map::new();
    input.insert("name".into(), json!(name.name));
    input.insert("domain".into(), json!(domain));
    input.insert(
        "industry".into(),
        json!(if country.russian_speaking {
            industry_ru
        } else {
            industry_en
        }),
    );
    input.insert("employees".into(), json!(employees));
    if rng.chance(0.7) {
        let revenue = employees as f64 * rng.log_normal(150_000.0, 0.6);
        input.insert("annual_revenue".into(), json!(round_money(revenue)));
    }
    if rng.chance(0.7) {
        let number = phone(&mut rng, country, &world.calling_code);
        input.insert("phone".into(), json!(number));
    }
    input.insert("city".into(), json!(city));
    input.insert("country".into(), json!(country.local_name()));
    if rng.chance(0.25) {
        let link = format!("https://www.linkedin.com/company/{}", name.slug);
        input.insert("linkedin_url".into(), json!(link));
    }
    if rng.chance(0.85) {
        input.insert("owner_id".into(), world.member_id(&mut rng));
    }
    if rng.chance(0.15) {
        let tag = rng.pick(&["key account", "enterprise", "smb", "reseller", "partner"]);
        input.insert("tags".into(), json!([tag]));
    }
    let info = CompanyInfo {
        id: Uuid::nil(),
        short_name: business::short_name(&name.name),
        domain,
        country,
        city,
    };
    (Json::Object(input), info)
}

/// Amounts as people enter them: rounded to a hundred, or a thousand for large ones.
fn round_money(amount: f64) -> i64 {
    let step = if amount >= 100_000.0 { 1_000.0 } else { 100.0 };
    ((amount / step).round() * step).max(step) as i64
}

/// A person as drawn, before it becomes a record: the activities phase walks the same
/// sequence again to know whom it writes about.
struct PersonDraft {
    company: Option<usize>,
    name: PersonName,
    email: Option<String>,
    country: &'static Country,
    /// The person's stream, positioned after the fields above.
    rng: Rng,
}

/// Yields people in a fixed order: grouped by company (as contacts are imported account by
/// account), with people who gave a personal address mixed in evenly.
struct PersonStream<'w> {
    world: &'w World,
    companies: &'w [CompanyInfo],
    index: usize,
    free_total: usize,
    split: Apportion,
    next_company: usize,
    current: Option<usize>,
    left_in_company: usize,
    /// Addresses used at the current company, so colleagues never share one.
    company_locals: HashSet<String>,
    /// Hashes of personal addresses used so far.
    free_addresses: HashSet<u64>,
}

impl<'w> PersonStream<'w> {
    fn new(world: &'w World, companies: &'w [CompanyInfo]) -> PersonStream<'w> {
        let people = world.sizes.people;
        let free_total = if companies.is_empty() {
            people
        } else {
            (people as f64 * FREE_MAIL_SHARE) as usize
        };
        PersonStream {
            world,
            companies,
            index: 0,
            free_total,
            split: Apportion::new(people - free_total, world.company_weight_sum),
            next_company: 0,
            current: None,
            left_in_company: 0,
            company_locals: HashSet::new(),
            free_addresses: HashSet::new(),
        }
    }

    /// Whether person `i` is one of the personal-address people, spread evenly (Bresenham).
    fn is_free(&self, i: usize) -> bool {
        let n = self.world.sizes.people;
        (i + 1) * self.free_total / n > i * self.free_total / n
    }

    fn next_company(&mut self) -> Option<usize> {
        while self.left_in_company == 0 {
            let c = self.next_company;
            if c >= self.companies.len() {
                return None;
            }
            self.next_company += 1;
            self.left_in_company = self.split.next(company_weight(self.world.seed, c));
            if c + 1 == self.companies.len() {
                self.left_in_company += self.split.remainder();
            }
            self.current = Some(c);
            self.company_locals.clear();
        }
        self.left_in_company -= 1;
        self.current
    }

    fn next(&mut self) -> Option<PersonDraft> {
        let i = self.index;
        if i >= self.world.sizes.people {
            return None;
        }
        self.index += 1;
        let company = if self.is_free(i) {
            None
        } else {
            self.next_company()
        };
        let world = self.world;
        let mut rng = Rng::for_item(world.seed, stream::PERSON, i as u64);
        let country = match company {
            Some(c) => self.companies[c].country,
            None => world.country(&mut rng),
        };
        let origin = if country.russian_speaking {
            if rng.chance(0.95) {
                Origin::Russian
            } else {
                Origin::English
            }
        } else if rng.chance(0.08) {
            Origin::Russian
        } else {
            Origin::English
        };
        let latin = origin == Origin::Russian && !(country.russian_speaking && rng.chance(0.88));
        let name = world.names.person(&mut rng, origin, latin);
        let email = match company {
            _ if rng.chance(0.03) => None,
            Some(c) => Some(self.work_email(&mut rng, &name, c)),
            None => Some(self.personal_email(&mut rng, &name, origin)),
        };
        Some(PersonDraft {
            company,
            name,
            email,
            country,
            rng,
        })
    }

    fn work_email(&mut self, rng: &mut Rng, name: &PersonName, company: usize) -> String {
        let base = name.email_local(rng, false);
        let mut local = base.clone();
        let mut n = 2;
        while !self.company_locals.insert(local.clone()) {
            local = format!("{base}{n}");
            n += 1;
        }
        format!("{local}@{}", self.companies[company].domain)
    }

    fn personal_email(&mut self, rng: &mut Rng, name: &PersonName, origin: Origin) -> String {
        let providers = match origin {
            Origin::Russian => business::FREE_MAIL_RU,
            Origin::English => business::FREE_MAIL_EN,
        };
        let provider = *rng.pick(providers);
        let base = name.email_local(rng, true);
        let mut email = format!("{base}@{provider}");
        let mut n = 2;
        while !self.free_addresses.insert(hash_str(&email)) {
            email = format!("{base}.{n}@{provider}");
            n += 1;
        }
        email
    }
}

async fn create_people(
    writer: &Writer<'_>,
    world: &World,
    companies: &[CompanyInfo],
    progress: &mut impl FnMut(&str, usize, usize),
) -> Result<Vec<Uuid>, SampleError> {
    let total = world.sizes.people;
    let mut ids = Vec::with_capacity(total);
    let mut batch = Vec::with_capacity(BATCH_SIZE);
    let mut people = PersonStream::new(world, companies);
    while let Some(draft) = people.next() {
        batch.push(person(world, companies, draft));
        if batch.len() == BATCH_SIZE {
            ids.extend(writer.create(ObjectKind::Person, &batch).await?);
            batch.clear();
            progress("people", ids.len(), total);
        }
    }
    if !batch.is_empty() {
        ids.extend(writer.create(ObjectKind::Person, &batch).await?);
        progress("people", ids.len(), total);
    }
    Ok(ids)
}

fn person(world: &World, companies: &[CompanyInfo], draft: PersonDraft) -> Json {
    let PersonDraft {
        company,
        name,
        email,
        country,
        mut rng,
    } = draft;
    let rng = &mut rng;
    let mut input = Map::new();
    input.insert("first_name".into(), json!(name.first));
    input.insert("last_name".into(), json!(name.last));
    if let Some(email) = email {
        input.insert("email".into(), json!(email));
    }
    if rng.chance(0.06) {
        let personal = format!(
            "{}@{}",
            name.email_local(rng, true),
            rng.pick(business::FREE_MAIL_EN)
        );
        input.insert("other_emails".into(), json!([personal]));
    }
    if rng.chance(0.65) {
        input.insert(
            "phone".into(),
            json!(phone(rng, country, &world.calling_code)),
        );
        if rng.chance(0.1) {
            let other = phone(rng, country, &world.calling_code);
            input.insert("other_phones".into(), json!([other]));
        }
    }
    let russian = country.russian_speaking && name.origin == Origin::Russian;
    if let Some(c) = company {
        if rng.chance(0.9) {
            let titles = if russian {
                business::TITLES_RU
            } else {
                business::TITLES_EN
            };
            input.insert("job_title".into(), json!(weighted(rng, titles)));
        }
        input.insert("company_id".into(), json!(companies[c].id.to_string()));
        input.insert("city".into(), json!(companies[c].city));
    } else if rng.chance(0.6) {
        input.insert("city".into(), json!(rng.pick(country.cities)));
    }
    input.insert("country".into(), json!(country.local_name()));
    input.insert("source".into(), json!(weighted(rng, business::SOURCES)));
    let stage = *weighted(
        rng,
        &[
            ("lead", 35),
            ("qualified", 14),
            ("opportunity", 12),
            ("customer", 26),
            ("churned", 5),
            ("other", 8),
        ],
    );
    input.insert("lifecycle_stage".into(), json!(stage));
    if let Some(status) = lead_status(rng, stage) {
        input.insert("lead_status".into(), json!(status));
    }
    if rng.chance(0.25) {
        let handle = format!(
            "{}-{}-{:x}",
            name.first_ascii,
            name.last_ascii,
            rng.below(0xfff)
        );
        input.insert(
            "linkedin_url".into(),
            json!(format!("https://www.linkedin.com/in/{handle}")),
        );
    }
    if rng.chance(0.9) {
        input.insert("owner_id".into(), world.member_id(rng));
    }
    if rng.chance(0.12) {
        input.insert("tags".into(), json!([weighted(rng, business::TAGS)]));
    }
    Json::Object(input)
}

/// Lead statuses belong to people still being worked as leads.
fn lead_status(rng: &mut Rng, stage: &str) -> Option<&'static str> {
    match stage {
        "lead" => Some(*weighted(
            rng,
            &[
                ("new", 30),
                ("attempting", 25),
                ("connected", 20),
                ("unqualified", 15),
                ("bad_timing", 10),
            ],
        )),
        "qualified" => Some("qualified"),
        _ => None,
    }
}

/// Deal ids, grouped by company: the deals of company `c` are `ids[start[c]..start[c + 1]]`.
struct DealIndex {
    ids: Vec<Uuid>,
    start: Vec<u32>,
}

impl DealIndex {
    fn of_company(&self, company: usize) -> &[Uuid] {
        let (Some(from), Some(to)) = (self.start.get(company), self.start.get(company + 1)) else {
            return &[];
        };
        self.ids.get(*from as usize..*to as usize).unwrap_or(&[])
    }
}

/// Bigger accounts have more deals, but less than in proportion to their contacts.
fn deal_weight(seed: u64, company: usize) -> f64 {
    company_weight(seed, company).powf(0.8)
}

async fn create_deals(
    writer: &Writer<'_>,
    world: &World,
    companies: &[CompanyInfo],
    progress: &mut impl FnMut(&str, usize, usize),
) -> Result<DealIndex, SampleError> {
    let total = if companies.is_empty() {
        0
    } else {
        world.sizes.deals
    };
    let weight_sum: f64 = (0..companies.len())
        .map(|c| deal_weight(world.seed, c))
        .sum();
    let mut split = Apportion::new(total, weight_sum);
    let mut index = DealIndex {
        ids: Vec::with_capacity(total),
        start: Vec::with_capacity(companies.len() + 1),
    };
    let mut batch = Vec::with_capacity(BATCH_SIZE);
    let mut drawn = 0;
    for (c, company) in companies.iter().enumerate() {
        index.start.push(drawn as u32);
        let mut count = split.next(deal_weight(world.seed, c));
        if c + 1 == companies.len() {
            count += split.remainder();
        }
        for _ in 0..count {
            batch.push(deal(world, company, drawn));
            drawn += 1;
            if batch.len() == BATCH_SIZE {
                index
                    .ids
                    .extend(writer.create(ObjectKind::Deal, &batch).await?);
                batch.clear();
                progress("deals", index.ids.len(), total);
            }
        }
    }
    index.start.push(drawn as u32);
    if !batch.is_empty() {
        index
            .ids
            .extend(writer.create(ObjectKind::Deal, &batch).await?);
        progress("deals", index.ids.len(), total);
    }
    Ok(index)
}

/// What a deal is worth in the company's currency, from a US dollar amount.
fn in_currency(usd: f64, currency: &str) -> f64 {
    let rate = match currency {
        "RUB" => 90.0,
        "KZT" => 480.0,
        "BYN" => 3.3,
        "EUR" => 0.92,
        "GBP" => 0.79,
        _ => 1.0,
    };
    usd * rate
}

fn deal(world: &World, company: &CompanyInfo, index: usize) -> Json {
    let mut rng = Rng::for_item(world.seed, stream::DEAL, index as u64);
    let rng = &mut rng;
    let russian = company.country.russian_speaking;
    let stage = &world.pipeline.stages[world.stage_pick.sample(rng)];
    let products = if russian {
        business::PRODUCTS_RU
    } else {
        business::PRODUCTS_EN
    };
    let product = rng
        .pick(products)
        .replace("{n}", &rng.between(3, 250).to_string())
        .replace(
            "{year}",
            &(world.today.year() + i32::from(rng.chance(0.5))).to_string(),
        );
    let usd = rng.log_normal(12_000.0, 1.1).clamp(300.0, 5_000_000.0);
    let currency = company.country.currency;
    let days = match stage.kind {
        StageKind::Open => rng.between(-15, 120),
        StageKind::Won | StageKind::Lost => -rng.between(1, 365),
    };
    let close = world.today.saturating_add(Duration::days(days));
    let mut input = Map::new();
    input.insert(
        "name".into(),
        json!(format!("{} — {product}", company.short_name)),
    );
    input.insert(
        "amount".into(),
        json!(round_money(in_currency(usd, currency))),
    );
    input.insert("currency".into(), json!(currency));
    input.insert("pipeline_id".into(), json!(world.pipeline.id.to_string()));
    input.insert("stage_id".into(), json!(stage.id.to_string()));
    input.insert(
        "expected_close_date".into(),
        json!(timestamp::format_date(close)),
    );
    input.insert("company_id".into(), json!(company.id.to_string()));
    input.insert("owner_id".into(), world.member_id(rng));
    input.insert("source".into(), json!(weighted(rng, business::SOURCES)));
    if stage.kind == StageKind::Lost {
        let reasons = if russian {
            business::LOST_REASONS_RU
        } else {
            business::LOST_REASONS_EN
        };
        input.insert("lost_reason".into(), json!(rng.pick(reasons)));
    }
    if rng.chance(0.1) {
        input.insert(
            "tags".into(),
            json!([rng.pick(&["upsell", "renewal", "new logo", "strategic"])]),
        );
    }
    Json::Object(input)
}

/// How busy a person's timeline is, relative to others: most people have one or two
/// activities, a few dozens.
fn activity_weight(seed: u64, person: usize) -> f64 {
    Rng::for_item(seed, stream::ACTIVITY_SHARE, person as u64).log_normal(1.0, 1.0)
}

async fn create_activities(
    writer: &Writer<'_>,
    world: &World,
    companies: &[CompanyInfo],
    people: &[Uuid],
    deals: &DealIndex,
    progress: &mut impl FnMut(&str, usize, usize),
) -> Result<usize, SampleError> {
    let total = if people.is_empty() {
        0
    } else {
        world.sizes.activities
    };
    let weight_sum: f64 = (0..people.len())
        .map(|p| activity_weight(world.seed, p))
        .sum();
    let mut split = Apportion::new(total, weight_sum);
    let mut stream = PersonStream::new(world, companies);
    let mut batch = Vec::with_capacity(BATCH_SIZE);
    let (mut drawn, mut done) = (0, 0);
    for (p, person_id) in people.iter().enumerate() {
        let Some(draft) = stream.next() else { break };
        let mut count = split.next(activity_weight(world.seed, p));
        if p + 1 == people.len() {
            count += split.remainder();
        }
        let about = Subject {
            person_id: *person_id,
            draft: &draft,
            company: draft.company.map(|c| &companies[c]),
            deals: draft.company.map_or(&[][..], |c| deals.of_company(c)),
        };
        for _ in 0..count {
            batch.push(activity(world, &about, drawn));
            drawn += 1;
            if batch.len() == BATCH_SIZE {
                done += writer.create(ObjectKind::Activity, &batch).await?.len();
                batch.clear();
                progress("activities", done, total);
            }
        }
    }
    if !batch.is_empty() {
        done += writer.create(ObjectKind::Activity, &batch).await?.len();
        progress("activities", done, total);
    }
    Ok(done)
}

/// Whom an activity is about.
struct Subject<'a> {
    person_id: Uuid,
    draft: &'a PersonDraft,
    company: Option<&'a CompanyInfo>,
    deals: &'a [Uuid],
}

fn activity(world: &World, about: &Subject<'_>, index: usize) -> Json {
    let mut rng = Rng::for_item(world.seed, stream::ACTIVITY, index as u64);
    let rng = &mut rng;
    let russian =
        about.draft.country.russian_speaking && about.draft.name.origin == Origin::Russian;
    let kind = *weighted(
        rng,
        &[
            ("email", 30),
            ("call", 24),
            ("note", 22),
            ("task", 14),
            ("meeting", 10),
        ],
    );
    let days_ago = world.recent_days(rng);
    let occurred = world.past(rng, days_ago);
    let mut input = Map::new();
    input.insert("kind".into(), json!(kind));
    input.insert("person_id".into(), json!(about.person_id.to_string()));
    if let Some(company) = about.company {
        input.insert("company_id".into(), json!(company.id.to_string()));
    }
    if !about.deals.is_empty() && rng.chance(0.45) {
        input.insert("deal_id".into(), json!(rng.pick(about.deals).to_string()));
    }
    input.insert("occurred_at".into(), json!(timestamp::format(occurred)));
    let member = world.member(rng);
    if let Some((id, _)) = member {
        input.insert("owner_id".into(), json!(id.to_string()));
    }
    let phrase = match kind {
        "task" => task_fields(world, rng, &mut input, occurred),
        "call" => call_fields(rng, &mut input),
        "email" => email_fields(rng, &mut input, member, about.draft.email.as_deref()),
        "meeting" => {
            let minutes = *rng.pick(&[30, 45, 60, 90]);
            let ends = occurred + Duration::minutes(minutes);
            input.insert("ends_at".into(), json!(timestamp::format(ends)));
            let place = phrases::location(rng, russian, about.company.map(|c| c.city));
            input.insert("location".into(), json!(place));
            Phrase::Meeting
        }
        _ => Phrase::Note,
    };
    let slots = phrases::Slots {
        first: &about.draft.name.first,
        company: about.company.map_or("", |c| c.short_name.as_str()),
    };
    let text = phrases::pick(rng, phrase, russian, &slots);
    input.insert("subject".into(), json!(text.subject));
    if !text.body.is_empty() {
        input.insert("body".into(), json!(text.body));
    }
    if let Some(transcript) = text.transcript {
        input.insert("transcript".into(), json!(transcript));
    }
    Json::Object(input)
}

/// Tasks due around today: the overdue ones mostly done, some forgotten; the upcoming open.
fn task_fields(
    world: &World,
    rng: &mut Rng,
    input: &mut Map<String, Json>,
    created: OffsetDateTime,
) -> Phrase {
    let due =
        (created + Duration::days(rng.between(0, 14))).replace_time(time::macros::time!(17:00));
    let status = if due < world.now {
        *weighted(rng, &[("done", 75), ("open", 18), ("canceled", 7)])
    } else {
        "open"
    };
    input.insert("due_at".into(), json!(timestamp::format(due)));
    input.insert("status".into(), json!(status));
    input.insert(
        "priority".into(),
        json!(weighted(rng, &[("normal", 70), ("high", 18), ("low", 12)])),
    );
    if let Some(owner) = input.get("owner_id").cloned() {
        input.insert("assignee_id".into(), owner);
    }
    Phrase::Task
}

fn call_fields(rng: &mut Rng, input: &mut Map<String, Json>) -> Phrase {
    let outcome = *weighted(
        rng,
        &[
            ("connected", 55),
            ("no_answer", 20),
            ("voicemail", 15),
            ("busy", 6),
            ("wrong_number", 2),
            ("failed", 2),
        ],
    );
    let connected = outcome == "connected";
    let seconds = if connected {
        rng.log_normal(420.0, 0.7).clamp(30.0, 5_400.0) as i64
    } else {
        rng.between(0, 40)
    };
    input.insert(
        "direction".into(),
        json!(if rng.chance(0.7) {
            "outbound"
        } else {
            "inbound"
        }),
    );
    input.insert("duration_seconds".into(), json!(seconds));
    input.insert("outcome".into(), json!(outcome));
    if connected {
        Phrase::Call
    } else {
        Phrase::MissedCall
    }
}

fn email_fields(
    rng: &mut Rng,
    input: &mut Map<String, Json>,
    member: Option<&(Uuid, String)>,
    person_email: Option<&str>,
) -> Phrase {
    let outbound = rng.chance(0.6);
    input.insert(
        "direction".into(),
        json!(if outbound { "outbound" } else { "inbound" }),
    );
    let ours = member.map(|(_, email)| email.as_str());
    let (from, to) = if outbound {
        (ours, person_email)
    } else {
        (person_email, ours)
    };
    if let Some(from) = from {
        input.insert("email_from".into(), json!(from));
    }
    if let Some(to) = to {
        input.insert("email_to".into(), json!([to]));
    }
    if outbound {
        Phrase::EmailOut
    } else {
        Phrase::EmailIn
    }
}
