//! The audit log: an append-only, hash-chained record of who did what, when, from where.
//!
//! Entries of a workspace are numbered 1, 2, 3…; each one's hash covers its own fields and
//! the previous entry's hash, so changing or removing an entry breaks every hash after it.
//! Appends to one workspace are serialized (SQLite has one writer; PostgreSQL takes a
//! transaction-scoped advisory lock), and they run inside the transaction of the change
//! they describe: a rolled-back change leaves no entry.
//!
//! Where a request came from (session or API key, address, browser) is request context the
//! server sets with [`ORIGIN`] around each request; writes outside a request are `system`.

use sha2::{Digest, Sha256};
use uuid::Uuid;

use relata_domain::timestamp;

use crate::engine::{Row, Tx};
use crate::{Store, StoreError};

/// What an erased person's audit details become.
pub(crate) const REDACTED: &str = r#"{"redacted":true}"#;

/// The hash before a workspace's first entry.
const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Where the current request came from.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AuditOrigin {
    /// `session`, `api_key` or `system`.
    pub via: &'static str,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
}

tokio::task_local! {
    /// The origin of the request being served; see the module documentation.
    pub static ORIGIN: AuditOrigin;
}

fn current_origin() -> AuditOrigin {
    ORIGIN.try_with(Clone::clone).unwrap_or(AuditOrigin {
        via: "system",
        ..AuditOrigin::default()
    })
}

/// What happened, before it is numbered and hashed.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditEntry {
    pub action: String,
    pub object: Option<String>,
    pub record_id: Option<Uuid>,
    pub detail: serde_json::Value,
}

impl AuditEntry {
    pub fn new(action: &str, detail: serde_json::Value) -> AuditEntry {
        AuditEntry {
            action: action.to_owned(),
            object: None,
            record_id: None,
            detail,
        }
    }

    pub fn about(mut self, object: &str, record_id: Uuid) -> AuditEntry {
        self.object = Some(object.to_owned());
        self.record_id = Some(record_id);
        self
    }
}

/// An entry as stored.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct AuditRecord {
    pub seq: i64,
    pub at: String,
    pub actor_id: Option<Uuid>,
    pub via: String,
    pub action: String,
    pub object: Option<String>,
    pub record_id: Option<Uuid>,
    pub detail: serde_json::Value,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
    pub hash: String,
}

/// The fields a hash covers, as stored.
struct Hashed<'a> {
    workspace_id: Uuid,
    seq: i64,
    at: &'a str,
    actor_id: Option<Uuid>,
    via: &'a str,
    action: &'a str,
    object: Option<&'a str>,
    record_id: Option<Uuid>,
    detail_hash: &'a str,
    ip: Option<&'a str>,
    user_agent: Option<&'a str>,
    prev_hash: &'a str,
}

impl Hashed<'_> {
    /// SHA-256 over the fields separated by a control character no field contains
    /// unescaped (text fields are JSON-quoted), so no two entries hash the same text.
    fn hash(&self) -> String {
        let quote = |v: Option<&str>| serde_json::to_string(&v).unwrap_or_default();
        let id = |v: Option<Uuid>| v.map(|u| u.to_string()).unwrap_or_default();
        let text = [
            self.prev_hash.to_owned(),
            self.workspace_id.to_string(),
            self.seq.to_string(),
            self.at.to_owned(),
            id(self.actor_id),
            self.via.to_owned(),
            quote(Some(self.action)),
            quote(self.object),
            id(self.record_id),
            self.detail_hash.to_owned(),
            quote(self.ip),
            quote(self.user_agent),
        ]
        .join("\u{1f}");
        sha256_hex(&text)
    }
}

fn sha256_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Appends entries in the caller's transaction.
pub(crate) async fn append(
    tx: &mut Tx,
    workspace_id: Uuid,
    actor_id: Option<Uuid>,
    entries: &[AuditEntry],
) -> Result<(), StoreError> {
    if entries.is_empty() {
        return Ok(());
    }
    tx.serialize_workspace(workspace_id).await?;
    let mut head = tx.sql("SELECT seq, hash FROM audit_log WHERE workspace_id = ");
    head.bind(workspace_id).push(" ORDER BY seq DESC LIMIT 1");
    let (mut seq, mut prev) = match tx.fetch_optional(head).await? {
        Some(row) => (row.int("seq")?, row.text("hash")?),
        None => (0, GENESIS.to_owned()),
    };
    let origin = current_origin();
    let at = timestamp::format(timestamp::now());
    for chunk in entries.chunks(500) {
        let mut sql = tx.sql(
            "INSERT INTO audit_log (workspace_id, seq, at, actor_id, via, action, object, record_id, \
             detail, detail_hash, ip, user_agent, prev_hash, hash) VALUES ",
        );
        for (i, entry) in chunk.iter().enumerate() {
            seq += 1;
            let detail = entry.detail.to_string();
            let detail_hash = sha256_hex(&detail);
            let hashed = Hashed {
                workspace_id,
                seq,
                at: &at,
                actor_id,
                via: origin.via,
                action: &entry.action,
                object: entry.object.as_deref(),
                record_id: entry.record_id,
                detail_hash: &detail_hash,
                ip: origin.ip.as_deref(),
                user_agent: origin.user_agent.as_deref(),
                prev_hash: &prev,
            };
            let hash = hashed.hash();
            sql.push(if i == 0 { "(" } else { ", (" });
            sql.bind(workspace_id).push(", ").bind(seq).push(", ");
            sql.bind(timestamp::parse(&at).map_err(StoreError::Corrupt)?)
                .push(", ");
            sql.bind(actor_id).push(", ").bind(origin.via).push(", ");
            sql.bind(entry.action.as_str())
                .push(", ")
                .bind(entry.object.clone())
                .push(", ");
            sql.bind(entry.record_id).push(", ").bind(detail).push(", ");
            sql.bind(detail_hash.as_str()).push(", ");
            sql.bind(origin.ip.clone())
                .push(", ")
                .bind(origin.user_agent.clone())
                .push(", ");
            sql.bind(prev.as_str())
                .push(", ")
                .bind(hash.as_str())
                .push(")");
            prev = hash;
        }
        tx.execute(sql).await?;
    }
    Ok(())
}

const AUDIT_COLUMNS: &str = "SELECT workspace_id, seq, at, actor_id, via, action, object, record_id, \
    detail, detail_hash, ip, user_agent, prev_hash, hash FROM audit_log WHERE workspace_id = ";

fn record_from_row(row: &Row) -> Result<AuditRecord, StoreError> {
    let detail = row.text("detail")?;
    Ok(AuditRecord {
        seq: row.int("seq")?,
        at: timestamp::format(row.time("at")?),
        actor_id: row.opt_id("actor_id")?,
        via: row.text("via")?,
        action: row.text("action")?,
        object: row.opt_text("object")?,
        record_id: row.opt_id("record_id")?,
        detail: serde_json::from_str(&detail).unwrap_or(serde_json::Value::String(detail)),
        ip: row.opt_text("ip")?,
        user_agent: row.opt_text("user_agent")?,
        hash: row.text("hash")?,
    })
}

/// What `relata audit verify` found for one workspace.
#[derive(Debug, Clone, PartialEq)]
pub enum AuditVerdict {
    /// Every entry is present, in order, and hashes as stored; `head` is the last hash
    /// (write it down elsewhere to notice a cut-off tail later).
    Intact { entries: i64, head: String },
    /// The first entry that does not fit, and why.
    Broken { seq: i64, reason: String },
}

impl Store {
    /// Appends one entry in a transaction of its own (sign-ins, settings, keys).
    pub async fn audit(
        &self,
        workspace_id: Uuid,
        actor_id: Option<Uuid>,
        entry: AuditEntry,
    ) -> Result<(), StoreError> {
        let mut tx = self.pools.begin().await?;
        append(&mut tx, workspace_id, actor_id, &[entry]).await?;
        tx.commit().await
    }

    /// Entries newest first, before `before_seq` when given; narrowed to one record or
    /// one action.
    pub async fn audit_page(
        &self,
        workspace_id: Uuid,
        before_seq: Option<i64>,
        record_id: Option<Uuid>,
        action: Option<&str>,
        limit: usize,
    ) -> Result<Vec<AuditRecord>, StoreError> {
        let mut sql = self.pools.sql(AUDIT_COLUMNS);
        sql.bind(workspace_id);
        if let Some(seq) = before_seq {
            sql.push(" AND seq < ").bind(seq);
        }
        if let Some(id) = record_id {
            sql.push(" AND record_id = ").bind(id);
        }
        if let Some(action) = action {
            sql.push(" AND action = ").bind(action);
        }
        sql.push(&format!(" ORDER BY seq DESC LIMIT {limit}"));
        self.pools
            .fetch_all(sql)
            .await?
            .iter()
            .map(record_from_row)
            .collect()
    }

    /// Recomputes the chain of a workspace from its first entry.
    pub async fn verify_audit(&self, workspace_id: Uuid) -> Result<AuditVerdict, StoreError> {
        const PAGE: i64 = 2_000;
        let (mut expected_seq, mut prev) = (1_i64, GENESIS.to_owned());
        loop {
            let mut sql = self.pools.sql(AUDIT_COLUMNS);
            sql.bind(workspace_id)
                .push(" AND seq >= ")
                .bind(expected_seq);
            sql.push(&format!(" ORDER BY seq LIMIT {PAGE}"));
            let rows = self.pools.fetch_all(sql).await?;
            for row in &rows {
                let seq = row.int("seq")?;
                if seq != expected_seq {
                    let reason = format!("entries {expected_seq} to {} are missing", seq - 1);
                    return Ok(AuditVerdict::Broken {
                        seq: expected_seq,
                        reason,
                    });
                }
                if row.text("prev_hash")? != prev {
                    let reason = "its link to the entry before does not match".to_owned();
                    return Ok(AuditVerdict::Broken { seq, reason });
                }
                let (at, detail_hash) =
                    (timestamp::format(row.time("at")?), row.text("detail_hash")?);
                let detail = row.text("detail")?;
                if detail != REDACTED && sha256_hex(&detail) != detail_hash {
                    let reason = "its detail was changed after it was written".to_owned();
                    return Ok(AuditVerdict::Broken { seq, reason });
                }
                let (via, action) = (row.text("via")?, row.text("action")?);
                let (object, ip, agent) = (
                    row.opt_text("object")?,
                    row.opt_text("ip")?,
                    row.opt_text("user_agent")?,
                );
                let hashed = Hashed {
                    workspace_id,
                    seq,
                    at: &at,
                    actor_id: row.opt_id("actor_id")?,
                    via: &via,
                    action: &action,
                    object: object.as_deref(),
                    record_id: row.opt_id("record_id")?,
                    detail_hash: &detail_hash,
                    ip: ip.as_deref(),
                    user_agent: agent.as_deref(),
                    prev_hash: &prev,
                };
                let stored = row.text("hash")?;
                if hashed.hash() != stored {
                    let reason = "its content was changed after it was written".to_owned();
                    return Ok(AuditVerdict::Broken { seq, reason });
                }
                prev = stored;
                expected_seq += 1;
            }
            if (rows.len() as i64) < PAGE {
                return Ok(AuditVerdict::Intact {
                    entries: expected_seq - 1,
                    head: prev,
                });
            }
        }
    }
}
