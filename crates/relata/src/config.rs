//! Configuration, layered: built-in defaults, then `relata.toml` (or `--config FILE`), then
//! `RELATA_*` environment variables, then command-line flags. A bad value anywhere stops
//! the start with a message naming where it came from.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use serde::Deserialize;

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Clone)]
pub struct Config {
    pub listen: SocketAddr,
    pub database_url: String,
    pub log_format: LogFormat,
    /// A tracing filter such as `info` or `relata_server=debug,info`.
    pub log_level: String,
    pub max_connections: u32,
    pub max_body_bytes: usize,
    /// Mark the session cookie `Secure`: set it when users reach Relata over HTTPS.
    pub secure_cookies: bool,
    /// Requests a minute each session or API key may make; 0 turns the limit off.
    pub api_requests_per_minute: u32,
    /// `redis://host:port` to share change notices, rate limits and cache between instances.
    pub redis_url: Option<String>,
    /// Background job workers of this instance (webhook deliveries and other jobs); 0 runs
    /// none here, for instances that only serve requests.
    pub job_workers: usize,
    /// Let webhooks post to loopback and private network addresses (receivers inside the
    /// company's network). Off by default, so a webhook cannot probe the server's neighbours.
    pub webhooks_allow_private_networks: bool,
    /// Daily backups by the server: a folder, a file or `s3://bucket/prefix`.
    pub backup_to: Option<String>,
    pub backup_passphrase_file: Option<PathBuf>,
    pub backup_recipients_file: Option<PathBuf>,
    pub backup_keep_daily: usize,
    pub backup_keep_weekly: usize,
    /// The hour (UTC) after which the day's backup is made.
    pub backup_hour: u8,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            database_url: "sqlite://data/relata.db".into(),
            log_format: LogFormat::Text,
            log_level: "info".into(),
            max_connections: 16,
            max_body_bytes: 8 * 1024 * 1024,
            secure_cookies: false,
            api_requests_per_minute: 1_200,
            redis_url: None,
            job_workers: 2,
            webhooks_allow_private_networks: false,
            backup_to: None,
            backup_passphrase_file: None,
            backup_recipients_file: None,
            backup_keep_daily: 7,
            backup_keep_weekly: 4,
            backup_hour: 2,
        }
    }
}

/// What `relata.toml` may hold; every key is optional and unknown keys are refused.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    listen: Option<String>,
    database_url: Option<String>,
    log_format: Option<LogFormat>,
    log_level: Option<String>,
    max_connections: Option<u32>,
    max_body_bytes: Option<usize>,
    secure_cookies: Option<bool>,
    api_requests_per_minute: Option<u32>,
    redis_url: Option<String>,
    job_workers: Option<usize>,
    webhooks_allow_private_networks: Option<bool>,
    backup_to: Option<String>,
    backup_passphrase_file: Option<PathBuf>,
    backup_recipients_file: Option<PathBuf>,
    backup_keep_daily: Option<usize>,
    backup_keep_weekly: Option<usize>,
    backup_hour: Option<u8>,
}

/// Flags that override everything else.
#[derive(Debug, Default, Clone)]
pub struct Overrides {
    pub listen: Option<String>,
    pub database_url: Option<String>,
}

impl Config {
    pub fn load(file: Option<&Path>, overrides: &Overrides) -> anyhow::Result<Config> {
        let mut config = Config::default();
        let (path, explicit) = match file {
            Some(path) => (path.to_path_buf(), true),
            None => (PathBuf::from("relata.toml"), false),
        };
        if path.exists() {
            let text = std::fs::read_to_string(&path)
                .with_context(|| format!("cannot read {}", path.display()))?;
            let parsed: FileConfig = toml::from_str(&text)
                .with_context(|| format!("{} is not valid", path.display()))?;
            config.apply_file(parsed, &path)?;
        } else if explicit {
            bail!("the configuration file {} does not exist", path.display());
        }
        config.apply_env(|name| std::env::var(name).ok())?;
        if let Some(listen) = &overrides.listen {
            config.listen = parse_listen(listen).context("--listen")?;
        }
        if let Some(url) = &overrides.database_url {
            config.database_url = check_database_url(url).context("--database-url")?;
        }
        Ok(config)
    }

    fn apply_file(&mut self, file: FileConfig, path: &Path) -> anyhow::Result<()> {
        let place = |key: &str| format!("{key} in {}", path.display());
        if let Some(v) = file.listen {
            self.listen = parse_listen(&v).with_context(|| place("listen"))?;
        }
        if let Some(v) = file.database_url {
            self.database_url = check_database_url(&v).with_context(|| place("database_url"))?;
        }
        if let Some(v) = file.log_format {
            self.log_format = v;
        }
        if let Some(v) = file.log_level {
            self.log_level = v;
        }
        if let Some(v) = file.max_connections {
            self.max_connections =
                check_connections(v).with_context(|| place("max_connections"))?;
        }
        if let Some(v) = file.max_body_bytes {
            self.max_body_bytes = v;
        }
        if let Some(v) = file.secure_cookies {
            self.secure_cookies = v;
        }
        if let Some(v) = file.api_requests_per_minute {
            self.api_requests_per_minute = v;
        }
        if let Some(v) = file.redis_url {
            self.redis_url = check_redis_url(&v).with_context(|| place("redis_url"))?;
        }
        if let Some(v) = file.job_workers {
            self.job_workers = v;
        }
        if let Some(v) = file.webhooks_allow_private_networks {
            self.webhooks_allow_private_networks = v;
        }
        self.backup_to = file.backup_to.or(self.backup_to.take());
        self.backup_passphrase_file = file
            .backup_passphrase_file
            .or(self.backup_passphrase_file.take());
        self.backup_recipients_file = file
            .backup_recipients_file
            .or(self.backup_recipients_file.take());
        self.backup_keep_daily = file.backup_keep_daily.unwrap_or(self.backup_keep_daily);
        self.backup_keep_weekly = file.backup_keep_weekly.unwrap_or(self.backup_keep_weekly);
        if let Some(hour) = file.backup_hour {
            if hour > 23 {
                bail!(
                    "backup_hour in {}: {hour} is not an hour of the day (0 to 23)",
                    path.display()
                );
            }
            self.backup_hour = hour;
        }
        if self.backup_to.is_some()
            && self.backup_passphrase_file.is_none()
            && self.backup_recipients_file.is_none()
        {
            bail!(
                "backup_to in {} needs backup_passphrase_file or backup_recipients_file: backups are always encrypted",
                path.display()
            );
        }
        Ok(())
    }

    fn apply_env(&mut self, var: impl Fn(&str) -> Option<String>) -> anyhow::Result<()> {
        if let Some(v) = var("RELATA_LISTEN") {
            self.listen = parse_listen(&v).context("RELATA_LISTEN")?;
        }
        if let Some(v) = var("RELATA_DATABASE_URL") {
            self.database_url = check_database_url(&v).context("RELATA_DATABASE_URL")?;
        }
        if let Some(v) = var("RELATA_LOG_FORMAT") {
            self.log_format = match v.as_str() {
                "text" => LogFormat::Text,
                "json" => LogFormat::Json,
                other => bail!("RELATA_LOG_FORMAT: \"{other}\" is not one of: text, json"),
            };
        }
        if let Some(v) = var("RELATA_LOG_LEVEL") {
            self.log_level = v;
        }
        if let Some(v) = var("RELATA_MAX_CONNECTIONS") {
            let n = v
                .parse()
                .with_context(|| format!("RELATA_MAX_CONNECTIONS: \"{v}\" is not a number"))?;
            self.max_connections = check_connections(n).context("RELATA_MAX_CONNECTIONS")?;
        }
        if let Some(v) = var("RELATA_MAX_BODY_BYTES") {
            self.max_body_bytes = v
                .parse()
                .with_context(|| format!("RELATA_MAX_BODY_BYTES: \"{v}\" is not a number"))?;
        }
        if let Some(v) = var("RELATA_API_REQUESTS_PER_MINUTE") {
            self.api_requests_per_minute = v.parse().with_context(|| {
                format!("RELATA_API_REQUESTS_PER_MINUTE: \"{v}\" is not a whole number")
            })?;
        }
        if let Some(v) = var("RELATA_REDIS_URL") {
            self.redis_url = check_redis_url(&v).context("RELATA_REDIS_URL")?;
        }
        if let Some(v) = var("RELATA_SECURE_COOKIES") {
            self.secure_cookies = parse_bool(&v).context("RELATA_SECURE_COOKIES")?;
        }
        if let Some(v) = var("RELATA_JOB_WORKERS") {
            self.job_workers = v
                .parse()
                .with_context(|| format!("RELATA_JOB_WORKERS: \"{v}\" is not a whole number"))?;
        }
        if let Some(v) = var("RELATA_WEBHOOKS_ALLOW_PRIVATE_NETWORKS") {
            self.webhooks_allow_private_networks =
                parse_bool(&v).context("RELATA_WEBHOOKS_ALLOW_PRIVATE_NETWORKS")?;
        }
        Ok(())
    }

    /// Creates the folder of a SQLite database file, so the first start needs no set-up.
    pub fn prepare_storage(&self) -> anyhow::Result<()> {
        if let Some(path) = self.database_url.strip_prefix("sqlite://") {
            let path = path.split('?').next().unwrap_or(path);
            if let Some(folder) = Path::new(path)
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
            {
                std::fs::create_dir_all(folder)
                    .with_context(|| format!("cannot create {}", folder.display()))?;
            }
        }
        Ok(())
    }
}

fn parse_bool(text: &str) -> anyhow::Result<bool> {
    match text {
        "true" | "1" => Ok(true),
        "false" | "0" => Ok(false),
        other => bail!("\"{other}\" is not true or false"),
    }
}

fn parse_listen(text: &str) -> anyhow::Result<SocketAddr> {
    text.trim().parse().with_context(|| {
        format!("\"{text}\" is not an address to listen on; use host:port such as 127.0.0.1:8080")
    })
}

fn check_database_url(url: &str) -> anyhow::Result<String> {
    let url = url.trim();
    let known = ["sqlite://", "postgres://", "postgresql://"];
    if !known.iter().any(|scheme| url.starts_with(scheme)) {
        bail!(
            "\"{url}\" is not a database URL; use sqlite://path/to/file.db or postgres://user@host/database"
        );
    }
    Ok(url.to_owned())
}

/// An empty value means no Redis.
fn check_redis_url(url: &str) -> anyhow::Result<Option<String>> {
    let url = url.trim();
    if url.is_empty() {
        return Ok(None);
    }
    let known = ["redis://", "rediss://", "unix://", "redis+unix://"];
    if !known.iter().any(|scheme| url.starts_with(scheme)) {
        bail!("\"{url}\" is not a Redis URL; use redis://host:6379");
    }
    Ok(Some(url.to_owned()))
}

fn check_connections(n: u32) -> anyhow::Result<u32> {
    if (1..=1000).contains(&n) {
        Ok(n)
    } else {
        bail!("{n} is out of range; use 1 to 1000")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn environment_overrides_defaults_and_bad_values_are_named() {
        let mut config = Config::default();
        config
            .apply_env(|name| match name {
                "RELATA_LISTEN" => Some("0.0.0.0:9000".into()),
                "RELATA_DATABASE_URL" => Some("postgres://postgres@localhost/relata".into()),
                _ => None,
            })
            .unwrap();
        assert_eq!(config.listen.port(), 9000);
        assert!(config.database_url.starts_with("postgres://"));

        let error = Config::default()
            .apply_env(|name| (name == "RELATA_LISTEN").then(|| "eighty".into()))
            .unwrap_err();
        assert!(format!("{error:#}").contains("RELATA_LISTEN"));
        let error = Config::default()
            .apply_env(|name| (name == "RELATA_DATABASE_URL").then(|| "mysql://x".into()))
            .unwrap_err();
        assert!(format!("{error:#}").contains("not a database URL"));
    }

    #[test]
    fn unknown_file_keys_are_refused() {
        let parsed: Result<FileConfig, _> =
            toml::from_str("listen = \"127.0.0.1:1\"\nlisten_port = 3");
        assert!(parsed.unwrap_err().to_string().contains("listen_port"));
    }
}
