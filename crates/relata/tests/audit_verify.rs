//! `relata audit verify` against a real database: passes on an intact log, fails (exit
//! code 1, naming the entry) once an entry is edited or deleted.

use relata_store::AuditEntry;
use relata_testkit::{Engine, TestDb, both_engines};
use serde_json::json;

fn verify(url: &str) -> (bool, String) {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_relata"))
        .args(["--database-url", url, "audit", "verify"])
        .env("RELATA_LOG_LEVEL", "warn")
        .output()
        .expect("relata runs");
    let text = String::from_utf8_lossy(&output.stdout).into_owned()
        + &String::from_utf8_lossy(&output.stderr);
    (output.status.success(), text)
}

async fn verify_finds_edited_and_deleted_entries(engine: Engine) {
    let db = TestDb::new(engine).await;
    let (workspace, owner) = db
        .store
        .create_workspace("Acme", "o@acme.test", "Owner", None)
        .await
        .unwrap();
    for n in 0..3 {
        let entry = AuditEntry::new("signed_in", json!({ "n": n }));
        db.store
            .audit(workspace.id, Some(owner.id), entry)
            .await
            .unwrap();
    }
    let (ok, text) = verify(&db.url);
    assert!(ok && text.contains("intact, 3 entries"), "{text}");

    let unguard = match engine {
        Engine::Sqlite => "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;",
        Engine::Postgres => "DROP TRIGGER audit_log_append_only ON audit_log;",
    };
    db.tamper(unguard).await.unwrap();
    db.tamper("UPDATE audit_log SET action = 'signed_out' WHERE seq = 2")
        .await
        .unwrap();
    let (ok, text) = verify(&db.url);
    assert!(!ok && text.contains("BROKEN at entry 2"), "{text}");

    db.tamper("UPDATE audit_log SET action = 'signed_in' WHERE seq = 2")
        .await
        .unwrap();
    assert!(verify(&db.url).0, "restoring the entry restores the chain");
    db.tamper("DELETE FROM audit_log WHERE seq = 1")
        .await
        .unwrap();
    let (ok, text) = verify(&db.url);
    assert!(!ok && text.contains("BROKEN at entry 1"), "{text}");
    db.drop().await;
}

both_engines!(verify_finds_edited_and_deleted_entries);
