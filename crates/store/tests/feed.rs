//! The change feed's contract on both engines: every change is numbered in commit order,
//! announced after its commit, absent when rolled back, and readable from any position.

use relata_domain::record::Mode;
use relata_domain::schema::ParseContext;
use relata_domain::{Changes, ObjectKind};
use relata_store::{Actor, BatchItem, BatchMode, Store};
use relata_testkit::{Engine, TestDb, both_engines};
use serde_json::json;
use time::{Duration, OffsetDateTime};

async fn workspace(store: &Store, email: &str) -> Actor {
    let (workspace, owner) = store
        .create_workspace("Acme", email, "Owner", None)
        .await
        .unwrap();
    Actor {
        workspace_id: workspace.id,
        member_id: Some(owner.id),
    }
}

fn parse(kind: ObjectKind, input: serde_json::Value, mode: Mode) -> Changes {
    Changes::parse(kind, &input, mode, &[], &ParseContext::default()).unwrap()
}

async fn changes_are_numbered_announced_and_readable_from_a_position(engine: Engine) {
    let db = TestDb::new(engine).await;
    let actor = workspace(&db.store, "owner@acme.test").await;
    let other = workspace(&db.store, "owner@other.test").await;
    let mut commits = db.store.commits();

    let deal = db
        .store
        .create_record(
            actor,
            ObjectKind::Deal,
            &parse(
                ObjectKind::Deal,
                json!({"name": "Pilot", "owner_id": actor.member_id}),
                Mode::Create,
            ),
            &[],
        )
        .await
        .unwrap();
    let announced = commits.recv().await.unwrap();
    assert_eq!(
        (announced.workspace_id, announced.seq),
        (actor.workspace_id, 1)
    );
    let rename = parse(ObjectKind::Deal, json!({"name": "Pilot 2"}), Mode::Patch);
    db.store
        .update_record(actor, ObjectKind::Deal, deal.id, 1, &rename, &[])
        .await
        .unwrap();
    db.store
        .trash_record(actor, ObjectKind::Deal, deal.id, Some(2))
        .await
        .unwrap();
    db.store
        .create_record(
            other,
            ObjectKind::Person,
            &parse(
                ObjectKind::Person,
                json!({"first_name": "Ann"}),
                Mode::Create,
            ),
            &[],
        )
        .await
        .unwrap();

    let all = db
        .store
        .changes_after(actor.workspace_id, 0, 10)
        .await
        .unwrap();
    let summary: Vec<(i64, &str, i64)> = all
        .iter()
        .map(|c| (c.seq, c.change.as_str(), c.version))
        .collect();
    assert_eq!(
        summary,
        [(1, "created", 1), (2, "updated", 2), (3, "deleted", 3)]
    );
    assert!(all.iter().all(|c| c.id == deal.id && c.object == "deal"));
    assert_eq!(
        all[0].owner_id, actor.member_id,
        "the owner, for visibility"
    );
    assert_eq!(all[1].actor_id, actor.member_id);
    assert_eq!(all[1].data["changes"][0]["new"], json!("Pilot 2"));
    let later = db
        .store
        .changes_after(actor.workspace_id, 2, 10)
        .await
        .unwrap();
    assert_eq!(later.len(), 1);
    assert_eq!(db.store.feed_head(actor.workspace_id).await.unwrap(), 3);
    assert_eq!(
        db.store.feed_head(other.workspace_id).await.unwrap(),
        1,
        "each workspace numbers its own changes"
    );

    // Pruning keeps the latest change of each workspace, so numbering goes on.
    let tomorrow = OffsetDateTime::now_utc() + Duration::days(1);
    assert_eq!(db.store.prune_feed(tomorrow).await.unwrap(), 2);
    assert_eq!(db.store.feed_head(actor.workspace_id).await.unwrap(), 3);
    db.drop().await;
}

async fn a_rolled_back_batch_leaves_no_change(engine: Engine) {
    let db = TestDb::new(engine).await;
    let actor = workspace(&db.store, "owner@acme.test").await;
    let item = |input| BatchItem {
        id: None,
        version: None,
        changes: parse(ObjectKind::Person, input, Mode::Create),
    };
    let items = vec![
        item(json!({"first_name": "Fine"})),
        item(json!({"company_id": uuid::Uuid::now_v7()})),
    ];
    let failed = db
        .store
        .batch(actor, ObjectKind::Person, BatchMode::Create, items, &[])
        .await;
    assert!(failed.is_err());
    assert_eq!(db.store.feed_head(actor.workspace_id).await.unwrap(), 0);
    db.drop().await;
}

/// Writers racing in one workspace still leave numbers 1..=N with no gap or repeat.
async fn concurrent_writers_get_consecutive_numbers(engine: Engine) {
    let db = TestDb::new(engine).await;
    let actor = workspace(&db.store, "owner@acme.test").await;
    let writers = (0..8).map(|i| {
        let store = db.store.clone();
        tokio::spawn(async move {
            for j in 0..5 {
                let name = format!("Writer {i} deal {j}");
                let changes = parse(ObjectKind::Deal, json!({ "name": name }), Mode::Create);
                store
                    .create_record(actor, ObjectKind::Deal, &changes, &[])
                    .await
                    .unwrap();
            }
        })
    });
    for writer in writers.collect::<Vec<_>>() {
        writer.await.unwrap();
    }
    let all = db
        .store
        .changes_after(actor.workspace_id, 0, 100)
        .await
        .unwrap();
    let numbers: Vec<i64> = all.iter().map(|c| c.seq).collect();
    assert_eq!(numbers, (1..=40).collect::<Vec<_>>());
    db.drop().await;
}

both_engines!(
    changes_are_numbered_announced_and_readable_from_a_position,
    a_rolled_back_batch_leaves_no_change,
    concurrent_writers_get_consecutive_numbers,
);
