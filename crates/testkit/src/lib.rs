//! A fresh, migrated database per test, on either engine.
//!
//! SQLite: a file in a temporary folder. PostgreSQL: a new database on the server named by
//! `RELATA_TEST_POSTGRES_URL` (default: the local server, user postgres), dropped when the
//! test calls [`TestDb::drop`]. A missing server fails the test: it is never skipped.

use std::path::PathBuf;

use relata_store::Store;
use sqlx::{AssertSqlSafe, Connection, PgConnection};

pub const DEFAULT_POSTGRES_URL: &str = "postgres://postgres@127.0.0.1:5432/postgres";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

pub struct TestDb {
    pub store: Store,
    pub url: String,
    cleanup: Cleanup,
}

enum Cleanup {
    Folder(PathBuf),
    Database { admin_url: String, name: String },
}

fn admin_url() -> String {
    std::env::var("RELATA_TEST_POSTGRES_URL").unwrap_or_else(|_| DEFAULT_POSTGRES_URL.to_owned())
}

/// `postgres://…/postgres` with another database name.
fn with_database(url: &str, name: &str) -> String {
    let (base, _) = url.rsplit_once('/').unwrap_or((url, ""));
    format!("{base}/{name}")
}

impl TestDb {
    pub async fn new(engine: Engine) -> TestDb {
        let name = format!("relata_t_{}", uuid::Uuid::now_v7().simple());
        let (url, cleanup) = match engine {
            Engine::Sqlite => {
                let folder = std::env::temp_dir().join(&name);
                std::fs::create_dir_all(&folder).expect("temporary folder");
                (
                    format!("sqlite://{}", folder.join("relata.db").display()),
                    Cleanup::Folder(folder),
                )
            }
            Engine::Postgres => {
                let admin = admin_url();
                let mut conn = PgConnection::connect(&admin).await.unwrap_or_else(|e| {
                    panic!(
                        "PostgreSQL is needed for this test and is not reachable at {admin}: {e}"
                    )
                });
                sqlx::raw_sql(AssertSqlSafe(format!("CREATE DATABASE {name}")))
                    .execute(&mut conn)
                    .await
                    .expect("create test database");
                conn.close().await.ok();
                (
                    with_database(&admin, &name),
                    Cleanup::Database {
                        admin_url: admin,
                        name,
                    },
                )
            }
        };
        let store = Store::connect(&url, 8)
            .await
            .expect("connect to the test database");
        store.migrate().await.expect("migrate the test database");
        TestDb {
            store,
            url,
            cleanup,
        }
    }

    /// Runs SQL on a connection of its own, outside the store: what someone with direct
    /// access to the database could do (tests of tamper evidence).
    pub async fn tamper(&self, sql: &str) -> Result<(), sqlx::Error> {
        use sqlx::Connection;
        let sql = AssertSqlSafe(sql.to_owned());
        if self.url.starts_with("sqlite") {
            let mut conn = sqlx::SqliteConnection::connect(&self.url).await?;
            sqlx::raw_sql(sql).execute(&mut conn).await?;
            conn.close().await
        } else {
            let mut conn = PgConnection::connect(&self.url).await?;
            sqlx::raw_sql(sql).execute(&mut conn).await?;
            conn.close().await
        }
    }

    /// Closes the store and removes the database.
    pub async fn drop(self) {
        self.store.close().await;
        match self.cleanup {
            Cleanup::Folder(folder) => {
                std::fs::remove_dir_all(folder).ok();
            }
            Cleanup::Database { admin_url, name } => {
                if let Ok(mut conn) = PgConnection::connect(&admin_url).await {
                    let drop = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
                    sqlx::raw_sql(AssertSqlSafe(drop))
                        .execute(&mut conn)
                        .await
                        .ok();
                }
            }
        }
    }
}

/// Runs one async test body against each engine, as separate `#[tokio::test]`s named
/// `<name>::sqlite` and `<name>::postgres`.
#[macro_export]
macro_rules! both_engines {
    ($($name:ident),* $(,)?) => {
        $(
            mod $name {
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() {
                    super::$name($crate::Engine::Sqlite).await;
                }

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() {
                    super::$name($crate::Engine::Postgres).await;
                }
            }
        )*
    };
}
