//! Snapshots: they list every table and column of the migrated schema on both engines, and
//! a snapshot restored into the other engine reads back identical.

use std::collections::BTreeMap;

use relata_domain::record::Mode;
use relata_domain::schema::ParseContext;
use relata_domain::{Changes, ObjectKind};
use relata_store::{Actor, SnapshotSink, Store, Table, snapshot_tables};
use relata_testkit::{Engine, TestDb, both_engines};
use serde_json::{Value, json};
use sqlx::{Connection, Row};

/// Tables a snapshot leaves out on purpose (see the snapshot's table list).
const LEFT_OUT: &[&str] = &[
    "schema_migrations",
    "sessions",
    "sign_in_challenges",
    "password_resets",
    "idempotency_keys",
    "job_files",
];

/// Each table's columns, in order, as the database has them.
async fn schema(url: &str) -> BTreeMap<String, Vec<String>> {
    let mut tables: BTreeMap<String, Vec<String>> = BTreeMap::new();
    if url.starts_with("sqlite") {
        let mut conn = sqlx::SqliteConnection::connect(url).await.unwrap();
        let names: Vec<String> = sqlx::query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
        )
        .fetch_all(&mut conn)
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
        for name in names {
            let sql = format!("SELECT name FROM pragma_table_info('{name}') ORDER BY cid");
            let columns = sqlx::query(sqlx::AssertSqlSafe(sql))
                .fetch_all(&mut conn)
                .await
                .unwrap();
            tables.insert(name, columns.iter().map(|r| r.get(0)).collect());
        }
    } else {
        let mut conn = sqlx::PgConnection::connect(url).await.unwrap();
        let rows = sqlx::query(
            "SELECT table_name::text, column_name::text FROM information_schema.columns \
             WHERE table_schema = 'public' ORDER BY table_name, ordinal_position",
        )
        .fetch_all(&mut conn)
        .await
        .unwrap();
        for row in rows {
            tables.entry(row.get(0)).or_default().push(row.get(1));
        }
    }
    tables
}

async fn the_snapshot_lists_every_table_and_column(engine: Engine) {
    let db = TestDb::new(engine).await;
    let mut actual = schema(&db.url).await;
    for left_out in LEFT_OUT {
        assert!(actual.remove(*left_out).is_some(), "{left_out} exists");
    }
    let listed: BTreeMap<String, Vec<String>> = snapshot_tables()
        .iter()
        .map(|t| {
            (
                t.name.to_owned(),
                t.column_names().iter().map(|c| c.to_string()).collect(),
            )
        })
        .collect();
    assert_eq!(
        listed, actual,
        "crates/store/src/snapshot/tables.rs must list every table and column of the schema"
    );
    db.drop().await;
}

/// Keeps a snapshot in memory, as table name → rows.
#[derive(Default, PartialEq, Debug)]
struct Collected(Vec<(String, Vec<String>, Vec<Vec<Value>>)>);

impl SnapshotSink for Collected {
    fn table(&mut self, table: &Table) -> std::io::Result<()> {
        let columns = table.column_names().iter().map(|c| c.to_string()).collect();
        self.0.push((table.name.to_owned(), columns, Vec::new()));
        Ok(())
    }

    fn row(&mut self, values: &[Value]) -> std::io::Result<()> {
        self.0.last_mut().unwrap().2.push(values.to_vec());
        Ok(())
    }
}

async fn snapshot(store: &Store) -> Collected {
    let mut collected = Collected::default();
    store.take_snapshot(&mut collected).await.unwrap();
    collected
}

async fn fill(store: &Store) {
    let (workspace, owner) = store
        .create_workspace("Acme", "owner@acme.test", "Owner", Some("hash"))
        .await
        .unwrap();
    let actor = Actor {
        workspace_id: workspace.id,
        member_id: Some(owner.id),
    };
    let ctx = ParseContext::default();
    let company = Changes::parse(
        ObjectKind::Company,
        &json!({"name": "Globex", "domain": "globex.example"}),
        Mode::Create,
        &[],
        &ctx,
    )
    .unwrap();
    let company = store
        .create_record(actor, ObjectKind::Company, &company, &[])
        .await
        .unwrap();
    for n in 0..2_500 {
        let person = json!({
            "first_name": format!("Person {n}"),
            "email": format!("p{n}@globex.example"),
            "company_id": company.id,
            "tags": ["vip", "ru"],
        });
        let person = Changes::parse(ObjectKind::Person, &person, Mode::Create, &[], &ctx).unwrap();
        store
            .create_record(actor, ObjectKind::Person, &person, &[])
            .await
            .unwrap();
    }
    let deal = Changes::parse(ObjectKind::Deal, &json!({"name": "Pilot", "amount": 1200, "currency": "EUR", "expected_close_date": "2026-12-24"}), Mode::Create, &[], &ctx).unwrap();
    store
        .create_record(actor, ObjectKind::Deal, &deal, &[])
        .await
        .unwrap();
}

async fn a_snapshot_restored_into_the_other_engine_reads_back_identical(engine: Engine) {
    let source = TestDb::new(engine).await;
    fill(&source.store).await;
    let taken = snapshot(&source.store).await;
    let people = taken.0.iter().find(|(name, ..)| name == "people").unwrap();
    assert_eq!(people.2.len(), 2_500, "pages of a big table are all read");

    let other = match engine {
        Engine::Sqlite => Engine::Postgres,
        Engine::Postgres => Engine::Sqlite,
    };
    let target = TestDb::new(other).await;
    let mut restore = target.store.begin_restore().await.unwrap();
    for (name, columns, rows) in &taken.0 {
        restore.table(name, columns).await.unwrap();
        for row in rows {
            restore.row(row.clone()).await.unwrap();
        }
    }
    restore.finish().await.unwrap();
    assert_eq!(snapshot(&target.store).await, taken);

    let again = target.store.begin_restore().await.err().unwrap();
    assert!(again.to_string().contains("empty"), "{again}");
    source.drop().await;
    target.drop().await;
}

both_engines!(
    the_snapshot_lists_every_table_and_column,
    a_snapshot_restored_into_the_other_engine_reads_back_identical,
);
