//! `relata-fanout`: how long a change made through one instance takes to reach a live
//! client of another. Writes deals one by one through A while a client listens to B's
//! event stream, and prints the percentiles of write-start → event-on-B.
//!
//! ```sh
//! relata-fanout --a http://127.0.0.1:18091 --b http://127.0.0.1:18092 --writes 1000
//! ```

use std::collections::HashMap;
use std::time::{Duration, Instant};

use clap::Parser;
use tokio::sync::mpsc;

#[derive(Parser)]
#[command(
    name = "relata-fanout",
    about = "Measure change fan-out between two Relata instances"
)]
struct Args {
    /// The instance written to.
    #[arg(long)]
    a: String,
    /// The instance whose event stream is read.
    #[arg(long)]
    b: String,
    #[arg(long, default_value_t = 1000)]
    writes: usize,
    #[arg(long, default_value = "bench@relata.example")]
    email: String,
    #[arg(long, env = "RELATA_LOAD_PASSWORD", default_value = "relata-bench")]
    password: String,
}

async fn session(url: &str, email: &str, password: &str) -> anyhow::Result<reqwest::Client> {
    let reply = reqwest::Client::new()
        .post(format!("{url}/api/v1/session"))
        .json(&serde_json::json!({"email": email, "password": password}))
        .send()
        .await?;
    anyhow::ensure!(
        reply.status().is_success(),
        "cannot sign in: {}",
        reply.text().await?
    );
    let cookie = reply.headers()["set-cookie"]
        .to_str()?
        .split(';')
        .next()
        .unwrap_or_default()
        .to_owned();
    let body: serde_json::Value = reply.json().await?;
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("cookie", cookie.parse()?);
    headers.insert(
        "x-csrf-token",
        body["csrf_token"].as_str().unwrap_or_default().parse()?,
    );
    Ok(reqwest::Client::builder()
        .default_headers(headers)
        .build()?)
}

/// Reads B's event stream, sending each record id with the moment its event arrived.
async fn listen(mut stream: reqwest::Response, arrivals: mpsc::UnboundedSender<(String, Instant)>) {
    let mut buffer = String::new();
    while let Ok(Some(chunk)) = stream.chunk().await {
        let at = Instant::now();
        buffer.push_str(&String::from_utf8_lossy(&chunk));
        while let Some(end) = buffer.find("\n\n") {
            let event: String = buffer.drain(..end + 2).collect();
            for data in event.lines().filter_map(|l| l.strip_prefix("data:")) {
                let value: serde_json::Value =
                    serde_json::from_str(data.trim()).unwrap_or_default();
                if let Some(id) = value["id"].as_str() {
                    let _ = arrivals.send((id.to_owned(), at));
                }
            }
        }
    }
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index].as_secs_f64() * 1000.0
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let writer = session(&args.a, &args.email, &args.password).await?;
    let reader = session(&args.b, &args.email, &args.password).await?;
    let stream = reader
        .get(format!("{}/api/v1/events", args.b))
        .send()
        .await?;
    anyhow::ensure!(
        stream.status().is_success(),
        "B's event stream answered {}",
        stream.status()
    );
    let (sender, mut arrivals) = mpsc::unbounded_channel();
    tokio::spawn(listen(stream, sender));
    tokio::time::sleep(Duration::from_millis(500)).await;

    let mut early: HashMap<String, Instant> = HashMap::new();
    let (mut fanout, mut writes) = (Vec::new(), Vec::new());
    for n in 0..args.writes {
        let started = Instant::now();
        let created: serde_json::Value = writer
            .post(format!("{}/api/v1/deals", args.a))
            .json(&serde_json::json!({ "name": format!("Fan-out {n}") }))
            .send()
            .await?
            .json()
            .await?;
        writes.push(started.elapsed());
        let id = created["id"].as_str().unwrap_or_default().to_owned();
        let arrived = match early.remove(&id) {
            Some(at) => at,
            None => loop {
                let (seen, at) = tokio::time::timeout(Duration::from_secs(30), arrivals.recv())
                    .await?
                    .ok_or_else(|| anyhow::anyhow!("B's event stream ended"))?;
                if seen == id {
                    break at;
                }
                early.insert(seen, at);
            },
        };
        fanout.push(arrived.saturating_duration_since(started));
    }
    fanout.sort();
    writes.sort();
    println!(
        "{} writes through A; event on B after write start: p50 {:.1} ms, p95 {:.1} ms, p99 {:.1} ms, max {:.1} ms (the write itself: p50 {:.1} ms, p99 {:.1} ms)",
        args.writes,
        percentile(&fanout, 0.5),
        percentile(&fanout, 0.95),
        percentile(&fanout, 0.99),
        percentile(&fanout, 1.0),
        percentile(&writes, 0.5),
        percentile(&writes, 0.99),
    );
    Ok(())
}
