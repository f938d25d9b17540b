//! The benchmark data set at a small size, on SQLite and PostgreSQL.

mod common;

use std::collections::{BTreeSet, HashMap};

use relata_domain::{ObjectKind, Record};
use relata_sample::bench::{self, Sizes};
use relata_store::Store;
use relata_testkit::{Engine, TestDb, both_engines};

use common::{all, text};

const SIZES: Sizes = Sizes {
    companies: 50,
    people: 300,
    deals: 80,
    activities: 600,
};

/// Creates the small data set and returns the people in a stable order.
async fn generate(store: &Store, seed: u64) -> (uuid::Uuid, Vec<Record>) {
    let mut last: HashMap<String, (usize, usize)> = HashMap::new();
    let report = bench::generate(store, SIZES, seed, |phase, done, total| {
        last.insert(phase.to_owned(), (done, total));
    })
    .await
    .unwrap();
    assert_eq!(report.created, SIZES);
    for (phase, total) in [
        ("companies", 50),
        ("people", 300),
        ("deals", 80),
        ("activities", 600),
    ] {
        assert_eq!(last.get(phase), Some(&(total, total)), "{phase}");
    }
    let people = all(
        store,
        report.workspace_id,
        ObjectKind::Person,
        "email,first_name,last_name",
    )
    .await;
    (report.workspace_id, people)
}

fn names(people: &[Record]) -> Vec<(String, String, String)> {
    people
        .iter()
        .map(|p| {
            (
                text(p, "first_name").to_owned(),
                text(p, "last_name").to_owned(),
                text(p, "email").to_owned(),
            )
        })
        .collect()
}

async fn bench_creates_exact_counts_deterministically(engine: Engine) {
    let first = TestDb::new(engine).await;
    let (ws, people) = generate(&first.store, 7).await;
    assert_eq!(people.len(), 300);
    assert_eq!(
        all(&first.store, ws, ObjectKind::Company, "name")
            .await
            .len(),
        50
    );
    let deals = all(&first.store, ws, ObjectKind::Deal, "name").await;
    assert_eq!(deals.len(), 80);
    let activities = all(&first.store, ws, ObjectKind::Activity, "occurred_at").await;
    assert_eq!(activities.len(), 600);

    // Looks like a CRM: many distinct names, people at companies, deals in several stages,
    // every kind of activity.
    let distinct_last: BTreeSet<&str> = people.iter().map(|p| text(p, "last_name")).collect();
    assert!(distinct_last.len() > 150, "{}", distinct_last.len());
    assert!(
        people
            .iter()
            .filter(|p| p.get("company_id").as_id().is_some())
            .count()
            > 250
    );
    let stages: BTreeSet<_> = deals
        .iter()
        .filter_map(|d| d.get("stage_id").as_id())
        .collect();
    assert!(stages.len() >= 4);
    let kinds: BTreeSet<&str> = activities.iter().map(|a| text(a, "kind")).collect();
    assert_eq!(kinds.len(), 5);

    // Same seed, same people; another seed, other people.
    let second = TestDb::new(engine).await;
    let (_, again) = generate(&second.store, 7).await;
    assert_eq!(names(&again), names(&people));
    let third = TestDb::new(engine).await;
    let (_, other) = generate(&third.store, 8).await;
    assert_ne!(names(&other), names(&people));
    for db in [first, second, third] {
        db.drop().await;
    }
}

both_engines!(bench_creates_exact_counts_deterministically);
