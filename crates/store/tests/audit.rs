//! The audit log's contract on both engines: changes are logged in their own transaction,
//! the chain verifies, and an edited or removed entry is found.

use relata_domain::record::Mode;
use relata_domain::schema::ParseContext;
use relata_domain::{Changes, ObjectKind};
use relata_store::{Actor, AuditEntry, AuditVerdict, BatchItem, BatchMode, Store};
use relata_testkit::{Engine, TestDb, both_engines};
use serde_json::json;

async fn workspace(store: &Store) -> Actor {
    let (workspace, owner) = store
        .create_workspace("Acme", "owner@acme.test", "Owner", None)
        .await
        .unwrap();
    Actor {
        workspace_id: workspace.id,
        member_id: Some(owner.id),
    }
}

fn person(input: serde_json::Value, mode: Mode) -> Changes {
    Changes::parse(
        ObjectKind::Person,
        &input,
        mode,
        &[],
        &ParseContext::default(),
    )
    .unwrap()
}

/// Two people made, one renamed, and a sign-in: four entries.
async fn some_history(db: &TestDb) -> Actor {
    let actor = workspace(&db.store).await;
    let items = vec![
        BatchItem {
            id: None,
            version: None,
            changes: person(json!({"first_name": "Anna"}), Mode::Create),
        },
        BatchItem {
            id: None,
            version: None,
            changes: person(json!({"first_name": "Oleg"}), Mode::Create),
        },
    ];
    let made = db
        .store
        .batch(actor, ObjectKind::Person, BatchMode::Create, items, &[])
        .await
        .unwrap();
    let anna = made[0].id;
    let rename = person(json!({"first_name": "Anya"}), Mode::Patch);
    db.store
        .update_record(actor, ObjectKind::Person, anna, 1, &rename, &[])
        .await
        .unwrap();
    db.store
        .audit(
            actor.workspace_id,
            actor.member_id,
            AuditEntry::new("signed_in", json!({})),
        )
        .await
        .unwrap();
    actor
}

async fn changes_are_logged_and_the_chain_verifies(engine: Engine) {
    let db = TestDb::new(engine).await;
    let actor = some_history(&db).await;
    let entries = db
        .store
        .audit_page(actor.workspace_id, None, None, None, 10)
        .await
        .unwrap();
    let actions: Vec<&str> = entries.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(actions, ["signed_in", "updated", "created", "created"]);
    let update = &entries[1];
    assert_eq!(update.object.as_deref(), Some("person"));
    assert_eq!(update.actor_id, actor.member_id);
    assert_eq!(update.via, "system", "outside a request");
    assert_eq!(
        update.detail["changes"][0],
        json!({"field": "first_name", "old": "Anna", "new": "Anya"})
    );
    match db.store.verify_audit(actor.workspace_id).await.unwrap() {
        AuditVerdict::Intact { entries, head } => {
            assert_eq!(entries, 4);
            assert_eq!(
                head,
                db.store
                    .audit_page(actor.workspace_id, None, None, None, 1)
                    .await
                    .unwrap()[0]
                    .hash
            );
        }
        broken => panic!("{broken:?}"),
    }
    db.drop().await;
}

async fn a_rolled_back_change_leaves_no_entry(engine: Engine) {
    let db = TestDb::new(engine).await;
    let actor = workspace(&db.store).await;
    let items = vec![
        BatchItem {
            id: None,
            version: None,
            changes: person(json!({"first_name": "Fine"}), Mode::Create),
        },
        BatchItem {
            id: None,
            version: None,
            changes: person(json!({"company_id": uuid::Uuid::now_v7()}), Mode::Create),
        },
    ];
    assert!(
        db.store
            .batch(actor, ObjectKind::Person, BatchMode::Create, items, &[])
            .await
            .is_err()
    );
    assert!(
        db.store
            .audit_page(actor.workspace_id, None, None, None, 10)
            .await
            .unwrap()
            .is_empty()
    );
    db.drop().await;
}

async fn the_log_refuses_edits_and_finds_tampering(engine: Engine) {
    let db = TestDb::new(engine).await;
    let actor = some_history(&db).await;
    let edit = "UPDATE audit_log SET detail = '{}' WHERE seq = 2";
    assert!(db.tamper(edit).await.is_err(), "the log is append-only");

    // Someone with full access drops the guard and edits an entry.
    let unguard = match engine {
        Engine::Sqlite => "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;",
        Engine::Postgres => "DROP TRIGGER audit_log_append_only ON audit_log;",
    };
    db.tamper(unguard).await.unwrap();
    db.tamper(edit).await.unwrap();
    let verdict = db.store.verify_audit(actor.workspace_id).await.unwrap();
    assert!(
        matches!(verdict, AuditVerdict::Broken { seq: 2, .. }),
        "{verdict:?}"
    );

    // Rewriting the detail's hash too is caught by the chain.
    let rehash = "UPDATE audit_log SET detail_hash = '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a' WHERE seq = 2";
    db.tamper(rehash).await.unwrap();
    let verdict = db.store.verify_audit(actor.workspace_id).await.unwrap();
    assert!(
        matches!(verdict, AuditVerdict::Broken { seq: 2, .. }),
        "{verdict:?}"
    );

    db.tamper("DELETE FROM audit_log WHERE seq = 2")
        .await
        .unwrap();
    let verdict = db.store.verify_audit(actor.workspace_id).await.unwrap();
    assert!(
        matches!(&verdict, AuditVerdict::Broken { seq: 2, reason } if reason.contains("missing")),
        "{verdict:?}"
    );
    db.drop().await;
}

both_engines!(
    changes_are_logged_and_the_chain_verifies,
    a_rolled_back_change_leaves_no_entry,
    the_log_refuses_edits_and_finds_tampering,
);
