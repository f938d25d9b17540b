//! Versioned schema migrations, one folder per engine, embedded in the binary.
//!
//! A migration is never edited once released: its checksum is recorded, and a database
//! that ran a different text of the same version refuses to start.

use crate::StoreError;
use crate::engine::Pools;
use crate::sql::Dialect;

struct Migration {
    version: i64,
    name: &'static str,
    sqlite: &'static str,
    postgres: &'static str,
}

/// Every migration, in order. Both engines get each version, so they stay in step.
const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "core",
        sqlite: include_str!("../migrations/sqlite/0001_core.sql"),
        postgres: include_str!("../migrations/postgres/0001_core.sql"),
    },
    Migration {
        version: 2,
        name: "search",
        sqlite: include_str!("../migrations/sqlite/0002_search.sql"),
        postgres: include_str!("../migrations/postgres/0002_search.sql"),
    },
    Migration {
        version: 3,
        name: "board totals",
        sqlite: include_str!("../migrations/sqlite/0003_board_totals.sql"),
        postgres: include_str!("../migrations/postgres/0003_board_totals.sql"),
    },
    Migration {
        version: 4,
        name: "city indexes",
        sqlite: include_str!("../migrations/sqlite/0004_city_indexes.sql"),
        postgres: include_str!("../migrations/postgres/0004_city_indexes.sql"),
    },
    Migration {
        version: 5,
        name: "case-insensitive indexes",
        sqlite: include_str!("../migrations/sqlite/0005_case_insensitive_indexes.sql"),
        postgres: include_str!("../migrations/postgres/0005_case_insensitive_indexes.sql"),
    },
    Migration {
        version: 6,
        name: "stage sort indexes",
        sqlite: include_str!("../migrations/sqlite/0006_stage_sort_indexes.sql"),
        postgres: include_str!("../migrations/postgres/0006_stage_sort_indexes.sql"),
    },
    Migration {
        version: 7,
        name: "accounts",
        sqlite: include_str!("../migrations/sqlite/0007_accounts.sql"),
        postgres: include_str!("../migrations/postgres/0007_accounts.sql"),
    },
    Migration {
        version: 8,
        name: "invitations",
        sqlite: include_str!("../migrations/sqlite/0008_invitations.sql"),
        postgres: include_str!("../migrations/postgres/0008_invitations.sql"),
    },
    Migration {
        version: 9,
        name: "api keys",
        sqlite: include_str!("../migrations/sqlite/0009_api_keys.sql"),
        postgres: include_str!("../migrations/postgres/0009_api_keys.sql"),
    },
    Migration {
        version: 10,
        name: "password resets",
        sqlite: include_str!("../migrations/sqlite/0010_password_resets.sql"),
        postgres: include_str!("../migrations/postgres/0010_password_resets.sql"),
    },
    Migration {
        version: 11,
        name: "audit log",
        sqlite: include_str!("../migrations/sqlite/0011_audit_log.sql"),
        postgres: include_str!("../migrations/postgres/0011_audit_log.sql"),
    },
    Migration {
        version: 12,
        name: "audit redaction",
        sqlite: include_str!("../migrations/sqlite/0012_audit_redaction.sql"),
        postgres: include_str!("../migrations/postgres/0012_audit_redaction.sql"),
    },
    Migration {
        version: 13,
        name: "two-factor sign-in",
        sqlite: include_str!("../migrations/sqlite/0013_two_factor.sql"),
        postgres: include_str!("../migrations/postgres/0013_two_factor.sql"),
    },
    Migration {
        version: 14,
        name: "change feed",
        sqlite: include_str!("../migrations/sqlite/0014_change_feed.sql"),
        postgres: include_str!("../migrations/postgres/0014_change_feed.sql"),
    },
    Migration {
        version: 15,
        name: "jobs",
        sqlite: include_str!("../migrations/sqlite/0015_jobs.sql"),
        postgres: include_str!("../migrations/postgres/0015_jobs.sql"),
    },
    Migration {
        version: 16,
        name: "webhooks",
        sqlite: include_str!("../migrations/sqlite/0016_webhooks.sql"),
        postgres: include_str!("../migrations/postgres/0016_webhooks.sql"),
    },
    Migration {
        version: 17,
        name: "inbound integrations",
        sqlite: include_str!("../migrations/sqlite/0017_inbound.sql"),
        postgres: include_str!("../migrations/postgres/0017_inbound.sql"),
    },
    Migration {
        version: 18,
        name: "lead scores",
        sqlite: include_str!("../migrations/sqlite/0018_lead_scores.sql"),
        postgres: include_str!("../migrations/postgres/0018_lead_scores.sql"),
    },
    Migration {
        version: 19,
        name: "job files",
        sqlite: include_str!("../migrations/sqlite/0019_job_files.sql"),
        postgres: include_str!("../migrations/postgres/0019_job_files.sql"),
    },
];

/// A lock id only Relata uses, so two instances starting together migrate one at a time.
const MIGRATION_LOCK: i64 = 0x5245_4C41_5441;

/// FNV-1a: enough to notice an edited migration; not a security measure.
fn checksum(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// Applies pending migrations in one transaction: all of them or none.
/// The schema version this build migrates databases to.
pub fn latest_version() -> i64 {
    MIGRATIONS.last().map_or(0, |m| m.version)
}

pub async fn migrate(pools: &Pools) -> Result<usize, StoreError> {
    let mut tx = pools.begin().await?;
    if tx.dialect() == Dialect::Postgres {
        tx.execute_raw(&format!("SELECT pg_advisory_xact_lock({MIGRATION_LOCK})"))
            .await?;
    }
    tx.execute_raw(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
            version bigint PRIMARY KEY, name text NOT NULL, checksum text NOT NULL, applied_at text NOT NULL)",
    )
    .await?;
    let applied = tx
        .fetch_all(tx.sql("SELECT version, checksum FROM schema_migrations"))
        .await?;
    let mut count = 0;
    for migration in MIGRATIONS {
        let text = match tx.dialect() {
            Dialect::Sqlite => migration.sqlite,
            Dialect::Postgres => migration.postgres,
        };
        let sum = checksum(text);
        if let Some(row) = applied
            .iter()
            .find(|r| r.int("version").ok() == Some(migration.version))
        {
            if row.text("checksum")? != sum {
                return Err(StoreError::Migration(format!(
                    "migration {} ({}) differs from the one this database ran; migrations must never be edited",
                    migration.version, migration.name
                )));
            }
            continue;
        }
        tx.execute_raw(text).await?;
        let mut record =
            tx.sql("INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (");
        record
            .bind(migration.version)
            .push(", ")
            .bind(migration.name)
            .push(", ")
            .bind(sum)
            .push(", ");
        record
            .bind(relata_domain::timestamp::format(
                relata_domain::timestamp::now(),
            ))
            .push(")");
        tx.execute(record).await?;
        count += 1;
    }
    let newest = applied
        .iter()
        .filter_map(|r| r.int("version").ok())
        .max()
        .unwrap_or(0);
    let known = MIGRATIONS.last().map_or(0, |m| m.version);
    if newest > known {
        return Err(StoreError::Migration(format!(
            "the database has schema version {newest}, newer than this build knows ({known}); run a newer relata"
        )));
    }
    tx.commit().await?;
    Ok(count)
}

/// Whether every migration this build knows has been applied (for `/readyz`).
pub async fn is_current(pools: &Pools) -> Result<bool, StoreError> {
    let row = pools
        .fetch_optional(pools.sql("SELECT max(version) AS version FROM schema_migrations"))
        .await?;
    let applied = row
        .and_then(|r| r.opt_int("version").ok().flatten())
        .unwrap_or(0);
    Ok(applied >= MIGRATIONS.last().map_or(0, |m| m.version))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_increase_by_one() {
        for (i, migration) in MIGRATIONS.iter().enumerate() {
            assert_eq!(migration.version, i as i64 + 1, "{}", migration.name);
        }
    }

    #[test]
    fn both_engines_create_the_same_tables() {
        for migration in MIGRATIONS {
            let tables = |text: &str| -> Vec<String> {
                text.lines()
                    .filter_map(|l| l.strip_prefix("CREATE TABLE "))
                    .map(|l| l.split_whitespace().next().unwrap_or_default().to_owned())
                    .collect()
            };
            assert_eq!(
                tables(migration.sqlite),
                tables(migration.postgres),
                "{}",
                migration.name
            );
        }
    }
}
