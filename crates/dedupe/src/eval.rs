//! Evaluation on synthetic data: a deterministic generator of people and companies with
//! planted duplicates and hard negatives, and the measurements (precision, recall, speed).
//!
//! Everything here is synthetic: names, cities and company words are authored from general
//! knowledge in [`lexicon`]; no data set is read. Timings use the wall clock of the calling
//! thread (one core).

pub mod companies;
pub mod lexicon;
pub mod metrics;
pub mod people;
pub mod prng;
mod report;
pub mod spelling;
pub mod truth;
pub mod world;

use std::time::{Duration, Instant};

use serde::Serialize;

use crate::blocking::BlockStats;
use crate::cluster::clusters;
use crate::company::CompanyScan;
use crate::config::Config;
use crate::error::DedupeError;
use crate::normalize::{normalize_place, parse_company_name, parse_person_name};
use crate::person::PersonScan;
use crate::record::{Match, PersonKey};

use metrics::{Measured, Truth, measure, pack};
use truth::Synthetic;

/// Wall-clock time of each stage.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Timings {
    pub prepare: Duration,
    pub blocking: Duration,
    pub scoring: Duration,
    pub clustering: Duration,
}

impl Timings {
    pub fn total(&self) -> Duration {
        self.prepare + self.blocking + self.scoring + self.clustering
    }
}

/// One evaluation run.
pub struct Evaluation {
    pub title: String,
    pub records: usize,
    pub seed: u64,
    pub timings: Timings,
    pub generation: Duration,
    pub pairs_compared: usize,
    pub blocks: Vec<BlockStats>,
    /// The configured all-pairs block limit.
    pub max_block: usize,
    pub matches: usize,
    pub clusters: usize,
    pub measured: Measured,
    /// Wrong matches between records that agree on every identifying field they both have
    /// beyond contacts (same name and employer; same name and city): pairs the data cannot
    /// tell apart, which the generator tries but (with a few hundred names) fails to avoid.
    pub indistinguishable: usize,
    /// What "indistinguishable" means for this kind of record.
    pub indistinguishable_label: &'static str,
    /// A few wrong matches and missed duplicates, with their evidence, for reading.
    pub false_positives: Vec<(Match, String)>,
    pub false_negatives: Vec<(Match, String, bool)>,
}

impl Evaluation {
    /// Members of the largest keyed block (sorted-neighbourhood passes over everything are
    /// not blocks).
    pub fn largest_block(&self) -> usize {
        self.blocks
            .iter()
            .filter(|b| !b.sorted_pass)
            .map(|b| b.largest)
            .max()
            .unwrap_or(0)
    }
}

/// A scan the evaluation can drive, people or companies alike.
trait Scan {
    fn candidate_pairs(&self) -> (Vec<(u32, u32)>, Vec<BlockStats>);
    fn score_pairs(&self, pairs: &[(u32, u32)]) -> Vec<Match>;
    fn explain(&self, a: usize, b: usize) -> Match;
}

impl Scan for PersonScan<'_> {
    fn candidate_pairs(&self) -> (Vec<(u32, u32)>, Vec<BlockStats>) {
        PersonScan::candidate_pairs(self)
    }
    fn score_pairs(&self, pairs: &[(u32, u32)]) -> Vec<Match> {
        PersonScan::score_pairs(self, pairs)
    }
    fn explain(&self, a: usize, b: usize) -> Match {
        PersonScan::explain(self, a, b)
    }
}

impl Scan for CompanyScan<'_> {
    fn candidate_pairs(&self) -> (Vec<(u32, u32)>, Vec<BlockStats>) {
        CompanyScan::candidate_pairs(self)
    }
    fn score_pairs(&self, pairs: &[(u32, u32)]) -> Vec<Match> {
        CompanyScan::score_pairs(self, pairs)
    }
    fn explain(&self, a: usize, b: usize) -> Match {
        CompanyScan::explain(self, a, b)
    }
}

/// Generates `n` people from `seed`, scans them and measures the result.
pub fn evaluate_people(
    n: usize,
    seed: u64,
    config: &Config,
    examples: usize,
) -> Result<Evaluation, DedupeError> {
    let started = Instant::now();
    let data = people::generate_people(n, seed);
    let generation = started.elapsed();
    let started = Instant::now();
    let scan = PersonScan::new(&data.records, config)?;
    let prepare = started.elapsed();
    let describe = |i: usize| describe_person(&data.records[i]);
    let keys: Vec<Option<(String, String, String)>> =
        data.records.iter().map(person_identity).collect();
    let alike = |a: usize, b: usize| keys[a].is_some() && keys[a] == keys[b];
    let mut evaluation = run(
        "People", &scan, &data, seed, prepare, examples, describe, alike,
    );
    evaluation.indistinguishable_label = "same full name at the same employer";
    evaluation.max_block = config.max_block;
    evaluation.generation = generation;
    Ok(evaluation)
}

/// Generates `n` companies from `seed`, scans them and measures the result.
pub fn evaluate_companies(
    n: usize,
    seed: u64,
    config: &Config,
    examples: usize,
) -> Result<Evaluation, DedupeError> {
    let started = Instant::now();
    let data = companies::generate_companies(n, seed);
    let generation = started.elapsed();
    let started = Instant::now();
    let scan = CompanyScan::new(&data.records, config)?;
    let prepare = started.elapsed();
    let describe = |i: usize| describe_company(&data.records[i]);
    let keys: Vec<(String, String)> = data
        .records
        .iter()
        .map(|c| {
            let city = c.city.as_deref().map(normalize_place).unwrap_or_default();
            (parse_company_name(&c.name).compact(), city)
        })
        .collect();
    let alike = |a: usize, b: usize| keys[a] == keys[b];
    let mut evaluation = run(
        "Companies",
        &scan,
        &data,
        seed,
        prepare,
        examples,
        describe,
        alike,
    );
    evaluation.indistinguishable_label = "same name in the same city (or both without city)";
    evaluation.max_block = config.max_block;
    evaluation.generation = generation;
    Ok(evaluation)
}

#[allow(clippy::too_many_arguments)] // one call per record kind; a struct would only rename them
fn run<T: Clone>(
    title: &str,
    scan: &impl Scan,
    data: &Synthetic<T>,
    seed: u64,
    prepare: Duration,
    examples: usize,
    describe: impl Fn(usize) -> String,
    alike: impl Fn(usize, usize) -> bool,
) -> Evaluation {
    let started = Instant::now();
    let (pairs, blocks) = scan.candidate_pairs();
    let blocking = started.elapsed();
    let started = Instant::now();
    let matches = scan.score_pairs(&pairs);
    let scoring = started.elapsed();
    let started = Instant::now();
    let review = clusters(&matches);
    let clustering = started.elapsed();
    let truth = Truth {
        entity: &data.entity,
        origin: &data.origin,
    };
    let measured = measure(&truth, &pairs, &matches, &review);
    let show = |m: &Match| format!("{} ⟷ {}", describe(m.a as usize), describe(m.b as usize));
    let indistinguishable = matches
        .iter()
        .filter(|m| !truth.same(m.a as u32, m.b as u32) && alike(m.a as usize, m.b as usize))
        .count();
    let false_positives = matches
        .iter()
        .filter(|m| !truth.same(m.a as u32, m.b as u32))
        .take(examples)
        .map(|m| (m.clone(), show(m)))
        .collect();
    let found: std::collections::HashSet<u64> = matches
        .iter()
        .map(|m| pack(m.a as u32, m.b as u32))
        .collect();
    let false_negatives = truth
        .true_pairs()
        .into_iter()
        .filter(|(p, _)| !found.contains(p))
        .take(examples)
        .map(|(p, _)| {
            let (a, b) = ((p >> 32) as usize, (p as u32) as usize);
            let m = scan.explain(a, b);
            let blocked = pairs.binary_search(&(a as u32, b as u32)).is_ok();
            let text = show(&m);
            (m, text, blocked)
        })
        .collect();
    Evaluation {
        title: title.to_owned(),
        records: data.records.len(),
        seed,
        timings: Timings {
            prepare,
            blocking,
            scoring,
            clustering,
        },
        generation: Duration::ZERO,
        pairs_compared: pairs.len(),
        max_block: 0,
        blocks,
        matches: matches.len(),
        clusters: review.len(),
        measured,
        indistinguishable,
        indistinguishable_label: "",
        false_positives,
        false_negatives,
    }
}

/// A person's name (in either order) and employer, normalised; `None` without an employer.
fn person_identity(p: &PersonKey) -> Option<(String, String, String)> {
    let company = parse_company_name(p.company.as_deref()?).compact();
    let name = parse_person_name(&p.first_name, &p.last_name);
    let (x, y) = if name.first <= name.last {
        (name.first, name.last)
    } else {
        (name.last, name.first)
    };
    Some((x, y, company))
}

fn describe_person(p: &PersonKey) -> String {
    format!(
        "[{} {} | {} | {} | {} | {}]",
        p.first_name,
        p.last_name,
        p.emails.join(", "),
        p.phones.join(", "),
        p.company.as_deref().unwrap_or("-"),
        p.city.as_deref().unwrap_or("-")
    )
}

fn describe_company(c: &crate::record::CompanyKey) -> String {
    format!(
        "[{} | {} | {} | {} | {}]",
        c.name,
        c.domains.join(", "),
        c.phones.join(", "),
        c.city.as_deref().unwrap_or("-"),
        c.country.as_deref().unwrap_or("-")
    )
}
