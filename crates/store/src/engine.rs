//! The two engines behind one small interface: run [`Sql`], get [`Row`]s back.
//!
//! Only this file knows how each engine keeps a [`Value`]: SQLite keeps ids as 16-byte
//! blobs, instants and dates as fixed-width UTC text (so text order is time order), lists as
//! JSON text; PostgreSQL uses uuid, timestamptz, date and jsonb.

use std::str::FromStr;
use std::time::Duration;

use relata_domain::timestamp;
use relata_domain::value::{Storage, Value};
use sqlx::postgres::{PgPoolOptions, PgRow};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteRow, SqliteSynchronous,
};
use sqlx::{AssertSqlSafe, PgPool, Postgres, Row as _, Sqlite, SqlitePool, Transaction};
use uuid::Uuid;

use crate::StoreError;
use crate::sql::{Bind, Dialect, Sql};

/// Connection pools of one engine. SQLite gets one writer connection (it allows one writer
/// at a time anyway, and queueing in the pool beats "database is locked" errors) and a pool
/// of readers that see committed data through WAL.
#[derive(Clone)]
pub enum Pools {
    Sqlite {
        writer: SqlitePool,
        readers: SqlitePool,
    },
    Postgres(PgPool),
}

impl Pools {
    pub async fn connect(url: &str, max_connections: u32) -> Result<Pools, StoreError> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            let pool = PgPoolOptions::new()
                .max_connections(max_connections)
                .acquire_timeout(Duration::from_secs(5))
                .connect(url)
                .await?;
            return Ok(Pools::Postgres(pool));
        }
        let options = SqliteConnectOptions::from_str(url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10))
            .pragma("cache_size", "-8000")
            .pragma("temp_store", "memory")
            // ANALYZE samples this many rows per index, so it stays fast at any size.
            .pragma("analysis_limit", "400")
            .collation(UNICASE, unicase);
        // The writer keeps a larger page cache: bulk writes touch many index pages, and
        // fewer checkpoints write them out in longer runs.
        let writer_options = options
            .clone()
            .pragma("cache_size", "-65536")
            .pragma("wal_autocheckpoint", "8000");
        let writer = SqlitePoolOptions::new()
            .max_connections(1)
            .connect_with(writer_options)
            .await?;
        let readers = SqlitePoolOptions::new()
            .max_connections(max_connections.max(2))
            .connect_with(options.read_only(true))
            .await?;
        Ok(Pools::Sqlite { writer, readers })
    }

    pub fn dialect(&self) -> Dialect {
        match self {
            Pools::Sqlite { .. } => Dialect::Sqlite,
            Pools::Postgres(_) => Dialect::Postgres,
        }
    }

    pub fn sql(&self, text: &str) -> Sql {
        Sql::new(self.dialect(), text)
    }

    pub async fn fetch_all(&self, sql: Sql) -> Result<Vec<Row>, StoreError> {
        Ok(match self {
            Pools::Sqlite { readers, .. } => sqlite_query(sql)
                .fetch_all(readers)
                .await?
                .into_iter()
                .map(Row::Sqlite)
                .collect(),
            Pools::Postgres(pool) => postgres_query(sql)
                .fetch_all(pool)
                .await?
                .into_iter()
                .map(Row::Postgres)
                .collect(),
        })
    }

    pub async fn fetch_optional(&self, sql: Sql) -> Result<Option<Row>, StoreError> {
        Ok(self.fetch_all(sql).await?.into_iter().next())
    }

    /// Runs one write statement on its own (SQLite: on the writer connection).
    pub async fn execute(&self, sql: Sql) -> Result<u64, StoreError> {
        Ok(match self {
            Pools::Sqlite { writer, .. } => {
                sqlite_query(sql).execute(writer).await?.rows_affected()
            }
            Pools::Postgres(pool) => postgres_query(sql).execute(pool).await?.rows_affected(),
        })
    }

    /// Runs a statement outside a transaction (migrations bookkeeping, maintenance).
    pub async fn execute_raw(&self, text: &str) -> Result<(), StoreError> {
        match self {
            Pools::Sqlite { writer, .. } => {
                sqlx::raw_sql(AssertSqlSafe(text.to_owned()))
                    .execute(writer)
                    .await?;
            }
            Pools::Postgres(pool) => {
                sqlx::raw_sql(AssertSqlSafe(text.to_owned()))
                    .execute(pool)
                    .await?;
            }
        }
        Ok(())
    }

    pub async fn begin(&self) -> Result<Tx, StoreError> {
        Ok(match self {
            Pools::Sqlite { writer, .. } => Tx::Sqlite(writer.begin().await?),
            Pools::Postgres(pool) => Tx::Postgres(pool.begin().await?),
        })
    }

    /// A read-only transaction that sees one consistent state of the whole database while
    /// writers go on (SQLite: a read transaction on a reader connection, pinned to one WAL
    /// snapshot from its first read; PostgreSQL: REPEATABLE READ).
    pub async fn begin_snapshot(&self) -> Result<Tx, StoreError> {
        Ok(match self {
            Pools::Sqlite { readers, .. } => Tx::Sqlite(readers.begin().await?),
            Pools::Postgres(pool) => {
                let mut tx = Tx::Postgres(pool.begin().await?);
                tx.execute_raw("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                    .await?;
                tx
            }
        })
    }

    pub async fn close(&self) {
        match self {
            Pools::Sqlite { writer, readers } => {
                writer.close().await;
                readers.close().await;
            }
            Pools::Postgres(pool) => pool.close().await,
        }
    }
}

/// The collation of case-insensitive text comparisons on SQLite (see `Sql::push_text_match`).
pub const UNICASE: &str = "unicase";

/// Compares text by its Unicode lower case, without allocating.
fn unicase(a: &str, b: &str) -> std::cmp::Ordering {
    a.chars()
        .flat_map(char::to_lowercase)
        .cmp(b.chars().flat_map(char::to_lowercase))
}

/// A write transaction; dropped without [`Tx::commit`] it rolls back, so a failed request
/// leaves nothing half-written.
pub enum Tx {
    Sqlite(Transaction<'static, Sqlite>),
    Postgres(Transaction<'static, Postgres>),
}

impl Tx {
    /// Makes this transaction's remaining writes to a workspace's numbered logs (the audit
    /// log, the change feed) wait for any other such transaction to commit, so numbers are
    /// given in commit order and a reader that has seen number N never misses a smaller one.
    /// SQLite has one writer already; PostgreSQL takes a transaction-scoped advisory lock,
    /// which the same transaction may take again.
    pub async fn serialize_workspace(&mut self, workspace_id: Uuid) -> Result<(), StoreError> {
        if self.dialect() == Dialect::Postgres {
            // The workspace id's random half, mixed with "AUDIT" so the key space is Relata's.
            let bytes = workspace_id.as_bytes();
            let key = i64::from_be_bytes(bytes[8..16].try_into().expect("eight bytes"))
                ^ 0x4155_4449_5400;
            let mut lock = self.sql("SELECT pg_advisory_xact_lock(");
            lock.bind(key).push(")");
            self.fetch_optional(lock).await?;
        }
        Ok(())
    }

    pub fn dialect(&self) -> Dialect {
        match self {
            Tx::Sqlite(_) => Dialect::Sqlite,
            Tx::Postgres(_) => Dialect::Postgres,
        }
    }

    pub fn sql(&self, text: &str) -> Sql {
        Sql::new(self.dialect(), text)
    }

    pub async fn execute(&mut self, sql: Sql) -> Result<u64, StoreError> {
        Ok(match self {
            Tx::Sqlite(tx) => sqlite_query(sql).execute(&mut **tx).await?.rows_affected(),
            Tx::Postgres(tx) => postgres_query(sql)
                .execute(&mut **tx)
                .await?
                .rows_affected(),
        })
    }

    pub async fn execute_raw(&mut self, text: &str) -> Result<(), StoreError> {
        match self {
            Tx::Sqlite(tx) => {
                sqlx::raw_sql(AssertSqlSafe(text.to_owned()))
                    .execute(&mut **tx)
                    .await?;
            }
            Tx::Postgres(tx) => {
                sqlx::raw_sql(AssertSqlSafe(text.to_owned()))
                    .execute(&mut **tx)
                    .await?;
            }
        }
        Ok(())
    }

    pub async fn fetch_all(&mut self, sql: Sql) -> Result<Vec<Row>, StoreError> {
        Ok(match self {
            Tx::Sqlite(tx) => sqlite_query(sql)
                .fetch_all(&mut **tx)
                .await?
                .into_iter()
                .map(Row::Sqlite)
                .collect(),
            Tx::Postgres(tx) => postgres_query(sql)
                .fetch_all(&mut **tx)
                .await?
                .into_iter()
                .map(Row::Postgres)
                .collect(),
        })
    }

    pub async fn fetch_optional(&mut self, sql: Sql) -> Result<Option<Row>, StoreError> {
        Ok(self.fetch_all(sql).await?.into_iter().next())
    }

    pub async fn commit(self) -> Result<(), StoreError> {
        match self {
            Tx::Sqlite(tx) => tx.commit().await?,
            Tx::Postgres(tx) => tx.commit().await?,
        }
        Ok(())
    }
}

type SqliteQuery = sqlx::query::Query<'static, Sqlite, sqlx::sqlite::SqliteArguments>;
type PostgresQuery = sqlx::query::Query<'static, Postgres, sqlx::postgres::PgArguments>;

fn sqlite_query(sql: Sql) -> SqliteQuery {
    let mut query = sqlx::query(AssertSqlSafe(sql.text));
    for bind in sql.binds {
        query = match bind {
            Bind::Null(_) => query.bind(None::<String>),
            Bind::Json(json) => query.bind(json.to_string()),
            // `Sql::push_in` expands lists into single values for SQLite.
            Bind::Ids(_) | Bind::Texts(_) => query.bind(None::<String>),
            Bind::Bytes(bytes) => query.bind(bytes),
            Bind::Value(value) => match value {
                Value::Null => query.bind(None::<String>),
                Value::Text(s) => query.bind(s),
                Value::Int(n) => query.bind(n),
                Value::Float(f) => query.bind(f),
                Value::Bool(b) => query.bind(b),
                Value::Date(d) => query.bind(timestamp::format_date(d)),
                Value::DateTime(t) => query.bind(timestamp::format(t)),
                Value::Id(id) => query.bind(id),
                Value::List(items) => query.bind(serde_json::to_string(&items).unwrap_or_default()),
            },
        };
    }
    query
}

fn postgres_query(sql: Sql) -> PostgresQuery {
    let mut query = sqlx::query(AssertSqlSafe(sql.text));
    for bind in sql.binds {
        query = match bind {
            Bind::Null(storage) => match storage {
                Storage::Text => query.bind(None::<String>),
                Storage::Int => query.bind(None::<i64>),
                Storage::Float => query.bind(None::<f64>),
                Storage::Bool => query.bind(None::<bool>),
                Storage::Date => query.bind(None::<time::Date>),
                Storage::DateTime => query.bind(None::<time::OffsetDateTime>),
                Storage::Id => query.bind(None::<Uuid>),
                Storage::List => query.bind(None::<sqlx::types::Json<Vec<String>>>),
            },
            Bind::Json(json) => query.bind(sqlx::types::Json(json)),
            Bind::Ids(ids) => query.bind(ids),
            Bind::Texts(texts) => query.bind(texts),
            Bind::Bytes(bytes) => query.bind(bytes),
            Bind::Value(value) => match value {
                Value::Null => query.bind(None::<String>),
                Value::Text(s) => query.bind(s),
                Value::Int(n) => query.bind(n),
                Value::Float(f) => query.bind(f),
                Value::Bool(b) => query.bind(b),
                Value::Date(d) => query.bind(d),
                Value::DateTime(t) => query.bind(t),
                Value::Id(id) => query.bind(id),
                Value::List(items) => query.bind(sqlx::types::Json(items)),
            },
        };
    }
    query
}

/// A result row of either engine, read by column name.
pub enum Row {
    Sqlite(SqliteRow),
    Postgres(PgRow),
}

impl Row {
    /// Reads a column as the domain value its storage type describes.
    pub fn value(&self, column: &str, storage: Storage) -> Result<Value, StoreError> {
        Ok(match self {
            Row::Sqlite(row) => match storage {
                Storage::Text => row
                    .try_get::<Option<String>, _>(column)?
                    .map_or(Value::Null, Value::Text),
                Storage::Int => row
                    .try_get::<Option<i64>, _>(column)?
                    .map_or(Value::Null, Value::Int),
                Storage::Float => row
                    .try_get::<Option<f64>, _>(column)?
                    .map_or(Value::Null, Value::Float),
                Storage::Bool => row
                    .try_get::<Option<bool>, _>(column)?
                    .map_or(Value::Null, Value::Bool),
                Storage::Date => match row.try_get::<Option<String>, _>(column)? {
                    Some(text) => {
                        Value::Date(timestamp::parse_date(&text).map_err(StoreError::Corrupt)?)
                    }
                    None => Value::Null,
                },
                Storage::DateTime => match row.try_get::<Option<String>, _>(column)? {
                    Some(text) => {
                        Value::DateTime(timestamp::parse(&text).map_err(StoreError::Corrupt)?)
                    }
                    None => Value::Null,
                },
                Storage::Id => row
                    .try_get::<Option<Uuid>, _>(column)?
                    .map_or(Value::Null, Value::Id),
                Storage::List => match row.try_get::<Option<String>, _>(column)? {
                    Some(text) => Value::List(
                        serde_json::from_str(&text)
                            .map_err(|e| StoreError::Corrupt(e.to_string()))?,
                    ),
                    None => Value::Null,
                },
            },
            Row::Postgres(row) => match storage {
                Storage::Text => row
                    .try_get::<Option<String>, _>(column)?
                    .map_or(Value::Null, Value::Text),
                Storage::Int => row
                    .try_get::<Option<i64>, _>(column)?
                    .map_or(Value::Null, Value::Int),
                Storage::Float => row
                    .try_get::<Option<f64>, _>(column)?
                    .map_or(Value::Null, Value::Float),
                Storage::Bool => row
                    .try_get::<Option<bool>, _>(column)?
                    .map_or(Value::Null, Value::Bool),
                Storage::Date => row
                    .try_get::<Option<time::Date>, _>(column)?
                    .map_or(Value::Null, Value::Date),
                Storage::DateTime => row
                    .try_get::<Option<time::OffsetDateTime>, _>(column)?
                    .map_or(Value::Null, |t| Value::DateTime(timestamp::truncate(t))),
                Storage::Id => row
                    .try_get::<Option<Uuid>, _>(column)?
                    .map_or(Value::Null, Value::Id),
                Storage::List => row
                    .try_get::<Option<sqlx::types::Json<Vec<String>>>, _>(column)?
                    .map_or(Value::Null, |json| Value::List(json.0)),
            },
        })
    }

    pub fn text(&self, column: &str) -> Result<String, StoreError> {
        self.opt_text(column)?
            .ok_or_else(|| StoreError::Corrupt(format!("{column} is null")))
    }

    pub fn opt_text(&self, column: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .value(column, Storage::Text)?
            .as_text()
            .map(str::to_owned))
    }

    pub fn int(&self, column: &str) -> Result<i64, StoreError> {
        self.value(column, Storage::Int)?
            .as_int()
            .ok_or_else(|| StoreError::Corrupt(format!("{column} is null")))
    }

    pub fn opt_int(&self, column: &str) -> Result<Option<i64>, StoreError> {
        Ok(self.value(column, Storage::Int)?.as_int())
    }

    pub fn float(&self, column: &str) -> Result<f64, StoreError> {
        match self.value(column, Storage::Float)? {
            Value::Float(f) => Ok(f),
            Value::Null => Ok(0.0),
            other => Err(StoreError::Corrupt(format!("{column} is {other:?}"))),
        }
    }

    pub fn opt_float(&self, column: &str) -> Result<Option<f64>, StoreError> {
        match self.value(column, Storage::Float)? {
            Value::Null => Ok(None),
            _ => self.float(column).map(Some),
        }
    }

    pub fn boolean(&self, column: &str) -> Result<bool, StoreError> {
        Ok(matches!(
            self.value(column, Storage::Bool)?,
            Value::Bool(true)
        ))
    }

    pub fn id(&self, column: &str) -> Result<Uuid, StoreError> {
        self.opt_id(column)?
            .ok_or_else(|| StoreError::Corrupt(format!("{column} is null")))
    }

    pub fn opt_id(&self, column: &str) -> Result<Option<Uuid>, StoreError> {
        Ok(self.value(column, Storage::Id)?.as_id())
    }

    pub fn time(&self, column: &str) -> Result<time::OffsetDateTime, StoreError> {
        self.opt_time(column)?
            .ok_or_else(|| StoreError::Corrupt(format!("{column} is null")))
    }

    pub fn opt_time(&self, column: &str) -> Result<Option<time::OffsetDateTime>, StoreError> {
        Ok(match self.value(column, Storage::DateTime)? {
            Value::DateTime(t) => Some(t),
            _ => None,
        })
    }

    /// A binary column.
    pub fn bytes(&self, column: &str) -> Result<Vec<u8>, StoreError> {
        Ok(match self {
            Row::Sqlite(row) => row.try_get::<Vec<u8>, _>(column)?,
            Row::Postgres(row) => row.try_get::<Vec<u8>, _>(column)?,
        })
    }

    /// A JSON column (jsonb on PostgreSQL, text on SQLite).
    pub fn json(&self, column: &str) -> Result<serde_json::Value, StoreError> {
        Ok(match self {
            Row::Sqlite(row) => match row.try_get::<Option<String>, _>(column)? {
                Some(text) => {
                    serde_json::from_str(&text).map_err(|e| StoreError::Corrupt(e.to_string()))?
                }
                None => serde_json::Value::Null,
            },
            Row::Postgres(row) => row
                .try_get::<Option<sqlx::types::Json<serde_json::Value>>, _>(column)?
                .map_or(serde_json::Value::Null, |j| j.0),
        })
    }
}
