//! The scenarios: what one client does in a loop.

use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use serde_json::{Value, json};

use crate::report::Summary;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scenario {
    /// GET one person by id.
    Get,
    /// A filtered, sorted page of 50 people.
    List,
    /// Global search by a name prefix, sometimes misspelt.
    Search,
    /// The deals board of the first pipeline.
    Board,
    /// POST one new person.
    Create,
    /// PATCH a person the client owns, with its version.
    Patch,
    /// POST batches of 1,000 new people.
    Batch,
}

impl Scenario {
    pub fn parse(name: &str) -> anyhow::Result<Scenario> {
        Ok(match name {
            "get" => Scenario::Get,
            "list" => Scenario::List,
            "search" => Scenario::Search,
            "board" => Scenario::Board,
            "create" => Scenario::Create,
            "patch" => Scenario::Patch,
            "batch" => Scenario::Batch,
            other => bail!(
                "unknown scenario \"{other}\"; use get, list, search, board, create, patch, batch"
            ),
        })
    }

    fn name(self) -> &'static str {
        match self {
            Scenario::Get => "get",
            Scenario::List => "list",
            Scenario::Search => "search",
            Scenario::Board => "board",
            Scenario::Create => "create",
            Scenario::Patch => "patch",
            Scenario::Batch => "batch",
        }
    }
}

/// What the scenarios draw from: real ids, names and a pipeline of the target. The oldest
/// people are sampled, so records that earlier load runs created do not skew the draw.
#[derive(Clone)]
pub struct Setup {
    pub people: Vec<String>,
    pub last_names: Vec<String>,
    pub cities: Vec<String>,
    pub pipeline: String,
}

impl Setup {
    pub async fn discover(client: &reqwest::Client, base: &str) -> anyhow::Result<Setup> {
        let page: Value = client
            .get(format!(
                "{base}/api/v1/people?limit=500&sort=created_at&fields=last_name,city"
            ))
            .send()
            .await
            .context("is Relata running there?")?
            .json()
            .await?;
        let records = page["data"].as_array().cloned().unwrap_or_default();
        if records.is_empty() {
            bail!("the target has no people; load data first (relata bench-data or relata demo)");
        }
        let text = |r: &Value, f: &str| r[f].as_str().map(str::to_owned);
        let pipelines: Value = client
            .get(format!("{base}/api/v1/pipelines"))
            .send()
            .await?
            .json()
            .await?;
        Ok(Setup {
            people: records.iter().filter_map(|r| text(r, "id")).collect(),
            last_names: records
                .iter()
                .filter_map(|r| text(r, "last_name"))
                .collect(),
            cities: records.iter().filter_map(|r| text(r, "city")).collect(),
            pipeline: pipelines["data"][0]["id"]
                .as_str()
                .unwrap_or_default()
                .to_owned(),
        })
    }
}

/// xorshift64*: each client draws its own reproducible sequence.
struct Draw(u64);

impl Draw {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn pick<'a>(&mut self, items: &'a [String]) -> &'a str {
        if items.is_empty() {
            ""
        } else {
            &items[(self.next() % items.len() as u64) as usize]
        }
    }
}

/// Swaps two neighbouring letters: the commonest typo.
fn misspell(word: &str, draw: &mut Draw) -> String {
    let mut chars: Vec<char> = word.chars().collect();
    if chars.len() >= 5 {
        let at = 1 + (draw.next() % (chars.len() as u64 - 2)) as usize;
        chars.swap(at, at + 1);
    }
    chars.into_iter().collect()
}

struct ClientResult {
    latencies: Vec<u64>,
    requests: usize,
    errors: usize,
    records: usize,
    first_error: Option<String>,
}

pub async fn run(
    scenario: Scenario,
    client: &reqwest::Client,
    base: &str,
    setup: &Setup,
    clients: usize,
    duration: Duration,
) -> Summary {
    let shared = Arc::new((client.clone(), base.to_owned(), setup.clone()));
    let started = Instant::now();
    let mut tasks = Vec::with_capacity(clients);
    for n in 0..clients {
        let shared = shared.clone();
        tasks.push(tokio::spawn(async move {
            let (client, base, setup) = &*shared;
            one_client(scenario, client, base, setup, n as u64, started + duration).await
        }));
    }
    let mut summary = Summary {
        name: scenario.name(),
        requests: 0,
        errors: 0,
        records: 0,
        elapsed: Duration::ZERO,
        latencies: Vec::new(),
        first_error: None,
    };
    for task in tasks {
        if let Ok(result) = task.await {
            summary.requests += result.requests;
            summary.errors += result.errors;
            summary.records += result.records;
            summary.latencies.extend(result.latencies);
            summary.first_error = summary.first_error.or(result.first_error);
        }
    }
    summary.elapsed = started.elapsed();
    summary.latencies.sort_unstable();
    summary
}

async fn one_client(
    scenario: Scenario,
    client: &reqwest::Client,
    base: &str,
    setup: &Setup,
    n: u64,
    until: Instant,
) -> ClientResult {
    let mut draw = Draw(0x9e37_79b9_7f4a_7c15 ^ (n + 1).wrapping_mul(0xbf58_476d_1ce4_e5b9));
    let mut result = ClientResult {
        latencies: Vec::new(),
        requests: 0,
        errors: 0,
        records: 0,
        first_error: None,
    };
    // The patch scenario edits a person of its own, so clients never conflict.
    let mut own = if scenario == Scenario::Patch {
        own_person(client, base, n).await
    } else {
        None
    };
    let mut sequence = 0u64;
    while Instant::now() < until {
        sequence += 1;
        let request = build(
            scenario,
            client,
            base,
            setup,
            &mut draw,
            n,
            sequence,
            own.as_ref(),
        );
        let started = Instant::now();
        let outcome = match request.send().await {
            Ok(reply) => {
                let status = reply.status();
                let body = reply.bytes().await.unwrap_or_default();
                if status.is_success() {
                    Ok(body)
                } else {
                    Err(format!("{status}: {}", String::from_utf8_lossy(&body)))
                }
            }
            Err(error) => Err(error.to_string()),
        };
        let micros = started.elapsed().as_micros() as u64;
        result.requests += 1;
        match outcome {
            Ok(body) => {
                result.latencies.push(micros);
                result.records += if scenario == Scenario::Batch {
                    BATCH_SIZE
                } else {
                    1
                };
                if let (Some((_, version)), Scenario::Patch) = (own.as_mut(), scenario) {
                    let reply: Value = serde_json::from_slice(&body).unwrap_or_default();
                    *version = reply["version"].as_i64().unwrap_or(*version + 1);
                }
            }
            Err(error) => {
                result.errors += 1;
                result.first_error.get_or_insert(error);
            }
        }
    }
    result
}

const BATCH_SIZE: usize = 1_000;

/// Creates the person a patching client edits: its id and version.
async fn own_person(client: &reqwest::Client, base: &str, n: u64) -> Option<(String, i64)> {
    let body = json!({"first_name": "Load", "last_name": format!("Patcher {n}")});
    let reply = client
        .post(format!("{base}/api/v1/people"))
        .json(&body)
        .send()
        .await
        .ok()?;
    let created: Value = reply.json().await.ok()?;
    Some((
        created["id"].as_str()?.to_owned(),
        created["version"].as_i64().unwrap_or(1),
    ))
}

#[allow(clippy::too_many_arguments)]
fn build(
    scenario: Scenario,
    client: &reqwest::Client,
    base: &str,
    setup: &Setup,
    draw: &mut Draw,
    n: u64,
    sequence: u64,
    own: Option<&(String, i64)>,
) -> reqwest::RequestBuilder {
    match scenario {
        Scenario::Get => client.get(format!("{base}/api/v1/people/{}", draw.pick(&setup.people))),
        Scenario::List => {
            let filter = match draw.next() % 3 {
                0 => format!("city eq \"{}\"", draw.pick(&setup.cities)),
                1 => "lifecycle_stage eq customer".to_owned(),
                _ => format!("last_name starts_with \"{}\"", draw.pick(&setup.last_names).chars().take(3).collect::<String>()),
            };
            let sort = ["-updated_at", "last_name", "-created_at"][(draw.next() % 3) as usize];
            client.get(format!("{base}/api/v1/people")).query(&[("filter", filter.as_str()), ("sort", sort), ("limit", "50")])
        }
        Scenario::Search => {
            let name = draw.pick(&setup.last_names).to_owned();
            let query = if draw.next().is_multiple_of(4) { misspell(&name, draw) } else { name.chars().take(4 + (draw.next() % 3) as usize).collect() };
            client.get(format!("{base}/api/v1/search")).query(&[("q", query.as_str())])
        }
        Scenario::Board => client.get(format!("{base}/api/v1/pipelines/{}/board", setup.pipeline)),
        Scenario::Create => client
            .post(format!("{base}/api/v1/people"))
            .json(&json!({"first_name": "Load", "last_name": format!("Client {n}"), "email": format!("load.{n}.{sequence}@bench.example")})),
        Scenario::Patch => {
            let (id, version) = own.cloned().unwrap_or_default();
            client
                .patch(format!("{base}/api/v1/people/{id}"))
                .header("if-match", version.to_string())
                .json(&json!({"job_title": format!("Title {sequence}")}))
        }
        Scenario::Batch => {
            let records: Vec<Value> = (0..BATCH_SIZE)
                .map(|i| json!({"first_name": "Batch", "last_name": format!("Client {n}"), "email": format!("batch.{n}.{sequence}.{i}@bench.example"), "city": "Berlin"}))
                .collect();
            client.post(format!("{base}/api/v1/people/batch")).json(&json!({"mode": "create", "records": records}))
        }
    }
}
