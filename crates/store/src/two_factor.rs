//! Two-factor sign-in storage: TOTP secrets, the last step used, recovery codes (hashed),
//! and the challenge that carries a correct password to the second step.

use time::OffsetDateTime;
use uuid::Uuid;

use relata_domain::timestamp;

use crate::{Store, StoreError};

/// A user's TOTP set-up.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TotpState {
    /// The active secret (base32), when two-factor sign-in is on.
    pub secret: Option<String>,
    /// A secret being set up, not yet confirmed with a code.
    pub pending: Option<String>,
}

/// Who passed the password step of a sign-in.
#[derive(Debug, Clone, PartialEq)]
pub struct Challenge {
    pub user_id: Uuid,
    pub member_id: Uuid,
    pub workspace_id: Uuid,
    pub attempts: i64,
}

impl Store {
    pub async fn totp_state(&self, user_id: Uuid) -> Result<TotpState, StoreError> {
        let mut sql = self
            .pools
            .sql("SELECT totp_secret, totp_pending FROM users WHERE id = ");
        sql.bind(user_id);
        let row = self
            .pools
            .fetch_optional(sql)
            .await?
            .ok_or_else(|| StoreError::not_found("user", user_id))?;
        Ok(TotpState {
            secret: row.opt_text("totp_secret")?,
            pending: row.opt_text("totp_pending")?,
        })
    }

    pub async fn set_totp_pending(&self, user_id: Uuid, secret: &str) -> Result<(), StoreError> {
        let mut sql = self.pools.sql("UPDATE users SET totp_pending = ");
        sql.bind(secret).push(" WHERE id = ").bind(user_id);
        self.pools.execute(sql).await.map(|_| ())
    }

    /// Turns two-factor sign-in on with the pending secret, marks `step` used, and replaces
    /// the recovery codes (given as hashes).
    pub async fn enable_totp(
        &self,
        user_id: Uuid,
        step: i64,
        recovery_code_ids: &[String],
    ) -> Result<(), StoreError> {
        let mut tx = self.pools.begin().await?;
        let mut sql = tx.sql(
            "UPDATE users SET totp_secret = totp_pending, totp_pending = NULL, totp_last_step = ",
        );
        sql.bind(step)
            .push(" WHERE id = ")
            .bind(user_id)
            .push(" AND totp_pending IS NOT NULL");
        if tx.execute(sql).await? == 0 {
            return Err(StoreError::Conflict(
                "start the two-factor set-up first".into(),
            ));
        }
        let mut clear = tx.sql("DELETE FROM recovery_codes WHERE user_id = ");
        clear.bind(user_id);
        tx.execute(clear).await?;
        for code_id in recovery_code_ids {
            let mut insert = tx.sql("INSERT INTO recovery_codes (user_id, code_id) VALUES (");
            insert
                .bind(user_id)
                .push(", ")
                .bind(code_id.as_str())
                .push(")");
            tx.execute(insert).await?;
        }
        tx.commit().await
    }

    pub async fn disable_totp(&self, user_id: Uuid) -> Result<(), StoreError> {
        let mut tx = self.pools.begin().await?;
        let mut sql = tx.sql(
            "UPDATE users SET totp_secret = NULL, totp_pending = NULL, totp_last_step = NULL WHERE id = ",
        );
        sql.bind(user_id);
        tx.execute(sql).await?;
        let mut clear = tx.sql("DELETE FROM recovery_codes WHERE user_id = ");
        clear.bind(user_id);
        tx.execute(clear).await?;
        tx.commit().await
    }

    /// Marks a time step used; false if it (or a later one) was used already, so each code
    /// signs in once.
    pub async fn use_totp_step(&self, user_id: Uuid, step: i64) -> Result<bool, StoreError> {
        let mut sql = self.pools.sql("UPDATE users SET totp_last_step = ");
        sql.bind(step).push(" WHERE id = ").bind(user_id);
        sql.push(" AND (totp_last_step IS NULL OR totp_last_step < ")
            .bind(step)
            .push(")");
        Ok(self.pools.execute(sql).await? == 1)
    }

    /// Spends a recovery code (by hash); false if it is unknown or spent.
    pub async fn use_recovery_code(
        &self,
        user_id: Uuid,
        code_id: &str,
    ) -> Result<bool, StoreError> {
        let mut sql = self.pools.sql("UPDATE recovery_codes SET used_at = ");
        sql.bind(timestamp::now())
            .push(" WHERE user_id = ")
            .bind(user_id);
        sql.push(" AND code_id = ")
            .bind(code_id)
            .push(" AND used_at IS NULL");
        Ok(self.pools.execute(sql).await? == 1)
    }

    pub async fn create_challenge(
        &self,
        id: &str,
        user_id: Uuid,
        member_id: Uuid,
        workspace_id: Uuid,
        expires_at: OffsetDateTime,
    ) -> Result<(), StoreError> {
        let mut sql = self.pools.sql(
            "INSERT INTO sign_in_challenges (id, user_id, member_id, workspace_id, expires_at) VALUES (",
        );
        sql.bind(id)
            .push(", ")
            .bind(user_id)
            .push(", ")
            .bind(member_id)
            .push(", ");
        sql.bind(workspace_id).push(", ").bind(expires_at).push(")");
        self.pools.execute(sql).await.map(|_| ())
    }

    /// Counts an attempt at a live challenge and answers it; `None` once it has expired.
    pub async fn attempt_challenge(&self, id: &str) -> Result<Option<Challenge>, StoreError> {
        let mut count = self
            .pools
            .sql("UPDATE sign_in_challenges SET attempts = attempts + 1 WHERE id = ");
        count
            .bind(id)
            .push(" AND expires_at > ")
            .bind(timestamp::now());
        if self.pools.execute(count).await? == 0 {
            return Ok(None);
        }
        let mut sql = self.pools.sql(
            "SELECT user_id, member_id, workspace_id, attempts FROM sign_in_challenges WHERE id = ",
        );
        sql.bind(id);
        self.pools
            .fetch_optional(sql)
            .await?
            .map(|row| {
                Ok(Challenge {
                    user_id: row.id("user_id")?,
                    member_id: row.id("member_id")?,
                    workspace_id: row.id("workspace_id")?,
                    attempts: row.int("attempts")?,
                })
            })
            .transpose()
    }

    pub async fn delete_challenge(&self, id: &str) -> Result<(), StoreError> {
        let mut sql = self.pools.sql("DELETE FROM sign_in_challenges WHERE id = ");
        sql.bind(id);
        self.pools.execute(sql).await.map(|_| ())
    }
}
