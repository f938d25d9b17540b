//! `relata-load`: N concurrent clients drive one scenario at a time against a running Relata
//! for a fixed time, then it prints requests per second and latency percentiles.
//!
//! ```sh
//! relata-load --url http://127.0.0.1:8080 --clients 32 --seconds 10
//! ```

mod report;
mod scenarios;

use std::time::Duration;

use clap::Parser;

use report::Summary;
use scenarios::{Scenario, Setup};

#[derive(Parser)]
#[command(name = "relata-load", about = "Load test Relata's HTTP API")]
struct Args {
    /// Base URL of a running Relata.
    #[arg(long, default_value = "http://127.0.0.1:8080")]
    url: String,
    /// Concurrent clients.
    #[arg(long, default_value_t = 32)]
    clients: usize,
    /// Seconds per scenario.
    #[arg(long, default_value_t = 10)]
    seconds: u64,
    /// Scenarios to run, comma-separated.
    #[arg(long, default_value = "get,list,search,board,create,patch,batch")]
    scenarios: String,
    /// Process id of the server, to report its resident memory after each scenario.
    #[arg(long)]
    server_pid: Option<u32>,
    /// The account the clients sign in as.
    #[arg(long, default_value = "bench@relata.example")]
    email: String,
    /// Its password (also from RELATA_LOAD_PASSWORD).
    #[arg(long, env = "RELATA_LOAD_PASSWORD", default_value = "relata-bench")]
    password: String,
}

/// Signs in and returns the headers every request carries: the session cookie and the
/// CSRF token that writes need.
async fn sign_in(
    url: &str,
    email: &str,
    password: &str,
) -> anyhow::Result<reqwest::header::HeaderMap> {
    let reply = reqwest::Client::new()
        .post(format!("{url}/api/v1/session"))
        .json(&serde_json::json!({"email": email, "password": password}))
        .send()
        .await?;
    if !reply.status().is_success() {
        anyhow::bail!("cannot sign in as {email}: {}", reply.text().await?);
    }
    let cookie = reply
        .headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .ok_or_else(|| anyhow::anyhow!("sign-in set no cookie"))?
        .to_owned();
    let session: serde_json::Value = reply.json().await?;
    let csrf = session["csrf_token"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("cookie", cookie.parse()?);
    headers.insert("x-csrf-token", csrf.parse()?);
    Ok(headers)
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(args.clients)
        .default_headers(sign_in(&args.url, &args.email, &args.password).await?)
        .build()?;
    let setup = Setup::discover(&client, &args.url).await?;
    println!(
        "relata-load: {} clients, {} s per scenario, against {} ({} sample people)",
        args.clients,
        args.seconds,
        args.url,
        setup.people.len()
    );
    println!("{}", Summary::header());
    for name in args
        .scenarios
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        let scenario = Scenario::parse(name)?;
        let summary = scenarios::run(
            scenario,
            &client,
            &args.url,
            &setup,
            args.clients,
            Duration::from_secs(args.seconds),
        )
        .await;
        let rss = args.server_pid.and_then(report::resident_memory_mb);
        println!("{}", summary.line(rss));
    }
    Ok(())
}
