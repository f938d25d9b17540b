//! Managing a workspace's members: invitations by one-time link, roles and removal. The
//! rules (who may give which role) are the domain's; this module stores the outcome.

use time::OffsetDateTime;
use uuid::Uuid;

use relata_domain::{new_id, timestamp};

use crate::accounts::find_or_create_user;
use crate::engine::Row;
use crate::workspaces::{MEMBER_COLUMNS, Member, member_from_row};
use crate::{Store, StoreError};

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Invitation {
    pub id: Uuid,
    pub workspace_id: Uuid,
    pub email: String,
    pub role: String,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub expires_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    pub accepted_at: Option<OffsetDateTime>,
}

/// What accepting an invitation made.
#[derive(Debug, Clone)]
pub struct Joined {
    pub user_id: Uuid,
    pub member_id: Uuid,
    pub workspace_id: Uuid,
}

const INVITATION_COLUMNS: &str =
    "SELECT id, workspace_id, email, role, created_at, expires_at, accepted_at FROM invitations";

fn invitation_from_row(row: &Row) -> Result<Invitation, StoreError> {
    Ok(Invitation {
        id: row.id("id")?,
        workspace_id: row.id("workspace_id")?,
        email: row.text("email")?,
        role: row.text("role")?,
        created_at: row.time("created_at")?,
        expires_at: row.time("expires_at")?,
        accepted_at: row.opt_time("accepted_at")?,
    })
}

impl Store {
    pub async fn member(&self, workspace_id: Uuid, id: Uuid) -> Result<Member, StoreError> {
        let mut sql = self.pools.sql(MEMBER_COLUMNS);
        sql.push(" WHERE m.workspace_id = ").bind(workspace_id);
        sql.push(" AND m.id = ")
            .bind(id)
            .push(" AND m.deleted_at IS NULL");
        let row = self
            .pools
            .fetch_optional(sql)
            .await?
            .ok_or_else(|| StoreError::not_found("member", id))?;
        member_from_row(&row)
    }

    pub async fn owner_count(&self, workspace_id: Uuid) -> Result<usize, StoreError> {
        let mut sql = self
            .pools
            .sql("SELECT count(*) AS n FROM members WHERE workspace_id = ");
        sql.bind(workspace_id)
            .push(" AND role = 'owner' AND deleted_at IS NULL");
        let row = self.pools.fetch_optional(sql).await?;
        Ok(row.map(|r| r.int("n")).transpose()?.unwrap_or(0) as usize)
    }

    /// Changes a member's role; their sessions read the new role on their next request.
    pub async fn set_member_role(
        &self,
        workspace_id: Uuid,
        id: Uuid,
        role: &str,
    ) -> Result<Member, StoreError> {
        let mut sql = self.pools.sql("UPDATE members SET role = ");
        sql.bind(role)
            .push(" WHERE workspace_id = ")
            .bind(workspace_id);
        sql.push(" AND id = ")
            .bind(id)
            .push(" AND deleted_at IS NULL");
        if self.pools.execute(sql).await? == 0 {
            return Err(StoreError::not_found("member", id));
        }
        self.member(workspace_id, id).await
    }

    /// Removes a member and ends their sessions in this workspace. Their records keep them
    /// as owner and author, so history stays readable.
    pub async fn remove_member(&self, workspace_id: Uuid, id: Uuid) -> Result<(), StoreError> {
        let mut tx = self.pools.begin().await?;
        let mut sql = tx.sql("UPDATE members SET deleted_at = ");
        sql.bind(timestamp::now())
            .push(" WHERE workspace_id = ")
            .bind(workspace_id);
        sql.push(" AND id = ")
            .bind(id)
            .push(" AND deleted_at IS NULL");
        if tx.execute(sql).await? == 0 {
            return Err(StoreError::not_found("member", id));
        }
        let mut end = tx.sql("DELETE FROM sessions WHERE member_id = ");
        end.bind(id);
        tx.execute(end).await?;
        tx.commit().await
    }

    pub async fn create_invitation(
        &self,
        workspace_id: Uuid,
        email: &str,
        role: &str,
        token_id: &str,
        invited_by: Option<Uuid>,
        expires_at: OffsetDateTime,
    ) -> Result<Invitation, StoreError> {
        let invitation = Invitation {
            id: new_id(),
            workspace_id,
            email: email.to_lowercase(),
            role: role.to_owned(),
            created_at: timestamp::now(),
            expires_at,
            accepted_at: None,
        };
        // A new invitation replaces any earlier one to the same person: one live link each.
        let mut tx = self.pools.begin().await?;
        let mut earlier = tx.sql("DELETE FROM invitations WHERE workspace_id = ");
        earlier
            .bind(workspace_id)
            .push(" AND email = ")
            .bind(invitation.email.as_str());
        earlier.push(" AND accepted_at IS NULL");
        tx.execute(earlier).await?;
        let mut sql = tx.sql(
            "INSERT INTO invitations (id, workspace_id, email, role, token_id, invited_by, created_at, expires_at) VALUES (",
        );
        sql.bind(invitation.id)
            .push(", ")
            .bind(workspace_id)
            .push(", ");
        sql.bind(invitation.email.as_str())
            .push(", ")
            .bind(role)
            .push(", ");
        sql.bind(token_id).push(", ").bind(invited_by).push(", ");
        sql.bind(invitation.created_at)
            .push(", ")
            .bind(expires_at)
            .push(")");
        tx.execute(sql).await?;
        tx.commit().await?;
        Ok(invitation)
    }

    /// Invitations not yet accepted, newest first (expired ones included, to be seen).
    pub async fn pending_invitations(
        &self,
        workspace_id: Uuid,
    ) -> Result<Vec<Invitation>, StoreError> {
        let mut sql = self.pools.sql(INVITATION_COLUMNS);
        sql.push(" WHERE workspace_id = ").bind(workspace_id);
        sql.push(" AND accepted_at IS NULL ORDER BY created_at DESC");
        self.pools
            .fetch_all(sql)
            .await?
            .iter()
            .map(invitation_from_row)
            .collect()
    }

    pub async fn delete_invitation(&self, workspace_id: Uuid, id: Uuid) -> Result<(), StoreError> {
        let mut sql = self
            .pools
            .sql("DELETE FROM invitations WHERE workspace_id = ");
        sql.bind(workspace_id)
            .push(" AND id = ")
            .bind(id)
            .push(" AND accepted_at IS NULL");
        match self.pools.execute(sql).await? {
            0 => Err(StoreError::not_found("invitation", id)),
            _ => Ok(()),
        }
    }

    /// The live invitation behind a token: not accepted and not expired.
    pub async fn invitation_by_token(
        &self,
        token_id: &str,
    ) -> Result<Option<Invitation>, StoreError> {
        let mut sql = self.pools.sql(INVITATION_COLUMNS);
        sql.push(" WHERE token_id = ").bind(token_id);
        sql.push(" AND accepted_at IS NULL AND expires_at > ")
            .bind(timestamp::now());
        self.pools
            .fetch_optional(sql)
            .await?
            .as_ref()
            .map(invitation_from_row)
            .transpose()
    }

    /// Accepts an invitation in one transaction: the user (made with `name` and
    /// `password_hash` unless the email has an account), their membership, and the
    /// invitation spent. A second use of the token finds nothing.
    pub async fn accept_invitation(
        &self,
        token_id: &str,
        name: &str,
        password_hash: Option<&str>,
    ) -> Result<Joined, StoreError> {
        let now = timestamp::now();
        let mut tx = self.pools.begin().await?;
        let mut spend = tx.sql("UPDATE invitations SET accepted_at = ");
        spend.bind(now).push(" WHERE token_id = ").bind(token_id);
        spend
            .push(" AND accepted_at IS NULL AND expires_at > ")
            .bind(now);
        if tx.execute(spend).await? == 0 {
            return Err(StoreError::Conflict(
                "this invitation was used already or has expired".into(),
            ));
        }
        let mut find =
            tx.sql("SELECT workspace_id, email, role FROM invitations WHERE token_id = ");
        find.bind(token_id);
        let invitation = tx
            .fetch_optional(find)
            .await?
            .ok_or_else(|| StoreError::Conflict("the invitation vanished".into()))?;
        let (workspace_id, email, role) = (
            invitation.id("workspace_id")?,
            invitation.text("email")?,
            invitation.text("role")?,
        );
        let user_id = find_or_create_user(&mut tx, &email, name, password_hash, now).await?;
        let mut existing = tx.sql("SELECT id, deleted_at FROM members WHERE workspace_id = ");
        existing
            .bind(workspace_id)
            .push(" AND user_id = ")
            .bind(user_id);
        let member_id = match tx.fetch_optional(existing).await? {
            Some(row) if row.opt_time("deleted_at")?.is_none() => {
                return Err(StoreError::Conflict(format!("{email} is a member already")));
            }
            // A removed member who is invited again comes back with the new role.
            Some(row) => {
                let id = row.id("id")?;
                let mut back = tx.sql("UPDATE members SET deleted_at = NULL, role = ");
                back.bind(role.as_str()).push(" WHERE id = ").bind(id);
                tx.execute(back).await?;
                id
            }
            None => {
                let id = new_id();
                let mut insert = tx.sql(
                    "INSERT INTO members (id, workspace_id, user_id, role, created_at) VALUES (",
                );
                insert
                    .bind(id)
                    .push(", ")
                    .bind(workspace_id)
                    .push(", ")
                    .bind(user_id)
                    .push(", ");
                insert.bind(role.as_str()).push(", ").bind(now).push(")");
                tx.execute(insert).await?;
                id
            }
        };
        tx.commit().await?;
        Ok(Joined {
            user_id,
            member_id,
            workspace_id,
        })
    }
}
