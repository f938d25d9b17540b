//! A person's personal data: everything held about them, for export, and its erasure.
//!
//! Erasure deletes the person, the activities linked to them, their deal roles, their
//! timeline events and their search terms (and name words no one else has), and redacts
//! the detail of audit entries and change-feed entries about any of those records, all in
//! one transaction. The audit log keeps its chain and gains a tombstone saying an erasure
//! happened; the change feed says `erased` for each record, so live readers drop them.

use relata_domain::search::record_terms;
use relata_domain::{ObjectKind, Record, timestamp};
use uuid::Uuid;

use crate::audit::{self, AuditEntry, AuditRecord, REDACTED};
use crate::engine::Tx;
use crate::feed::{self, FeedItem};
use crate::records::{record_from_row, select_list};
use crate::search::unindex;
use crate::sql::{Bind, InList};
use crate::{Actor, Store, StoreError};

/// Everything Relata holds about a person.
#[derive(Debug, Clone)]
pub struct PersonalData {
    pub person: Record,
    pub activities: Vec<Record>,
    /// The deals the person is on, with their role.
    pub deal_roles: Vec<(Uuid, Option<String>)>,
    pub audit: Vec<AuditRecord>,
}

/// What an erasure removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Erasure {
    pub activities: u64,
    pub events: u64,
    pub audit_entries_redacted: u64,
}

async fn person_in(tx: &mut Tx, workspace_id: Uuid, id: Uuid) -> Result<Record, StoreError> {
    let mut sql = tx.sql(&format!(
        "SELECT {} FROM people WHERE workspace_id = ",
        select_list(ObjectKind::Person)
    ));
    sql.bind(workspace_id).push(" AND id = ").bind(id);
    let row = tx
        .fetch_optional(sql)
        .await?
        .ok_or_else(|| StoreError::not_found("person", id))?;
    record_from_row(ObjectKind::Person, &row)
}

async fn activities_of(
    tx: &mut Tx,
    workspace_id: Uuid,
    person_id: Uuid,
) -> Result<Vec<Record>, StoreError> {
    let kind = ObjectKind::Activity;
    let mut sql = tx.sql(&format!(
        "SELECT {} FROM activities WHERE workspace_id = ",
        select_list(kind)
    ));
    sql.bind(workspace_id)
        .push(" AND person_id = ")
        .bind(person_id)
        .push(" ORDER BY occurred_at");
    tx.fetch_all(sql)
        .await?
        .iter()
        .map(|row| record_from_row(kind, row))
        .collect()
}

impl Store {
    /// Everything held about a person, trashed or not (their activities too).
    pub async fn personal_data(
        &self,
        workspace_id: Uuid,
        person_id: Uuid,
    ) -> Result<PersonalData, StoreError> {
        let mut tx = self.pools.begin().await?;
        let person = person_in(&mut tx, workspace_id, person_id).await?;
        let activities = activities_of(&mut tx, workspace_id, person_id).await?;
        let mut roles = tx.sql("SELECT deal_id, role FROM deal_people WHERE workspace_id = ");
        roles
            .bind(workspace_id)
            .push(" AND person_id = ")
            .bind(person_id);
        let deal_roles = tx
            .fetch_all(roles)
            .await?
            .iter()
            .map(|row| Ok((row.id("deal_id")?, row.opt_text("role")?)))
            .collect::<Result<_, StoreError>>()?;
        tx.commit().await?;
        let audit = self
            .audit_page(workspace_id, None, Some(person_id), None, 500)
            .await?;
        Ok(PersonalData {
            person,
            activities,
            deal_roles,
            audit,
        })
    }

    /// Erases a person and what is linked only to them; see the module documentation.
    pub async fn erase_person(&self, actor: Actor, person_id: Uuid) -> Result<Erasure, StoreError> {
        let ws = actor.workspace_id;
        let mut tx = self.pools.begin().await?;
        let person = person_in(&mut tx, ws, person_id).await?;
        let activities = activities_of(&mut tx, ws, person_id).await?;
        let mut records: Vec<Uuid> = activities.iter().map(|a| a.id).collect();
        records.push(person_id);

        unindex(&mut tx, ws, &person).await?;
        forget_unused_name_words(&mut tx, ws, &person).await?;
        let mut events = tx.sql("DELETE FROM record_events WHERE workspace_id = ");
        events.bind(ws).push(" AND ");
        events.push_in("record_id", InList::Ids(records.clone()));
        let events = tx.execute(events).await?;
        let mut delete = tx.sql("DELETE FROM activities WHERE workspace_id = ");
        delete.bind(ws).push(" AND person_id = ").bind(person_id);
        let removed_activities = tx.execute(delete).await?;
        let mut delete = tx.sql("DELETE FROM people WHERE workspace_id = ");
        delete.bind(ws).push(" AND id = ").bind(person_id);
        tx.execute(delete).await?;

        let mut redact = tx.sql("UPDATE audit_log SET detail = ");
        redact
            .bind(REDACTED)
            .push(" WHERE workspace_id = ")
            .bind(ws)
            .push(" AND ");
        redact.push_in("record_id", InList::Ids(records.clone()));
        let redacted = tx.execute(redact).await?;
        // Field changes in the change feed name what the person was; the numbering stays.
        let mut scrub = tx.sql("UPDATE change_feed SET data = ");
        scrub
            .bind(Bind::Json(serde_json::json!({})))
            .push(" WHERE workspace_id = ")
            .bind(ws)
            .push(" AND ");
        scrub.push_in("record_id", InList::Ids(records.clone()));
        tx.execute(scrub).await?;

        let erasure = Erasure {
            activities: removed_activities,
            events,
            audit_entries_redacted: redacted,
        };
        let tombstone =
            AuditEntry::new("person_erased", serde_json::json!(erasure)).about("person", person_id);
        audit::append(&mut tx, ws, actor.member_id, &[tombstone]).await?;
        let erased: Vec<FeedItem> = activities
            .iter()
            .chain([&person])
            .map(|record| FeedItem::about(record, "erased", serde_json::json!({})))
            .collect();
        let head = feed::append(&mut tx, ws, actor.member_id, timestamp::now(), &erased).await?;
        tx.commit().await?;
        self.announce(ws, head);
        Ok(erasure)
    }
}

/// Drops the person's name words from the typo dictionary when no other record uses them.
async fn forget_unused_name_words(
    tx: &mut Tx,
    workspace_id: Uuid,
    person: &Record,
) -> Result<(), StoreError> {
    for term in record_terms(person).into_iter().filter(|t| t.fuzzy) {
        let mut used = tx.sql("SELECT 1 AS used FROM search_terms WHERE workspace_id = ");
        used.bind(workspace_id)
            .push(" AND term = ")
            .bind(term.text.as_str())
            .push(" LIMIT 1");
        if tx.fetch_optional(used).await?.is_none() {
            let mut forget = tx.sql("DELETE FROM search_variants WHERE workspace_id = ");
            forget
                .bind(workspace_id)
                .push(" AND term = ")
                .bind(term.text.as_str());
            tx.execute(forget).await?;
        }
    }
    Ok(())
}
