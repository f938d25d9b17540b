//! `relata`: the CRM in one binary.

mod admin;
mod backup;
mod commands;
mod config;
mod insight;
mod jobs;

use std::path::PathBuf;

use anyhow::Context;
use clap::{Parser, Subcommand};
use relata_backup::retention::Retention;
use relata_server::redis_link::RedisLink;
use relata_server::{AppState, ServerConfig};
use relata_store::Store;
use tracing_subscriber::EnvFilter;

use config::{Config, LogFormat, Overrides};

#[derive(Parser)]
#[command(
    name = "relata",
    version,
    about = "Relata: a self-hosted CRM in one binary"
)]
struct Cli {
    /// Configuration file (default: ./relata.toml when it exists).
    #[arg(long, global = true)]
    config: Option<PathBuf>,
    /// Database URL: sqlite://path/to/file.db or postgres://user@host/database.
    #[arg(long, global = true)]
    database_url: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the API and the web app.
    Serve {
        /// Address to listen on (default 127.0.0.1:8080).
        #[arg(long)]
        listen: Option<String>,
        /// Fill an empty database with demo data first.
        #[arg(long)]
        demo: bool,
    },
    /// Apply database migrations and exit.
    Migrate,
    /// Accounts: create the first owner, set a password.
    Admin {
        #[command(subcommand)]
        action: AdminAction,
    },
    /// The audit log.
    Audit {
        #[command(subcommand)]
        action: AuditAction,
    },
    /// Write an encrypted backup of everything (to a file, a folder or s3://bucket/prefix).
    Backup {
        /// A file, a folder (a dated file is made in it) or s3://bucket/prefix.
        #[arg(long, default_value = "backups/")]
        output: String,
        #[command(flatten)]
        keys: BackupKeys,
        /// In a folder or bucket, keep the newest backup of each of this many days…
        #[arg(long)]
        keep_daily: Option<usize>,
        /// …and of each of this many weeks; older backups are removed.
        #[arg(long)]
        keep_weekly: Option<usize>,
    },
    /// Check a backup, then restore it into this (empty) database.
    Restore {
        /// The backup file, or s3://bucket/key.
        #[arg(long)]
        input: String,
        #[command(flatten)]
        keys: BackupKeys,
        /// Only check that the archive opens and is whole; write nothing.
        #[arg(long)]
        check_only: bool,
    },
    /// Make a key pair for backups: backups are encrypted to the public key, and only the
    /// private key (kept away from the server) opens them.
    BackupKey {
        /// Write the private key to this new file instead of printing it.
        #[arg(long)]
        output: Option<PathBuf>,
    },
    /// Intelligence: evaluate the models on data you hold.
    Insight {
        #[command(subcommand)]
        action: InsightAction,
    },
    /// Background jobs: list them, show one, retry a dead one.
    Jobs {
        #[command(subcommand)]
        action: JobsAction,
    },
    /// Print the OpenAPI document of the HTTP API.
    Openapi,
    /// Fill the database with a believable sales team's data.
    Demo,
    /// Generate the benchmark data set (DESIGN.md §10), deterministic by seed.
    BenchData {
        #[arg(long, default_value_t = 1_000_000)]
        people: usize,
        #[arg(long, default_value_t = 200_000)]
        companies: usize,
        #[arg(long, default_value_t = 300_000)]
        deals: usize,
        #[arg(long, default_value_t = 3_000_000)]
        activities: usize,
        #[arg(long, default_value_t = 42)]
        seed: u64,
    },
    /// Import people, companies or deals from a CSV file.
    Import {
        /// people, companies or deals.
        object: String,
        /// The CSV file (UTF-8; comma, semicolon or tab separated; a header line).
        file: PathBuf,
        /// Check every row and report, writing nothing.
        #[arg(long)]
        dry_run: bool,
        /// Choose a column's field: --map "Header=field" (repeatable; "Header=" ignores it).
        #[arg(long = "map", value_name = "HEADER=FIELD")]
        maps: Vec<String>,
        /// Leave rows unlinked instead of creating the companies they name.
        #[arg(long)]
        no_create_companies: bool,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Export people, companies or deals as CSV (to standard output or --output).
    Export {
        /// people, companies or deals.
        object: String,
        /// Filter expression, as on the API.
        #[arg(long)]
        filter: Option<String>,
        /// Sort, as on the API (default: oldest first).
        #[arg(long)]
        sort: Option<String>,
        /// Comma-separated fields.
        #[arg(long)]
        fields: Option<String>,
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum AdminAction {
    /// Create the first workspace and its owner (the password is read from
    /// RELATA_ADMIN_PASSWORD or standard input).
    Create {
        #[arg(long)]
        workspace: String,
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
    },
    /// Set a user's password (from RELATA_ADMIN_PASSWORD or standard input) and end their
    /// sessions.
    SetPassword {
        #[arg(long)]
        email: String,
    },
    /// Print a one-time link (valid for an hour) with which a user sets a new password.
    ResetPassword {
        #[arg(long)]
        email: String,
    },
}

#[derive(clap::Args)]
struct BackupKeys {
    /// A file holding the passphrase (or set RELATA_BACKUP_PASSPHRASE).
    #[arg(long)]
    passphrase_file: Option<PathBuf>,
    /// An age public key (age1…) to encrypt to (repeatable).
    #[arg(long = "recipient")]
    recipients: Vec<String>,
    /// A file of age public keys, one per line.
    #[arg(long)]
    recipients_file: Option<PathBuf>,
    /// A file of age private keys that open the backup (restore).
    #[arg(long)]
    identity: Option<PathBuf>,
}

impl BackupKeys {
    fn into_args(self) -> backup::KeyArgs {
        backup::KeyArgs {
            passphrase_file: self.passphrase_file,
            recipients: self.recipients,
            recipients_file: self.recipients_file,
            identity_file: self.identity,
        }
    }
}

#[derive(Subcommand)]
enum InsightAction {
    /// Train on one file and report on another, or cross-validate on one (5 folds).
    Eval {
        model: insight::Model,
        /// The training file (not for duplicates, which generate their data).
        #[arg(long)]
        train: Option<PathBuf>,
        #[arg(long)]
        test: Option<PathBuf>,
        /// en or ru (sentiment).
        #[arg(long)]
        lang: Option<String>,
        /// Lead columns to use (default: each policy in turn).
        #[arg(long, value_enum)]
        columns: Option<insight::Columns>,
        /// The products file of the opportunities data (forecast; default: beside --train).
        #[arg(long)]
        products: Option<PathBuf>,
        /// Duplicates: people to generate (companies: a tenth of it).
        #[arg(long, default_value_t = 100_000)]
        people: usize,
        /// Duplicates: the generator's seed.
        #[arg(long, default_value_t = 2)]
        seed: u64,
    },
}

#[derive(Subcommand)]
enum JobsAction {
    /// The latest jobs of every workspace, newest first.
    List {
        /// queued, running, succeeded, dead or cancelled.
        #[arg(long)]
        status: Option<String>,
        /// Only this kind, e.g. webhook.deliver.
        #[arg(long)]
        kind: Option<String>,
        #[arg(long, default_value_t = 50)]
        limit: u32,
    },
    /// One job in full (JSON).
    Show { id: uuid::Uuid },
    /// Queue a dead or cancelled job again.
    Retry { id: uuid::Uuid },
    /// Call off a queued job.
    Cancel { id: uuid::Uuid },
}

#[derive(Subcommand)]
enum AuditAction {
    /// Check that no audit entry was changed or removed (exit code 1 if one was).
    Verify,
}

#[tokio::main]
async fn main() {
    if let Err(error) = run(Cli::parse()).await {
        eprintln!("relata: {error:#}");
        std::process::exit(1);
    }
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    if let Command::Insight {
        action:
            InsightAction::Eval {
                model,
                train,
                test,
                lang,
                columns,
                products,
                people,
                seed,
            },
    } = cli.command
    {
        return insight::eval(&insight::EvalArgs {
            model,
            train,
            test,
            lang,
            columns,
            products,
            people,
            seed,
        });
    }
    if let Command::BackupKey { output } = &cli.command {
        return backup::new_key(output.as_deref());
    }
    if let Command::Openapi = cli.command {
        let document = relata_server::openapi_document();
        println!("{}", serde_json::to_string_pretty(document.as_ref())?);
        return Ok(());
    }
    let listen = match &cli.command {
        Command::Serve { listen, .. } => listen.clone(),
        _ => None,
    };
    let overrides = Overrides {
        listen,
        database_url: cli.database_url.clone(),
    };
    let config = Config::load(cli.config.as_deref(), &overrides)?;
    init_logging(&config)?;
    config.prepare_storage()?;
    let store = Store::connect(&config.database_url, config.max_connections)
        .await
        .with_context(|| {
            format!(
                "cannot open the database at {}",
                redact(&config.database_url)
            )
        })?;
    let applied = store
        .migrate()
        .await
        .context("cannot migrate the database")?;
    if applied > 0 {
        tracing::info!(applied, "database migrated");
    }
    match cli.command {
        Command::Migrate
        | Command::Openapi
        | Command::BackupKey { .. }
        | Command::Insight { .. } => Ok(()),
        Command::Backup {
            output,
            keys,
            keep_daily,
            keep_weekly,
        } => {
            let keep = (keep_daily.is_some() || keep_weekly.is_some()).then(|| Retention {
                daily: keep_daily.unwrap_or(0),
                weekly: keep_weekly.unwrap_or(0),
            });
            backup::backup(&store, &output, &keys.into_args(), keep).await
        }
        Command::Restore {
            input,
            keys,
            check_only,
        } => backup::restore(&store, &input, &keys.into_args(), check_only).await,
        Command::Demo => {
            commands::demo(&store).await?;
            admin::ensure_demo_sign_in(&store).await
        }
        Command::Audit {
            action: AuditAction::Verify,
        } => admin::verify_audit(&store).await,
        Command::Jobs { action } => match action {
            JobsAction::List {
                status,
                kind,
                limit,
            } => jobs::list(&store, status.as_deref(), kind, limit).await,
            JobsAction::Show { id } => jobs::show(&store, id).await,
            JobsAction::Retry { id } => jobs::retry(&store, id).await,
            JobsAction::Cancel { id } => jobs::cancel(&store, id).await,
        },
        Command::Admin { action } => match action {
            AdminAction::Create {
                workspace,
                email,
                name,
            } => admin::create(&store, &workspace, &email, &name).await,
            AdminAction::SetPassword { email } => admin::set_password(&store, &email).await,
            AdminAction::ResetPassword { email } => admin::reset_password(&store, &email).await,
        },
        Command::BenchData {
            people,
            companies,
            deals,
            activities,
            seed,
        } => {
            let sizes = relata_sample::bench::Sizes {
                companies,
                people,
                deals,
                activities,
            };
            commands::bench_data(&store, sizes, seed).await
        }
        Command::Import {
            object,
            file,
            dry_run,
            maps,
            no_create_companies,
            json,
        } => {
            let options = commands::ImportArgs {
                dry_run,
                maps,
                create_companies: !no_create_companies,
                json,
            };
            commands::import(&store, &object, &file, options).await
        }
        Command::Export {
            object,
            filter,
            sort,
            fields,
            output,
        } => {
            commands::export(
                &store,
                &object,
                filter.as_deref(),
                sort.as_deref(),
                fields.as_deref(),
                output.as_deref(),
            )
            .await
        }
        Command::Serve { demo, .. } => serve(store, &config, demo).await,
    }
}

async fn serve(store: Store, config: &Config, demo: bool) -> anyhow::Result<()> {
    if demo {
        commands::demo_if_empty(&store).await?;
        admin::ensure_demo_sign_in(&store).await?;
    }
    if store.engine_name() == "sqlite" {
        // In the background: serving starts at once, and queries get better plans shortly.
        let store = store.clone();
        tokio::spawn(async move {
            let started = std::time::Instant::now();
            match store.refresh_statistics().await {
                Ok(()) => tracing::info!(
                    ms = started.elapsed().as_millis() as u64,
                    "planner statistics refreshed"
                ),
                Err(error) => {
                    tracing::warn!(%error, "could not refresh the query planner's statistics")
                }
            }
        });
    }
    tokio::spawn(purge_expired_regularly(store.clone()));
    let redis = match &config.redis_url {
        Some(url) => Some(RedisLink::open(url).map_err(anyhow::Error::msg)?),
        None => None,
    };
    let state = AppState::new(
        store.clone(),
        ServerConfig {
            max_body_bytes: config.max_body_bytes,
            secure_cookies: config.secure_cookies,
            api_requests_per_minute: config.api_requests_per_minute,
            redis,
            jobs: relata_server::jobs::JobsConfig {
                workers: config.job_workers,
                allow_private_networks: config.webhooks_allow_private_networks,
                ..Default::default()
            },
            backup: config.backup_to.clone().map(|destination| {
                relata_server::backups::BackupPlan {
                    destination,
                    passphrase_file: config.backup_passphrase_file.clone(),
                    recipients_file: config.backup_recipients_file.clone(),
                    keep: Retention {
                        daily: config.backup_keep_daily,
                        weekly: config.backup_keep_weekly,
                    },
                    hour: config.backup_hour,
                }
            }),
            ..ServerConfig::default()
        },
    );
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .with_context(|| format!("cannot listen on {}", config.listen))?;
    tracing::info!(address = %config.listen, database = store.engine_name(), "Relata is serving on http://{}", config.listen);
    relata_server::serve(listener, state, shutdown_signal()).await?;
    store.close().await;
    Ok(())
}

/// How long changes stay readable by clients catching up (`Last-Event-ID`).
const FEED_KEPT_FOR: time::Duration = time::Duration::days(7);

/// How long succeeded and cancelled jobs stay listed (dead ones stay until retried).
const JOBS_KEPT_FOR: time::Duration = time::Duration::days(30);

/// Every half hour, removes sessions, sign-in challenges, reset links and invitations that
/// can no longer be used. (Several instances may do it at once; deleting twice is harmless.)
async fn purge_expired_regularly(store: Store) {
    let mut every = tokio::time::interval(std::time::Duration::from_secs(30 * 60));
    loop {
        every.tick().await;
        let now = relata_domain::timestamp::now();
        let idle_before = now - ServerConfig::default().session_idle;
        match store.purge_expired(now, idle_before).await {
            Ok(0) => {}
            Ok(removed) => tracing::info!(removed, "expired sessions and links removed"),
            Err(error) => tracing::warn!(%error, "could not remove expired sessions and links"),
        }
        match store.prune_jobs(now - JOBS_KEPT_FOR).await {
            Ok(0) => {}
            Ok(removed) => tracing::info!(removed, "old finished jobs removed"),
            Err(error) => tracing::warn!(%error, "could not remove old finished jobs"),
        }
        match store.prune_feed(now - FEED_KEPT_FOR).await {
            Ok(0) => {}
            Ok(removed) => tracing::info!(removed, "old entries of the change feed removed"),
            Err(error) => tracing::warn!(%error, "could not prune the change feed"),
        }
    }
}

async fn shutdown_signal() {
    let interrupt = tokio::signal::ctrl_c();
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut signal) =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            signal.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = interrupt => {},
        _ = terminate => {},
    }
    tracing::info!("shutting down");
}

fn init_logging(config: &Config) -> anyhow::Result<()> {
    let filter = EnvFilter::try_new(&config.log_level).with_context(|| {
        format!(
            "\"{}\" is not a log level such as info or debug",
            config.log_level
        )
    })?;
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match config.log_format {
        LogFormat::Json => builder.json().flatten_event(true).init(),
        LogFormat::Text => builder.init(),
    }
    Ok(())
}

/// A database URL without its password, for messages.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let credentials = &url[scheme_end + 3..at];
            match credentials.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme_end + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}
