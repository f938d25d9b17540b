//! The demo workspace, loaded into a fresh database on SQLite and PostgreSQL.

mod common;

use std::collections::{BTreeSet, HashMap};

use relata_domain::ObjectKind;
use relata_domain::timestamp;
use relata_sample::{SampleError, demo};
use relata_testkit::{Engine, TestDb, both_engines};

use common::{all, text};

fn is_cyrillic(s: &str) -> bool {
    s.chars()
        .any(|c| ('а'..='я').contains(&c.to_lowercase().next().unwrap_or(c)))
}

async fn demo_fills_a_fresh_database_once(engine: Engine) {
    let db = TestDb::new(engine).await;
    let report = demo::load(&db.store).await.unwrap();
    let workspace = db.store.first_workspace().await.unwrap().unwrap();
    assert_eq!(report.workspace_id, workspace.id);
    assert_eq!(workspace.name, "Northwind Trading");
    let ws = workspace.id;

    let companies = all(&db.store, ws, ObjectKind::Company, "name").await;
    let people = all(&db.store, ws, ObjectKind::Person, "email").await;
    assert_eq!(companies.len(), report.companies);
    assert_eq!(people.len(), report.people);
    assert!((55..=65).contains(&companies.len()), "{}", companies.len());
    assert!((240..=260).contains(&people.len()), "{}", people.len());
    assert!(
        people
            .iter()
            .any(|p| p.get("country").as_text() == Some("Россия"))
    );

    // Every stage of the pipeline has deals.
    let pipeline = db.store.pipelines(ws).await.unwrap().remove(0);
    let deals = all(&db.store, ws, ObjectKind::Deal, "name").await;
    assert_eq!(deals.len(), report.deals);
    let mut per_stage: HashMap<uuid::Uuid, usize> = HashMap::new();
    for deal in &deals {
        *per_stage
            .entry(deal.get("stage_id").as_id().unwrap())
            .or_default() += 1;
    }
    for stage in &pipeline.stages {
        assert!(
            per_stage.get(&stage.id).copied().unwrap_or(0) >= 1,
            "no deal in {}",
            stage.name
        );
    }
    let currencies: BTreeSet<&str> = deals.iter().map(|d| text(d, "currency")).collect();
    assert!(
        ["USD", "EUR", "RUB"].iter().all(|c| currencies.contains(c)),
        "{currencies:?}"
    );

    // A year of activities of every kind, in both languages.
    let activities = all(&db.store, ws, ObjectKind::Activity, "occurred_at").await;
    assert_eq!(activities.len(), report.activities);
    let kinds: BTreeSet<&str> = activities.iter().map(|a| text(a, "kind")).collect();
    assert_eq!(
        kinds,
        BTreeSet::from(["call", "email", "meeting", "note", "task"])
    );
    let bodies: Vec<String> = activities
        .iter()
        .map(|a| {
            format!(
                "{} {} {}",
                text(a, "subject"),
                text(a, "body"),
                text(a, "transcript")
            )
        })
        .collect();
    assert!(bodies.iter().filter(|b| is_cyrillic(b)).count() >= 50);
    assert!(
        bodies
            .iter()
            .filter(|b| !is_cyrillic(b) && b.contains(" the "))
            .count()
            >= 50
    );
    assert!(
        activities
            .iter()
            .any(|a| text(a, "transcript").lines().count() >= 6)
    );
    let now = timestamp::now();
    let oldest = activities.first().unwrap().get("occurred_at");
    let relata_domain::Value::DateTime(oldest) = oldest else {
        panic!("{oldest:?}")
    };
    assert!(
        (now - *oldest).whole_days() > 300,
        "the timeline covers a year"
    );

    // Tasks: some done, some overdue, some due today.
    let tasks: Vec<_> = activities
        .iter()
        .filter(|a| text(a, "kind") == "task")
        .collect();
    let due = |a: &relata_domain::Record| match a.get("due_at") {
        relata_domain::Value::DateTime(t) => Some(*t),
        _ => None,
    };
    assert!(tasks.iter().any(|t| text(t, "status") == "done"));
    let open: Vec<_> = tasks
        .iter()
        .filter(|t| text(t, "status") == "open")
        .collect();
    assert!(
        open.iter()
            .any(|t| due(t).is_some_and(|d| d.date() < now.date()))
    );
    assert!(
        open.iter()
            .any(|t| due(t).is_some_and(|d| d.date() == now.date()))
    );

    // A second load would mix demo data with what is there: refused.
    let again = demo::load(&db.store).await.unwrap_err();
    assert!(matches!(again, SampleError::NotEmpty { .. }), "{again}");
    assert!(again.to_string().contains("already has people"));
    db.drop().await;
}

both_engines!(demo_fills_a_fresh_database_once);
