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
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(args.clients)
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
