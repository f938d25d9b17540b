//! Accounts: users' password hashes and server-side sessions. Hashing and tokens are the
//! server's business; this module only stores what it is given.

use time::OffsetDateTime;
use uuid::Uuid;

use crate::engine::{Row, Tx};
use crate::workspaces::WorkspaceSettings;
use crate::{Store, StoreError};

/// What sign-in needs to check a password, for the user's first workspace.
#[derive(Debug, Clone)]
pub struct Credentials {
    pub user_id: Uuid,
    pub member_id: Uuid,
    pub workspace_id: Uuid,
    pub password_hash: Option<String>,
}

/// A session to store; `id` is the hash of the token the cookie carries.
#[derive(Debug, Clone)]
pub struct NewSession {
    pub id: String,
    pub user_id: Uuid,
    pub member_id: Uuid,
    pub workspace_id: Uuid,
    pub csrf_token: String,
    pub expires_at: OffsetDateTime,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
}

/// A stored session with who it belongs to.
#[derive(Debug, Clone)]
pub struct SessionRecord {
    pub id: String,
    pub user_id: Uuid,
    pub email: String,
    pub name: String,
    pub member_id: Uuid,
    pub role: String,
    pub workspace_id: Uuid,
    pub workspace_name: String,
    pub settings: WorkspaceSettings,
    pub csrf_token: String,
    /// Whether the user signs in with a second factor.
    pub totp_enabled: bool,
    pub created_at: OffsetDateTime,
    pub last_seen_at: OffsetDateTime,
    pub expires_at: OffsetDateTime,
}

fn session_from_row(row: &Row) -> Result<SessionRecord, StoreError> {
    Ok(SessionRecord {
        id: row.text("id")?,
        user_id: row.id("user_id")?,
        email: row.text("email")?,
        name: row.text("name")?,
        member_id: row.id("member_id")?,
        role: row.text("role")?,
        workspace_id: row.id("workspace_id")?,
        workspace_name: row.text("workspace_name")?,
        settings: serde_json::from_value(row.json("settings")?).unwrap_or_default(),
        csrf_token: row.text("csrf_token")?,
        totp_enabled: row.opt_text("totp_secret")?.is_some(),
        created_at: row.time("created_at")?,
        last_seen_at: row.time("last_seen_at")?,
        expires_at: row.time("expires_at")?,
    })
}

/// The user with this (lower-case) email, made with `name` and `password_hash` if there is
/// none; an existing user keeps their name and password.
pub(crate) async fn find_or_create_user(
    tx: &mut Tx,
    email: &str,
    name: &str,
    password_hash: Option<&str>,
    now: OffsetDateTime,
) -> Result<Uuid, StoreError> {
    let mut find = tx.sql("SELECT id FROM users WHERE email = ");
    find.bind(email);
    if let Some(row) = tx.fetch_optional(find).await? {
        return row.id("id");
    }
    let id = relata_domain::new_id();
    let mut insert =
        tx.sql("INSERT INTO users (id, email, name, password_hash, created_at) VALUES (");
    insert
        .bind(id)
        .push(", ")
        .bind(email)
        .push(", ")
        .bind(name)
        .push(", ");
    insert
        .bind(password_hash.map(str::to_owned))
        .push(", ")
        .bind(now)
        .push(")");
    tx.execute(insert).await?;
    Ok(id)
}

impl Store {
    /// The user with this email and their oldest live membership, if both exist.
    pub async fn credentials(&self, email: &str) -> Result<Option<Credentials>, StoreError> {
        let mut sql = self.pools.sql(
            "SELECT u.id AS user_id, u.password_hash, m.id AS member_id, m.workspace_id \
             FROM users u JOIN members m ON m.user_id = u.id AND m.deleted_at IS NULL WHERE u.email = ",
        );
        sql.bind(email.trim().to_lowercase())
            .push(" ORDER BY m.created_at, m.id LIMIT 1");
        let Some(row) = self.pools.fetch_optional(sql).await? else {
            return Ok(None);
        };
        Ok(Some(Credentials {
            user_id: row.id("user_id")?,
            member_id: row.id("member_id")?,
            workspace_id: row.id("workspace_id")?,
            password_hash: row.opt_text("password_hash")?,
        }))
    }

    /// A user's password hash, if they have one.
    pub async fn password_hash(&self, user_id: Uuid) -> Result<Option<String>, StoreError> {
        let mut sql = self
            .pools
            .sql("SELECT password_hash FROM users WHERE id = ");
        sql.bind(user_id);
        Ok(self
            .pools
            .fetch_optional(sql)
            .await?
            .map(|r| r.opt_text("password_hash"))
            .transpose()?
            .flatten())
    }

    /// The user with this email, whatever their memberships: their id and password hash.
    pub async fn user_by_email(
        &self,
        email: &str,
    ) -> Result<Option<(Uuid, Option<String>)>, StoreError> {
        let mut sql = self
            .pools
            .sql("SELECT id, password_hash FROM users WHERE email = ");
        sql.bind(email.trim().to_lowercase());
        self.pools
            .fetch_optional(sql)
            .await?
            .map(|row| Ok((row.id("id")?, row.opt_text("password_hash")?)))
            .transpose()
    }

    /// Replaces a user's password hash and ends their sessions: whoever knew the old
    /// password is signed out.
    pub async fn set_password_hash(&self, user_id: Uuid, hash: &str) -> Result<(), StoreError> {
        let mut tx = self.pools.begin().await?;
        let mut sql = tx.sql("UPDATE users SET password_hash = ");
        sql.bind(hash).push(" WHERE id = ").bind(user_id);
        if tx.execute(sql).await? == 0 {
            return Err(StoreError::not_found("user", user_id));
        }
        let mut end = tx.sql("DELETE FROM sessions WHERE user_id = ");
        end.bind(user_id);
        tx.execute(end).await?;
        tx.commit().await
    }

    pub async fn create_session(&self, session: &NewSession) -> Result<(), StoreError> {
        let now = relata_domain::timestamp::now();
        let mut sql = self.pools.sql(
            "INSERT INTO sessions (id, user_id, member_id, workspace_id, csrf_token, created_at, \
             last_seen_at, expires_at, ip, user_agent) VALUES (",
        );
        sql.bind(session.id.as_str())
            .push(", ")
            .bind(session.user_id)
            .push(", ")
            .bind(session.member_id)
            .push(", ")
            .bind(session.workspace_id)
            .push(", ")
            .bind(session.csrf_token.as_str())
            .push(", ")
            .bind(now)
            .push(", ")
            .bind(now)
            .push(", ")
            .bind(session.expires_at)
            .push(", ")
            .bind(session.ip.clone())
            .push(", ")
            .bind(session.user_agent.clone())
            .push(")");
        self.pools.execute(sql).await.map(|_| ())
    }

    /// The session with this id, if it exists and its member has not been removed.
    pub async fn session(&self, id: &str) -> Result<Option<SessionRecord>, StoreError> {
        let mut sql = self.pools.sql(
            "SELECT s.id, s.user_id, u.email, u.name, s.member_id, m.role, s.workspace_id, \
             w.name AS workspace_name, w.settings, s.csrf_token, u.totp_secret, s.created_at, s.last_seen_at, \
             s.expires_at FROM sessions s JOIN users u ON u.id = s.user_id \
             JOIN members m ON m.id = s.member_id AND m.deleted_at IS NULL \
             JOIN workspaces w ON w.id = s.workspace_id WHERE s.id = ",
        );
        sql.bind(id);
        self.pools
            .fetch_optional(sql)
            .await?
            .as_ref()
            .map(session_from_row)
            .transpose()
    }

    /// Records that the session was used now (for the idle timeout).
    pub async fn touch_session(&self, id: &str, at: OffsetDateTime) -> Result<(), StoreError> {
        let mut sql = self.pools.sql("UPDATE sessions SET last_seen_at = ");
        sql.bind(at).push(" WHERE id = ").bind(id);
        self.pools.execute(sql).await.map(|_| ())
    }

    pub async fn delete_session(&self, id: &str) -> Result<(), StoreError> {
        let mut sql = self.pools.sql("DELETE FROM sessions WHERE id = ");
        sql.bind(id);
        self.pools.execute(sql).await.map(|_| ())
    }

    /// Ends every session of a user ("sign out everywhere").
    pub async fn delete_user_sessions(&self, user_id: Uuid) -> Result<u64, StoreError> {
        let mut sql = self.pools.sql("DELETE FROM sessions WHERE user_id = ");
        sql.bind(user_id);
        self.pools.execute(sql).await
    }

    /// Removes what can no longer be used: sessions past their absolute expiry or idle
    /// since `idle_before`, expired sign-in challenges, and reset links and invitations
    /// that expired. Answers how many rows went.
    pub async fn purge_expired(
        &self,
        now: OffsetDateTime,
        idle_before: OffsetDateTime,
    ) -> Result<u64, StoreError> {
        let mut sessions = self.pools.sql("DELETE FROM sessions WHERE expires_at < ");
        sessions
            .bind(now)
            .push(" OR last_seen_at < ")
            .bind(idle_before);
        let mut removed = self.pools.execute(sessions).await?;
        for table in ["sign_in_challenges", "password_resets", "invitations"] {
            let mut sql = self
                .pools
                .sql(&format!("DELETE FROM {table} WHERE expires_at < "));
            sql.bind(now);
            if table == "invitations" {
                sql.push(" AND accepted_at IS NULL");
            }
            removed += self.pools.execute(sql).await?;
        }
        Ok(removed)
    }

    /// Stores a one-time reset token for a user.
    pub async fn create_password_reset(
        &self,
        user_id: Uuid,
        token_id: &str,
        expires_at: OffsetDateTime,
    ) -> Result<(), StoreError> {
        let mut sql = self.pools.sql(
            "INSERT INTO password_resets (token_id, user_id, created_at, expires_at) VALUES (",
        );
        sql.bind(token_id).push(", ").bind(user_id).push(", ");
        sql.bind(relata_domain::timestamp::now())
            .push(", ")
            .bind(expires_at)
            .push(")");
        self.pools.execute(sql).await.map(|_| ())
    }

    /// Spends a reset token and sets the new password in one transaction, ending the
    /// user's sessions; answers the user's (oldest) workspace and membership, or `None` if
    /// the token is unknown, used or expired.
    pub async fn reset_password(
        &self,
        token_id: &str,
        hash: &str,
    ) -> Result<Option<(Uuid, Uuid)>, StoreError> {
        let now = relata_domain::timestamp::now();
        let mut tx = self.pools.begin().await?;
        let mut spend = tx.sql("UPDATE password_resets SET used_at = ");
        spend.bind(now).push(" WHERE token_id = ").bind(token_id);
        spend
            .push(" AND used_at IS NULL AND expires_at > ")
            .bind(now);
        if tx.execute(spend).await? == 0 {
            return Ok(None);
        }
        let mut find = tx.sql("SELECT user_id FROM password_resets WHERE token_id = ");
        find.bind(token_id);
        let user_id = tx
            .fetch_optional(find)
            .await?
            .ok_or_else(|| StoreError::Conflict("the reset token vanished".into()))?
            .id("user_id")?;
        let mut set = tx.sql("UPDATE users SET password_hash = ");
        set.bind(hash).push(" WHERE id = ").bind(user_id);
        tx.execute(set).await?;
        let mut end = tx.sql("DELETE FROM sessions WHERE user_id = ");
        end.bind(user_id);
        tx.execute(end).await?;
        let mut member = tx.sql("SELECT id, workspace_id FROM members WHERE user_id = ");
        member
            .bind(user_id)
            .push(" AND deleted_at IS NULL ORDER BY created_at, id LIMIT 1");
        let found = tx.fetch_optional(member).await?;
        tx.commit().await?;
        found
            .map(|row| Ok((row.id("workspace_id")?, row.id("id")?)))
            .transpose()
    }
}
