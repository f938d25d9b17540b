//! The demo workspace: a first run should show a living CRM, not empty tables.
//!
//! Northwind Trading, a small team selling warehouse and fleet software, with sixty accounts
//! in eleven countries (a third of them Russian-speaking), 250 contacts, deals in every stage
//! of the pipeline and a year of notes, calls, emails, meetings and tasks written in English
//! and Russian. Each account has a story that matches where it stands: a prospect's timeline
//! goes from the first call to the proposal its deal waits on, a churned customer's from
//! onboarding to the escalations that lost it.
//!
//! The data is the same on every load (a fixed seed), except that dates follow today.

mod accounts;
mod texts;

use std::collections::HashSet;

use relata_domain::pipeline::{Pipeline, Stage, StageKind};
use relata_domain::query::{ListParams, ListQuery};
use relata_domain::{ObjectKind, timestamp};
use relata_store::{PastDeal, Store, Workspace};
use serde_json::{Map, Value as Json, json};
use time::{Date, Duration, OffsetDateTime};
use uuid::Uuid;

use crate::business;
use crate::countries::{COUNTRIES, Country, phone};
use crate::names::{Gender, NameBook, Origin, PersonName};
use crate::rng::{Apportion, Rng, weighted};
use crate::writer::Writer;
use crate::{SampleError, first_or_new_workspace};
use accounts::{ACCOUNTS, Account, Relation};
use texts::{CallTemplate, Template, Topic, fill};

/// What the demo created.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoReport {
    pub workspace_id: Uuid,
    pub companies: usize,
    pub people: usize,
    pub deals: usize,
    pub activities: usize,
}

/// "Northwin" in ASCII: any fixed value would do.
const SEED: u64 = 0x4E6F_7274_6877_696E;
const PEOPLE: usize = 250;

/// Fills the first workspace (a new "Northwind Trading" one if there is none) with the demo
/// team's data. Refused when the workspace already has people.
pub async fn load(store: &Store) -> Result<DemoReport, SampleError> {
    let (workspace, owner) = first_or_new_workspace(
        store,
        "Northwind Trading",
        "alex@northwind.example",
        "Alex Morgan",
    )
    .await?;
    refuse_if_populated(store, &workspace).await?;
    let writer = Writer::new(store, &workspace, owner.id).await?;
    let pipeline = store
        .pipelines(workspace.id)
        .await?
        .into_iter()
        .find(|p| !p.stages.is_empty())
        .ok_or(SampleError::NoPipeline)?;
    let now = timestamp::now();
    let team = Team {
        owner_id: owner.id.to_string(),
        owner_name: owner.name,
        owner_email: owner.email,
        calling_code: writer.default_calling_code().to_owned(),
        now,
        today: now.date(),
        pipeline,
    };
    let mut rng = Rng::new(SEED);
    let mut companies = plan_companies(&mut rng);
    let inputs: Vec<Json> = companies
        .iter()
        .map(|c| company_input(&mut rng, &team, c))
        .collect();
    for (company, id) in companies
        .iter_mut()
        .zip(writer.create(ObjectKind::Company, &inputs).await?)
    {
        company.id = id;
    }
    let mut contacts = plan_contacts(&mut rng, &companies);
    let inputs: Vec<Json> = contacts
        .iter()
        .map(|c| contact_input(&mut rng, &team, &companies[c.company], c))
        .collect();
    for (contact, id) in contacts
        .iter_mut()
        .zip(writer.create(ObjectKind::Person, &inputs).await?)
    {
        contact.id = id;
    }
    let mut deals = plan_deals(&mut rng, &team, &companies);
    let inputs: Vec<Json> = deals
        .iter()
        .map(|d| deal_input(&team, &companies[d.company], d))
        .collect();
    for (deal, id) in deals
        .iter_mut()
        .zip(writer.create(ObjectKind::Deal, &inputs).await?)
    {
        deal.id = id;
    }
    let activities = plan_activities(&mut rng, &team, &companies, &contacts, &deals);
    let created = writer.create(ObjectKind::Activity, &activities).await?;
    // A random stream of its own, so the rest of the demo stays as it was.
    let pasts = plan_history(&mut Rng::new(SEED ^ 0x4849_5354), &team, &deals);
    store.set_deal_history(workspace.id, &pasts).await?;
    Ok(DemoReport {
        workspace_id: workspace.id,
        companies: companies.len(),
        people: contacts.len(),
        deals: deals.len(),
        activities: created.len(),
    })
}

async fn refuse_if_populated(store: &Store, workspace: &Workspace) -> Result<(), SampleError> {
    let params = ListParams {
        limit: Some("1"),
        ..Default::default()
    };
    let ctx = workspace.settings.parse_context();
    let query = ListQuery::parse(ObjectKind::Person, &params, &[], &ctx).map_err(|errors| {
        SampleError::Invalid {
            kind: ObjectKind::Person,
            errors,
        }
    })?;
    let page = store
        .list_records(workspace.id, ObjectKind::Person, &query)
        .await?;
    if page.records.is_empty() {
        Ok(())
    } else {
        Err(SampleError::NotEmpty {
            workspace: workspace.name.clone(),
        })
    }
}

/// The workspace facts every record needs.
struct Team {
    owner_id: String,
    owner_name: String,
    owner_email: String,
    calling_code: String,
    now: OffsetDateTime,
    today: Date,
    pipeline: Pipeline,
}

impl Team {
    fn owner_first(&self) -> &str {
        self.owner_name
            .split_whitespace()
            .next()
            .unwrap_or(&self.owner_name)
    }

    fn stages(&self, kind: StageKind) -> Vec<&Stage> {
        self.pipeline
            .stages
            .iter()
            .filter(|s| s.kind == kind)
            .collect()
    }

    /// A moment `days_ago` days back in office hours (UTC), never in the future.
    /// A time in the afternoon of `date`, never later than now.
    fn close_time(&self, date: Date) -> OffsetDateTime {
        let afternoon = date.with_time(time::Time::from_hms(15, 0, 0).expect("a time"));
        afternoon.assume_utc().min(self.now - Duration::minutes(5))
    }

    fn at(&self, rng: &mut Rng, days_ago: i64) -> OffsetDateTime {
        let minutes = rng.between(7 * 60, 17 * 60);
        let day = (self.now - Duration::days(days_ago)).replace_time(time::Time::MIDNIGHT);
        (day + Duration::minutes(minutes)).min(self.now - Duration::minutes(5))
    }
}

struct Company {
    account: &'static Account,
    country: &'static Country,
    id: Uuid,
    short: String,
    /// The competitor this account also talks to.
    competitor: usize,
    sites: i64,
    trucks: i64,
    /// Licences bought, in use, and people in the system on a typical day.
    seats: i64,
    seats_used: i64,
    daily_users: i64,
}

impl Company {
    /// How the company is named in text: the short name in English, the full name with its
    /// legal form in Russian, where «ООО «Вектор»» reads naturally in any case.
    fn in_text(&self, russian: bool) -> &str {
        if russian {
            self.account.name
        } else {
            &self.short
        }
    }

    fn currency(&self) -> &'static str {
        match self.country.currency {
            "RUB" | "BYN" => "RUB",
            "EUR" => "EUR",
            _ => "USD",
        }
    }

    /// Whether the account mostly buys trucks' telematics rather than warehouse software.
    fn runs_fleet(&self) -> bool {
        let industry = self.account.industry;
        ["Freight", "Грузоперевозки", "Beverages", "напитков"]
            .iter()
            .any(|w| industry.contains(w))
    }
}

fn plan_companies(rng: &mut Rng) -> Vec<Company> {
    ACCOUNTS
        .iter()
        .map(|account| {
            let seats = (account.employees / 80 * 10).clamp(20, 400);
            let seats_used = seats * rng.between(78, 96) / 100;
            Company {
                account,
                country: COUNTRIES
                    .iter()
                    .find(|c| c.name == account.country)
                    .unwrap_or(&COUNTRIES[0]),
                id: Uuid::nil(),
                short: business::short_name(account.name),
                competitor: rng.below(texts::COMPETITORS_EN.len()),
                sites: (1 + account.employees / 450).clamp(1, 8),
                trucks: (account.employees / 6).clamp(15, 300),
                seats,
                seats_used,
                daily_users: seats_used * rng.between(45, 80) / 100,
            }
        })
        .collect()
}

fn company_input(rng: &mut Rng, team: &Team, company: &Company) -> Json {
    let account = company.account;
    let revenue_per_employee = if company.currency() == "RUB" {
        9_000_000.0
    } else {
        120_000.0
    };
    let revenue = account.employees as f64 * revenue_per_employee * rng.log_normal(1.0, 0.3);
    let tag = match account.relation {
        Relation::Customer => "customer",
        Relation::Prospect => "prospect",
        Relation::Lead => "lead",
        Relation::Churned => "churned",
        Relation::Lost => "lost",
    };
    json!({
        "name": account.name,
        "domain": account.domain,
        "industry": account.industry,
        "employees": account.employees,
        "annual_revenue": round_to(revenue, 100_000.0),
        "phone": phone(rng, company.country, &team.calling_code),
        "city": account.city,
        "country": company.country.local_name(),
        "description": account.description,
        "owner_id": team.owner_id,
        "tags": [tag],
    })
}

fn round_to(amount: f64, step: f64) -> i64 {
    ((amount / step).round() * step).max(step) as i64
}

struct Contact {
    company: usize,
    name: PersonName,
    title: &'static str,
    email: String,
    stage: &'static str,
    /// The account's main contact: the one deals and most of the story are with.
    primary: bool,
    /// Whether their notes, emails and calls are in Russian.
    russian: bool,
    id: Uuid,
}

impl Contact {
    fn female(&self) -> bool {
        self.name.gender == Gender::Female
    }
}

/// How many contacts each account has: a few at every account, more where there is more
/// going on.
fn contacts_per_account() -> Vec<usize> {
    let weight = |a: &Account| {
        let relation = match a.relation {
            Relation::Customer => 5.0,
            Relation::Prospect => 4.5,
            Relation::Churned | Relation::Lost => 3.0,
            Relation::Lead => 2.0,
        };
        relation * (a.employees as f64).powf(0.2)
    };
    let total: f64 = ACCOUNTS.iter().map(weight).sum();
    let mut split = Apportion::new(PEOPLE - ACCOUNTS.len(), total);
    let mut counts: Vec<usize> = ACCOUNTS.iter().map(|a| 1 + split.next(weight(a))).collect();
    if let Some(last) = counts.last_mut() {
        *last += split.remainder();
    }
    counts
}

const PRIMARY_TITLES_EN: &[&str] = &[
    "Head of Logistics",
    "COO",
    "Operations Director",
    "Supply Chain Director",
    "VP Operations",
];
const PRIMARY_TITLES_RU: &[&str] = &[
    "Директор по логистике",
    "Операционный директор",
    "Коммерческий директор",
    "Руководитель службы логистики",
];

fn plan_contacts(rng: &mut Rng, companies: &[Company]) -> Vec<Contact> {
    let book = NameBook::new();
    let mut contacts = Vec::with_capacity(PEOPLE);
    for (index, (company, count)) in companies.iter().zip(contacts_per_account()).enumerate() {
        let mut locals = HashSet::new();
        for n in 0..count {
            contacts.push(contact(rng, &book, company, index, n == 0, &mut locals));
        }
    }
    contacts
}

fn contact(
    rng: &mut Rng,
    book: &NameBook,
    company: &Company,
    index: usize,
    primary: bool,
    locals: &mut HashSet<String>,
) -> Contact {
    let account = company.account;
    let origin = if account.russian_speaking() || rng.chance(0.05) {
        Origin::Russian
    } else {
        Origin::English
    };
    let name = book.person(rng, origin, !account.cyrillic_names());
    let base = name.email_local(rng, false);
    let mut local = base.clone();
    let mut n = 2;
    while !locals.insert(local.clone()) {
        local = format!("{base}{n}");
        n += 1;
    }
    let cyrillic = account.cyrillic_names();
    let title = match (primary, cyrillic) {
        (true, true) => *rng.pick(PRIMARY_TITLES_RU),
        (true, false) => *rng.pick(PRIMARY_TITLES_EN),
        (false, true) => *weighted(rng, business::TITLES_RU),
        (false, false) => *weighted(rng, business::TITLES_EN),
    };
    // Russian-speaking staff at a Cypriot company write in either language.
    let russian = match account.country {
        "Cyprus" => origin == Origin::Russian && rng.chance(0.6),
        _ => account.russian_speaking(),
    };
    Contact {
        company: index,
        stage: lifecycle(rng, account.relation, primary),
        email: format!("{local}@{}", account.domain),
        name,
        title,
        primary,
        russian,
        id: Uuid::nil(),
    }
}

fn lifecycle(rng: &mut Rng, relation: Relation, primary: bool) -> &'static str {
    match relation {
        Relation::Customer if primary || rng.chance(0.85) => "customer",
        Relation::Customer => "other",
        Relation::Prospect if primary || rng.chance(0.5) => "opportunity",
        Relation::Prospect => "qualified",
        Relation::Lead => "lead",
        Relation::Churned => "churned",
        Relation::Lost if rng.chance(0.4) => "lead",
        Relation::Lost => "other",
    }
}

fn contact_input(rng: &mut Rng, team: &Team, company: &Company, contact: &Contact) -> Json {
    let account = company.account;
    let mut input = Map::new();
    input.insert("first_name".into(), json!(contact.name.first));
    input.insert("last_name".into(), json!(contact.name.last));
    input.insert("email".into(), json!(contact.email));
    if contact.primary || rng.chance(0.75) {
        input.insert(
            "phone".into(),
            json!(phone(rng, company.country, &team.calling_code)),
        );
    }
    input.insert("job_title".into(), json!(contact.title));
    input.insert("company_id".into(), json!(company.id.to_string()));
    input.insert("city".into(), json!(account.city));
    input.insert("country".into(), json!(company.country.local_name()));
    input.insert("source".into(), json!(weighted(rng, business::SOURCES)));
    input.insert("lifecycle_stage".into(), json!(contact.stage));
    let status = match (contact.stage, account.relation) {
        ("lead", Relation::Lost) => Some("bad_timing"),
        ("lead", _) => Some(*weighted(
            rng,
            &[
                ("new", 3),
                ("attempting", 3),
                ("connected", 4),
                ("unqualified", 1),
            ],
        )),
        ("qualified", _) => Some("qualified"),
        _ => None,
    };
    if let Some(status) = status {
        input.insert("lead_status".into(), json!(status));
    }
    input.insert("owner_id".into(), json!(team.owner_id));
    if contact.primary {
        let tag = match account.relation {
            Relation::Customer | Relation::Prospect => "champion",
            _ => "decision maker",
        };
        input.insert("tags".into(), json!([tag]));
    }
    Json::Object(input)
}

/// What a deal is for; it names the deal and sets its size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Offer {
    Warehouse,
    Fleet,
    Routes,
    Expansion,
    Renewal,
}

struct Deal {
    company: usize,
    offer: Offer,
    stage: Stage,
    /// In major units of the company's currency.
    amount: i64,
    close: Date,
    lost_reason: Option<&'static str>,
    id: Uuid,
}

fn plan_deals(rng: &mut Rng, team: &Team, companies: &[Company]) -> Vec<Deal> {
    let open = team.stages(StageKind::Open);
    let won = team
        .stages(StageKind::Won)
        .first()
        .copied()
        .or(open.last().copied());
    let lost = team
        .stages(StageKind::Lost)
        .first()
        .copied()
        .or(open.first().copied());
    let mut deals = Vec::new();
    let mut next_open = 0;
    for (index, company) in companies.iter().enumerate() {
        let first_offer = if company.runs_fleet() {
            Offer::Fleet
        } else if rng.chance(0.15) {
            Offer::Routes
        } else {
            Offer::Warehouse
        };
        let russian = company.account.russian_speaking();
        // (what, stage, expected close in days from today, lost reason)
        let mut plans: Vec<(Offer, Option<&Stage>, i64, Option<&'static str>)> = Vec::new();
        match company.account.relation {
            Relation::Customer => {
                plans.push((first_offer, won, -rng.between(240, 330), None));
                if rng.chance(0.5) {
                    let offer = if rng.chance(0.5) {
                        Offer::Expansion
                    } else {
                        Offer::Renewal
                    };
                    let late = open.len().saturating_sub(1 + rng.below(2));
                    plans.push((offer, open.get(late).copied(), rng.between(10, 60), None));
                }
            }
            Relation::Prospect => {
                // Prospects go round the open stages so that every stage has deals.
                let stage = open.get(next_open % open.len().max(1)).copied();
                next_open += 1;
                plans.push((first_offer, stage, rng.between(-5, 90), None));
            }
            Relation::Lead => {
                if rng.chance(0.5) {
                    plans.push((
                        first_offer,
                        open.first().copied(),
                        rng.between(60, 150),
                        None,
                    ));
                }
            }
            Relation::Churned => {
                plans.push((first_offer, won, -rng.between(330, 365), None));
                let reason = if russian {
                    "Холдинг перешёл на единую ERP"
                } else {
                    "Moved to the group's ERP after a merger"
                };
                plans.push((Offer::Renewal, lost, -rng.between(20, 60), Some(reason)));
            }
            Relation::Lost => {
                let reasons = if russian {
                    business::LOST_REASONS_RU
                } else {
                    business::LOST_REASONS_EN
                };
                let reason = *rng.pick(reasons);
                plans.push((first_offer, lost, -rng.between(30, 90), Some(reason)));
            }
        }
        for (offer, stage, days, lost_reason) in plans {
            let Some(stage) = stage else { continue };
            deals.push(Deal {
                company: index,
                offer,
                stage: stage.clone(),
                amount: offer_amount(rng, company, offer),
                close: team.today.saturating_add(Duration::days(days)),
                lost_reason,
                id: Uuid::nil(),
            });
        }
    }
    deals
}

/// When each deal was created and went through its stages: closed deals took one to four
/// months from first call to signature and closed on their close date; open deals entered
/// each stage before the current one at a steady pace, later stages having taken longer.
fn plan_history(rng: &mut Rng, team: &Team, deals: &[Deal]) -> Vec<PastDeal> {
    let open = team.stages(StageKind::Open);
    deals
        .iter()
        .map(|deal| {
            let position = open.iter().position(|s| s.id == deal.stage.id);
            let (created, until, path, closed_at): (_, _, Vec<&Stage>, _) = match position {
                Some(p) => {
                    let created = team.now
                        - Duration::days(rng.between(12 + 15 * p as i64, 35 + 25 * p as i64));
                    let until = team.now - Duration::days(rng.between(1, 10));
                    (created, until, open[..=p].to_vec(), None)
                }
                None => {
                    let closed = team.close_time(deal.close);
                    let created = closed - Duration::days(rng.between(30, 120));
                    let reached = match deal.stage.kind {
                        StageKind::Won => open.len(),
                        _ => 1 + rng.below(open.len().max(1)),
                    };
                    let mut path = open[..reached.min(open.len())].to_vec();
                    path.push(&deal.stage);
                    (created, closed, path, Some(closed))
                }
            };
            let steps = path.len().max(1) as i32;
            let span = until - created;
            let stages = path
                .iter()
                .enumerate()
                .map(|(i, stage)| {
                    let at = if closed_at.is_some() && i + 1 == path.len() {
                        until
                    } else {
                        created + span * (i as i32) / steps
                    };
                    (stage.id, at)
                })
                .collect();
            PastDeal {
                deal_id: deal.id,
                pipeline_id: team.pipeline.id,
                created_at: created,
                stages,
                closed_at,
            }
        })
        .collect()
}

/// A deal's size in the company's currency, rounded as a proposal would be.
fn offer_amount(rng: &mut Rng, company: &Company, offer: Offer) -> i64 {
    let usd = match offer {
        Offer::Warehouse => company.sites as f64 * 18_000.0 + 12_000.0,
        Offer::Fleet => company.trucks as f64 * 480.0,
        Offer::Routes => 15_000.0,
        Offer::Expansion => company.sites.max(2) as f64 * 9_000.0,
        Offer::Renewal => company.sites as f64 * 16_000.0,
    } * rng.log_normal(1.0, 0.15);
    match company.currency() {
        "RUB" => round_to(usd * 90.0, 10_000.0),
        "EUR" => round_to(usd * 0.92, 100.0),
        _ => round_to(usd, 100.0),
    }
}

fn sites_text(n: i64, russian: bool) -> String {
    if russian {
        format!("{n} {}", texts::plural_ru(n, "склад", "склада", "складов"))
    } else if n == 1 {
        "1 warehouse".to_owned()
    } else {
        format!("{n} warehouses")
    }
}

fn trucks_text(n: i64, russian: bool) -> String {
    if russian {
        format!("{n} {}", texts::plural_ru(n, "машина", "машины", "машин"))
    } else {
        format!("{n} trucks")
    }
}

fn deal_name(team: &Team, company: &Company, deal: &Deal) -> String {
    let russian = company.account.russian_speaking();
    let year = team.today.year() + 1;
    let what = match (deal.offer, russian) {
        (Offer::Warehouse, false) => format!("WMS rollout, {}", sites_text(company.sites, false)),
        (Offer::Warehouse, true) => format!("WMS на {}", sites_text(company.sites, true)),
        (Offer::Fleet, false) => {
            format!("Fleet telematics, {}", trucks_text(company.trucks, false))
        }
        (Offer::Fleet, true) => format!("Телематика, {}", trucks_text(company.trucks, true)),
        (Offer::Routes, false) => "Route planner pilot".to_owned(),
        (Offer::Routes, true) => "Пилот планировщика маршрутов".to_owned(),
        (Offer::Expansion, false) => "Expansion: returns module and new site".to_owned(),
        (Offer::Expansion, true) => "Расширение: модуль возвратов и новый склад".to_owned(),
        (Offer::Renewal, false) => format!("Renewal {year}"),
        (Offer::Renewal, true) => format!("Продление {year}"),
    };
    format!("{} — {what}", company.short)
}

fn deal_input(team: &Team, company: &Company, deal: &Deal) -> Json {
    let mut input = Map::new();
    input.insert("name".into(), json!(deal_name(team, company, deal)));
    input.insert("amount".into(), json!(deal.amount));
    input.insert("currency".into(), json!(company.currency()));
    input.insert("pipeline_id".into(), json!(team.pipeline.id.to_string()));
    input.insert("stage_id".into(), json!(deal.stage.id.to_string()));
    input.insert(
        "expected_close_date".into(),
        json!(timestamp::format_date(deal.close)),
    );
    input.insert("company_id".into(), json!(company.id.to_string()));
    input.insert("owner_id".into(), json!(team.owner_id));
    if let Some(reason) = deal.lost_reason {
        input.insert("lost_reason".into(), json!(reason));
    }
    let tag = match deal.offer {
        Offer::Expansion => Some("upsell"),
        Offer::Renewal => Some("renewal"),
        _ => None,
    };
    if let Some(tag) = tag {
        input.insert("tags".into(), json!([tag]));
    }
    Json::Object(input)
}

/// The part of an account's story each contact's timeline covers: when it starts and ends
/// (days ago), how many activities it holds, and the moments it goes through.
struct Story {
    from_days: i64,
    to_days: i64,
    count: usize,
    topics: &'static [Topic],
}

impl Story {
    /// Colleagues of the main contact join later: the first call and the first meeting
    /// were with the main contact.
    fn for_contact(self, primary: bool) -> Story {
        if primary || self.topics.len() < 2 {
            return self;
        }
        let skip = self.topics.len().div_ceil(3);
        Story {
            from_days: self.to_days + (self.from_days - self.to_days) * 2 / 3,
            topics: &self.topics[skip..],
            ..self
        }
    }
}

fn story(rng: &mut Rng, relation: Relation, primary: bool, deal_stage: Option<&Stage>) -> Story {
    use Topic::*;
    let count = |rng: &mut Rng, main: (i64, i64), other: (i64, i64)| {
        let (lo, hi) = if primary { main } else { other };
        rng.between(lo, hi) as usize
    };
    match relation {
        Relation::Customer => Story {
            from_days: rng.between(280, 360),
            to_days: rng.between(0, 4),
            count: count(rng, (9, 13), (2, 5)),
            topics: &[
                Procurement,
                Onboarding,
                Onboarding,
                CheckIn,
                Support,
                CheckIn,
                Upsell,
                Renewal,
            ],
        },
        Relation::Prospect => {
            static SALE: [Topic; 6] = [Intro, Discovery, Demo, Pricing, Pilot, Procurement];
            // The story has come as far as the deal: a deal in the second stage has had a
            // demo but no proposal yet.
            let reached = match deal_stage.map(|s| s.position) {
                None | Some(0) => 2,
                Some(1) => 3,
                Some(2) => 4,
                Some(_) => 6,
            };
            Story {
                from_days: rng.between(50, 140),
                to_days: rng.between(0, 3),
                count: count(rng, (6, 10), (1, 4)),
                topics: &SALE[..reached.min(SALE.len())],
            }
        }
        Relation::Lead => Story {
            from_days: rng.between(5, 45),
            to_days: rng.between(0, 5),
            count: count(rng, (1, 3), (0, 1)),
            topics: &[Intro, Discovery],
        },
        Relation::Churned => Story {
            from_days: rng.between(330, 365),
            to_days: rng.between(20, 60),
            count: count(rng, (7, 10), (1, 3)),
            topics: &[Onboarding, CheckIn, Support, Support, ChurnRisk, ChurnRisk],
        },
        Relation::Lost => Story {
            from_days: rng.between(120, 240),
            to_days: rng.between(30, 90),
            count: count(rng, (5, 8), (1, 3)),
            topics: &[Intro, Discovery, Demo, Pricing, Lost],
        },
    }
}

/// Everything a text about one contact may mention.
struct About<'a> {
    team: &'a Team,
    company: &'a Company,
    contact: &'a Contact,
    colleague: Option<&'a Contact>,
    deal: Option<&'a Deal>,
}

impl About<'_> {
    fn russian(&self) -> bool {
        self.contact.russian
    }

    fn amount(&self, rng: &mut Rng) -> String {
        let (amount, currency) = match self.deal {
            Some(deal) => (deal.amount, self.company.currency()),
            None => (
                offer_amount(rng, self.company, Offer::Warehouse),
                self.company.currency(),
            ),
        };
        format_amount(amount, currency, self.russian())
    }

    /// What the account could buy next: the product line it does not run yet.
    fn upsell(&self) -> &'static str {
        if self.product() == "Northwind Fleet" {
            "Northwind WMS"
        } else {
            "Northwind Fleet"
        }
    }

    fn product(&self) -> &'static str {
        match self.deal.map(|d| d.offer) {
            Some(Offer::Fleet) => "Northwind Fleet",
            Some(Offer::Routes) => "Northwind Routes",
            _ if self.company.runs_fleet() => "Northwind Fleet",
            _ => "Northwind WMS",
        }
    }

    fn fill(&self, rng: &mut Rng, template: &str, at: OffsetDateTime) -> String {
        let russian = self.russian();
        let date = format_date((at + Duration::days(rng.between(7, 30))).date(), russian);
        let colleague = match (self.colleague, russian) {
            (Some(c), _) => c.name.full(),
            (None, false) => "their IT lead".to_owned(),
            (None, true) => "руководитель ИТ".to_owned(),
        };
        let competitor = if russian {
            texts::COMPETITORS_RU[self.company.competitor % texts::COMPETITORS_RU.len()]
        } else {
            texts::COMPETITORS_EN[self.company.competitor % texts::COMPETITORS_EN.len()]
        };
        let slots = [
            ("first", self.contact.name.first.clone()),
            ("name", self.contact.name.full()),
            ("title", self.contact.title.to_owned()),
            ("company", self.company.in_text(russian).to_owned()),
            ("city", self.company.account.city.to_owned()),
            ("me", self.team.owner_name.clone()),
            ("me_first", self.team.owner_first().to_owned()),
            ("product", self.product().to_owned()),
            ("upsell", self.upsell().to_owned()),
            ("seats", self.company.seats.to_string()),
            ("seats_used", self.company.seats_used.to_string()),
            ("users", self.company.daily_users.to_string()),
            ("pct", rng.between(35, 75).to_string()),
            ("amount", self.amount(rng)),
            ("sites", sites_text(self.company.sites, russian)),
            ("trucks", trucks_text(self.company.trucks, russian)),
            ("competitor", competitor.to_owned()),
            ("date", date),
            ("discount", format!("{}%", rng.pick(&[5, 7, 8, 10, 12]))),
            ("year", (self.team.today.year() + 1).to_string()),
            ("colleague", colleague),
        ];
        let slots: Vec<(&str, &str)> = slots.iter().map(|(k, v)| (*k, v.as_str())).collect();
        fill(template, &slots, self.contact.female())
    }
}

fn format_amount(amount: i64, currency: &str, russian: bool) -> String {
    let digits = amount.to_string();
    let separator = if russian { " " } else { "," };
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push_str(separator);
        }
        grouped.push(c);
    }
    match (currency, russian) {
        ("RUB", _) => format!("{grouped} ₽"),
        ("EUR", false) => format!("€{grouped}"),
        ("EUR", true) => format!("{grouped} €"),
        (_, false) => format!("${grouped}"),
        (_, true) => format!("{grouped} $"),
    }
}

fn format_date(date: Date, russian: bool) -> String {
    let month = usize::from(u8::from(date.month())) - 1;
    if russian {
        format!("{} {}", date.day(), texts::MONTHS_RU[month])
    } else {
        format!("{} {}", texts::MONTHS_EN[month], date.day())
    }
}

fn plan_activities(
    rng: &mut Rng,
    team: &Team,
    companies: &[Company],
    contacts: &[Contact],
    deals: &[Deal],
) -> Vec<Json> {
    let mut activities = Vec::new();
    let mut used = HashSet::new();
    let mut next_steps = 0;
    for (index, contact) in contacts.iter().enumerate() {
        let company = &companies[contact.company];
        let company_deals: Vec<&Deal> = deals
            .iter()
            .filter(|d| d.company == contact.company)
            .collect();
        let open_deal = company_deals
            .iter()
            .find(|d| d.stage.kind == StageKind::Open)
            .copied();
        let colleague = contacts
            .iter()
            .enumerate()
            .find(|(i, c)| c.company == contact.company && *i != index)
            .map(|(_, c)| c);
        let about = About {
            team,
            company,
            contact,
            colleague,
            deal: open_deal.or(company_deals.last().copied()),
        };
        let story = story(
            rng,
            company.account.relation,
            contact.primary,
            open_deal.map(|d| &d.stage),
        )
        .for_contact(contact.primary);
        timeline(rng, &about, &story, &mut used, &mut activities);
        if let (true, Some(deal)) = (contact.primary, open_deal) {
            activities.push(next_step(rng, &about, deal, next_steps));
            next_steps += 1;
        }
    }
    activities
}

/// A contact's activities over their story, oldest first, crowded toward its recent end.
fn timeline(
    rng: &mut Rng,
    about: &About<'_>,
    story: &Story,
    used: &mut HashSet<(usize, Kind, usize)>,
    out: &mut Vec<Json>,
) {
    let span = (story.from_days - story.to_days).max(1) as f64;
    let mut days: Vec<i64> = (0..story.count)
        .map(|_| story.to_days + (span * rng.unit().powf(1.6)) as i64)
        .collect();
    days.sort_unstable_by(|a, b| b.cmp(a));
    for (i, days_ago) in days.iter().enumerate() {
        let topic = story.topics[i * story.topics.len() / story.count.max(1)];
        let at = about.team.at(rng, *days_ago);
        out.push(activity(rng, about, topic, at, used));
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Kind {
    Note,
    EmailOut,
    EmailIn,
    Call,
    Meeting,
    Task,
}

/// Templates of `kind` about `topic` in the contact's language.
fn candidates(kind: Kind, topic: Topic, russian: bool) -> Vec<usize> {
    let matches = |t: &Template| t.topic == topic && t.russian == russian;
    let list: &[Template] = match kind {
        Kind::Note => texts::NOTES,
        Kind::EmailOut => texts::EMAILS_OUT,
        Kind::EmailIn => texts::EMAILS_IN,
        Kind::Meeting => texts::MEETINGS,
        Kind::Task => texts::TASKS,
        Kind::Call => {
            let calls = texts::CALLS.iter().enumerate();
            return calls
                .filter(|(_, c)| c.topic == topic && c.russian == russian)
                .map(|(i, _)| i)
                .collect();
        }
    };
    list.iter()
        .enumerate()
        .filter(|(_, t)| matches(t))
        .map(|(i, _)| i)
        .collect()
}

fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Note => "note",
        Kind::EmailOut | Kind::EmailIn => "email",
        Kind::Call => "call",
        Kind::Meeting => "meeting",
        Kind::Task => "task",
    }
}

/// Picks a kind and a template for the moment, preferring templates this account has not
/// seen yet so that a timeline never repeats itself.
fn choose(
    rng: &mut Rng,
    about: &About<'_>,
    topic: Topic,
    used: &mut HashSet<(usize, Kind, usize)>,
) -> (Kind, usize) {
    let wanted = *weighted(
        rng,
        &[
            (Kind::EmailOut, 20),
            (Kind::EmailIn, 9),
            (Kind::Call, 26),
            (Kind::Note, 22),
            (Kind::Meeting, 11),
            (Kind::Task, 12),
        ],
    );
    let order = [
        wanted,
        Kind::Note,
        Kind::Call,
        Kind::EmailOut,
        Kind::Meeting,
        Kind::Task,
    ];
    let company = about.contact.company;
    let mut seen_before = None;
    for kind in order {
        let options = candidates(kind, topic, about.russian());
        let fresh: Vec<usize> = options
            .iter()
            .copied()
            .filter(|i| !used.contains(&(company, kind, *i)))
            .collect();
        if !fresh.is_empty() {
            let pick = *rng.pick(&fresh);
            used.insert((company, kind, pick));
            return (kind, pick);
        }
        if seen_before.is_none() && !options.is_empty() {
            seen_before = Some((kind, options));
        }
    }
    // Everything about this moment was used at this account already: repeat one.
    match seen_before {
        Some((kind, options)) => (kind, *rng.pick(&options)),
        None => (Kind::Task, 0),
    }
}

fn activity(
    rng: &mut Rng,
    about: &About<'_>,
    topic: Topic,
    at: OffsetDateTime,
    used: &mut HashSet<(usize, Kind, usize)>,
) -> Json {
    let (kind, index) = choose(rng, about, topic, used);
    let mut input = base_activity(about, kind, at);
    if let (Some(deal), true) = (about.deal, topic.concerns_deal()) {
        input.insert("deal_id".into(), json!(deal.id.to_string()));
    }
    match kind {
        Kind::Call => call(rng, about, &texts::CALLS[index], at, &mut input),
        Kind::Note => text_fields(rng, about, &texts::NOTES[index], at, &mut input),
        Kind::Meeting => {
            text_fields(rng, about, &texts::MEETINGS[index], at, &mut input);
            meeting_fields(rng, about, at, &mut input);
        }
        Kind::EmailOut | Kind::EmailIn => {
            let template = if kind == Kind::EmailOut {
                &texts::EMAILS_OUT[index]
            } else {
                &texts::EMAILS_IN[index]
            };
            text_fields(rng, about, template, at, &mut input);
            email_fields(rng, about, kind == Kind::EmailOut, &mut input);
        }
        Kind::Task => {
            text_fields(rng, about, &texts::TASKS[index], at, &mut input);
            past_task_fields(rng, about, at, &mut input);
        }
    }
    Json::Object(input)
}

fn base_activity(about: &About<'_>, kind: Kind, at: OffsetDateTime) -> Map<String, Json> {
    let mut input = Map::new();
    input.insert("kind".into(), json!(kind_name(kind)));
    input.insert("person_id".into(), json!(about.contact.id.to_string()));
    input.insert("company_id".into(), json!(about.company.id.to_string()));
    input.insert("occurred_at".into(), json!(timestamp::format(at)));
    input.insert("owner_id".into(), json!(about.team.owner_id));
    input
}

fn text_fields(
    rng: &mut Rng,
    about: &About<'_>,
    template: &Template,
    at: OffsetDateTime,
    input: &mut Map<String, Json>,
) {
    input.insert(
        "subject".into(),
        json!(about.fill(rng, template.subject, at)),
    );
    if !template.body.is_empty() {
        input.insert("body".into(), json!(about.fill(rng, template.body, at)));
    }
}

fn call(
    rng: &mut Rng,
    about: &About<'_>,
    template: &CallTemplate,
    at: OffsetDateTime,
    input: &mut Map<String, Json>,
) {
    let connected = rng.chance(0.78);
    input.insert(
        "subject".into(),
        json!(about.fill(rng, template.subject, at)),
    );
    input.insert(
        "direction".into(),
        json!(if rng.chance(0.75) {
            "outbound"
        } else {
            "inbound"
        }),
    );
    if connected {
        input.insert("body".into(), json!(about.fill(rng, template.summary, at)));
        input.insert(
            "transcript".into(),
            json!(about.fill(rng, template.transcript, at)),
        );
        input.insert("outcome".into(), json!("connected"));
        input.insert(
            "duration_seconds".into(),
            json!(rng.between(4 * 60, 38 * 60)),
        );
    } else {
        let missed = if about.russian() {
            texts::MISSED_CALLS_RU
        } else {
            texts::MISSED_CALLS_EN
        };
        let index = rng.below(missed.len());
        let outcome = ["no_answer", "voicemail", "no_answer", "busy"][index % 4];
        input.insert("body".into(), json!(missed[index]));
        input.insert("outcome".into(), json!(outcome));
        input.insert("duration_seconds".into(), json!(rng.between(0, 50)));
    }
}

fn email_fields(rng: &mut Rng, about: &About<'_>, outbound: bool, input: &mut Map<String, Json>) {
    let (ours, theirs) = (&about.team.owner_email, &about.contact.email);
    let (from, to) = if outbound {
        (ours, theirs)
    } else {
        (theirs, ours)
    };
    input.insert(
        "direction".into(),
        json!(if outbound { "outbound" } else { "inbound" }),
    );
    input.insert("email_from".into(), json!(from));
    input.insert("email_to".into(), json!([to]));
    if let (Some(colleague), true) = (about.colleague, rng.chance(0.25)) {
        input.insert("email_cc".into(), json!([colleague.email]));
    }
}

fn meeting_fields(
    rng: &mut Rng,
    about: &About<'_>,
    at: OffsetDateTime,
    input: &mut Map<String, Json>,
) {
    let minutes = *rng.pick(&[30, 45, 60, 90]);
    input.insert(
        "ends_at".into(),
        json!(timestamp::format(at + Duration::minutes(minutes))),
    );
    let city = about.company.account.city;
    let place = match (rng.below(4), about.russian()) {
        (0, false) => format!("{} office, {city}", about.company.short),
        (0, true) => format!("Офис клиента, {city}"),
        (1, _) => "Zoom".to_owned(),
        (2, false) => "Google Meet".to_owned(),
        (2, true) => "Телемост".to_owned(),
        (_, false) => "Microsoft Teams".to_owned(),
        (_, true) => "Zoom".to_owned(),
    };
    input.insert("location".into(), json!(place));
}

/// A task from the past: mostly done, sometimes forgotten (overdue) or dropped; what is
/// weeks old has been dealt with one way or the other, as on a real team's list.
fn past_task_fields(
    rng: &mut Rng,
    about: &About<'_>,
    at: OffsetDateTime,
    input: &mut Map<String, Json>,
) {
    let due = at + Duration::days(rng.between(1, 6));
    let due = due.replace_time(time::macros::time!(17:00));
    let status = if due > about.team.now {
        "open"
    } else if due > about.team.now - Duration::days(21) {
        *weighted(rng, &[("done", 80), ("open", 14), ("canceled", 6)])
    } else {
        *weighted(rng, &[("done", 94), ("canceled", 6)])
    };
    task_fields(about, due, status, "normal", input);
}

fn task_fields(
    about: &About<'_>,
    due: OffsetDateTime,
    status: &str,
    priority: &str,
    input: &mut Map<String, Json>,
) {
    input.insert("due_at".into(), json!(timestamp::format(due)));
    input.insert("status".into(), json!(status));
    input.insert("priority".into(), json!(priority));
    input.insert("assignee_id".into(), json!(about.team.owner_id));
}

/// Due dates of open deals' next steps relative to today, in turn: some today, some
/// overdue, most in the coming weeks, as on any seller's task list.
const NEXT_STEP_DAYS: [i64; 12] = [0, -3, 2, 0, -8, 5, 1, 0, -1, 9, 14, -15];

/// The next step of an open deal: an open task due around today.
fn next_step(rng: &mut Rng, about: &About<'_>, deal: &Deal, turn: usize) -> Json {
    use Topic::*;
    let topic = match deal.stage.position {
        0 => Discovery,
        1 => Demo,
        2 => Pricing,
        _ => Procurement,
    };
    let options = candidates(Kind::Task, topic, about.russian());
    let template = if options.is_empty() {
        &texts::TASKS[0]
    } else {
        &texts::TASKS[*rng.pick(&options)]
    };
    let offset = NEXT_STEP_DAYS[turn % NEXT_STEP_DAYS.len()];
    // Set some days before it was due.
    let days_ago = rng.between(1, 6).max(rng.between(1, 4) - offset);
    let created = about.team.at(rng, days_ago);
    let mut input = base_activity(about, Kind::Task, created);
    input.insert("deal_id".into(), json!(deal.id.to_string()));
    text_fields(rng, about, template, created, &mut input);
    let due = (about.team.today.saturating_add(Duration::days(offset)))
        .with_time(time::macros::time!(17:00))
        .assume_utc();
    let priority = if offset <= 0 { "high" } else { "normal" };
    task_fields(about, due, "open", priority, &mut input);
    Json::Object(input)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn there_are_sixty_accounts_with_unique_domains() {
        assert_eq!(ACCOUNTS.len(), 60);
        let domains: HashSet<&str> = ACCOUNTS.iter().map(|a| a.domain).collect();
        assert_eq!(domains.len(), 60);
        for account in ACCOUNTS {
            assert!(
                COUNTRIES.iter().any(|c| c.name == account.country),
                "{}",
                account.country
            );
        }
        let russian = ACCOUNTS.iter().filter(|a| a.country == "Russia").count();
        assert!(russian >= 15);
    }

    #[test]
    fn contacts_add_up_to_the_team_size() {
        let counts = contacts_per_account();
        assert_eq!(counts.iter().sum::<usize>(), PEOPLE);
        assert!(counts.iter().all(|c| *c >= 1));
    }

    #[test]
    fn amounts_and_dates_read_naturally() {
        assert_eq!(format_amount(4_200_000, "RUB", true), "4 200 000 ₽");
        assert_eq!(format_amount(84_000, "USD", false), "$84,000");
        assert_eq!(format_amount(52_400, "EUR", false), "€52,400");
        let date = Date::from_calendar_date(2026, time::Month::March, 14).unwrap();
        assert_eq!(format_date(date, true), "14 марта");
        assert_eq!(format_date(date, false), "March 14");
    }
}
