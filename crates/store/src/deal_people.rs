//! The people involved in a deal (decision maker, champion, …), and the deals of a person.

use relata_domain::{ObjectKind, Record, timestamp};
use uuid::Uuid;

use relata_domain::value::Storage;

use crate::engine::Tx;
use crate::events::{Event, insert_events};
use crate::feed::{self, FeedItem};
use crate::records::{record_from_row, select_list};
use crate::sql::Bind;
use crate::{Actor, Store, StoreError};

const MAX_ROLE_LEN: usize = 100;

impl Store {
    /// Links a person to a deal, or changes their role if already linked.
    pub async fn link_deal_person(
        &self,
        actor: Actor,
        deal_id: Uuid,
        person_id: Uuid,
        role: Option<&str>,
    ) -> Result<(), StoreError> {
        let role = role.map(str::trim).filter(|r| !r.is_empty());
        if role.is_some_and(|r| r.chars().count() > MAX_ROLE_LEN) {
            return Err(relata_domain::ValidationErrors::one(
                "role",
                format!("is longer than {MAX_ROLE_LEN} characters"),
            )
            .into());
        }
        let ws = actor.workspace_id;
        let deal = self.get_live(ws, ObjectKind::Deal, deal_id).await?;
        self.get_live(ws, ObjectKind::Person, person_id).await?;
        let now = timestamp::now();
        let mut tx = self.pools.begin().await?;
        let mut sql = tx.sql(
            "INSERT INTO deal_people (workspace_id, deal_id, person_id, role, created_at) VALUES (",
        );
        sql.bind(ws)
            .push(", ")
            .bind(deal_id)
            .push(", ")
            .bind(person_id)
            .push(", ");
        sql.bind(role.map_or(Bind::Null(Storage::Text), Bind::from))
            .push(", ")
            .bind(now);
        sql.push(") ON CONFLICT (deal_id, person_id) DO UPDATE SET role = excluded.role");
        tx.execute(sql).await?;
        let data = serde_json::json!({ "person_id": person_id, "role": role });
        self.commit_link_change(tx, actor, &deal, "person_linked", data)
            .await
    }

    pub async fn unlink_deal_person(
        &self,
        actor: Actor,
        deal_id: Uuid,
        person_id: Uuid,
    ) -> Result<(), StoreError> {
        let deal = self
            .get_record(actor.workspace_id, ObjectKind::Deal, deal_id)
            .await?;
        let mut tx = self.pools.begin().await?;
        let mut sql = tx.sql("DELETE FROM deal_people WHERE workspace_id = ");
        sql.bind(actor.workspace_id)
            .push(" AND deal_id = ")
            .bind(deal_id)
            .push(" AND person_id = ")
            .bind(person_id);
        if tx.execute(sql).await? == 0 {
            return Err(StoreError::not_found(
                "link between that deal and person",
                person_id,
            ));
        }
        let data = serde_json::json!({ "person_id": person_id });
        self.commit_link_change(tx, actor, &deal, "person_unlinked", data)
            .await
    }

    /// Records a change of a deal's people on its timeline and in the change feed, and
    /// commits it.
    async fn commit_link_change(
        &self,
        mut tx: Tx,
        actor: Actor,
        deal: &Record,
        change: &'static str,
        data: serde_json::Value,
    ) -> Result<(), StoreError> {
        let now = timestamp::now();
        let item = FeedItem::about(deal, change, data.clone());
        let event = Event {
            record_kind: ObjectKind::Deal,
            record_id: deal.id,
            event: change,
            at: now,
            data,
        };
        insert_events(&mut tx, actor, &[event]).await?;
        let head = feed::append(&mut tx, actor.workspace_id, actor.member_id, now, &[item]).await?;
        tx.commit().await?;
        self.announce(actor.workspace_id, head);
        Ok(())
    }

    /// The live people of a deal with their roles.
    pub async fn deal_people(
        &self,
        workspace_id: Uuid,
        deal_id: Uuid,
    ) -> Result<Vec<(Record, Option<String>)>, StoreError> {
        self.get_live(workspace_id, ObjectKind::Deal, deal_id)
            .await?;
        let mut sql = self.pools.sql("SELECT dp.role AS link_role, ");
        sql.push(&prefixed(ObjectKind::Person, "p"))
            .push(" FROM deal_people dp JOIN people p ON p.id = dp.person_id");
        sql.push(" WHERE dp.workspace_id = ")
            .bind(workspace_id)
            .push(" AND dp.deal_id = ")
            .bind(deal_id);
        sql.push(" AND p.deleted_at IS NULL ORDER BY dp.created_at, p.id");
        let rows = self.pools.fetch_all(sql).await?;
        rows.iter()
            .map(|row| {
                Ok((
                    record_from_row(ObjectKind::Person, row)?,
                    row.opt_text("link_role")?,
                ))
            })
            .collect()
    }

    /// The live deals a person is involved in.
    pub async fn person_deals(
        &self,
        workspace_id: Uuid,
        person_id: Uuid,
    ) -> Result<Vec<(Record, Option<String>)>, StoreError> {
        self.get_live(workspace_id, ObjectKind::Person, person_id)
            .await?;
        let mut sql = self.pools.sql("SELECT dp.role AS link_role, ");
        sql.push(&prefixed(ObjectKind::Deal, "d"))
            .push(" FROM deal_people dp JOIN deals d ON d.id = dp.deal_id");
        sql.push(" WHERE dp.workspace_id = ")
            .bind(workspace_id)
            .push(" AND dp.person_id = ")
            .bind(person_id);
        sql.push(" AND d.deleted_at IS NULL ORDER BY d.created_at DESC, d.id DESC");
        let rows = self.pools.fetch_all(sql).await?;
        rows.iter()
            .map(|row| {
                Ok((
                    record_from_row(ObjectKind::Deal, row)?,
                    row.opt_text("link_role")?,
                ))
            })
            .collect()
    }

    async fn get_live(
        &self,
        workspace_id: Uuid,
        kind: ObjectKind,
        id: Uuid,
    ) -> Result<Record, StoreError> {
        let record = self.get_record(workspace_id, kind, id).await?;
        if record.deleted_at.is_some() {
            return Err(StoreError::InTrash { kind: kind.name() });
        }
        Ok(record)
    }
}

/// `p.id, p.version, …`: the columns of a kind under a table alias.
fn prefixed(kind: ObjectKind, alias: &str) -> String {
    select_list(kind)
        .split(", ")
        .map(|c| format!("{alias}.{c}"))
        .collect::<Vec<_>>()
        .join(", ")
}
