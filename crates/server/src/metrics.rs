//! Prometheus metrics at `GET /metrics`: requests and their latency per route, database
//! connections in use, cache hits and misses, open event streams, whether Redis answers,
//! the job queue and how jobs and webhook deliveries end. Labels are route templates (`/api/v1/people/{id}`), never ids or personal data.

use std::sync::atomic::AtomicU64;
use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::Registry;

use crate::state::AppState;

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    method: String,
    route: String,
    status: u16,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabels {
    method: String,
    route: String,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct CacheLabels {
    pub cache: &'static str,
    pub outcome: &'static str,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct PoolLabels {
    pool: &'static str,
    state: &'static str,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct JobLabels {
    kind: String,
    status: &'static str,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct OutcomeLabels {
    kind: String,
    outcome: &'static str,
}

type LatencyFamily = Family<RouteLabels, Histogram, fn() -> Histogram>;

pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    latency: LatencyFamily,
    cache: Family<CacheLabels, Counter>,
    connections: Family<PoolLabels, Gauge>,
    pub event_streams: Gauge,
    redis_up: Gauge<f64, AtomicU64>,
    jobs: Family<JobLabels, Gauge>,
    job_runs: Family<OutcomeLabels, Counter>,
    webhook_deliveries: Family<OutcomeLabels, Counter>,
}

/// Latency buckets from 1 ms to 10 s: the targets are in milliseconds, outliers in seconds.
fn latency_histogram() -> Histogram {
    Histogram::new([
        0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0,
    ])
}

impl Metrics {
    pub fn new() -> Metrics {
        let mut registry = Registry::with_prefix("relata");
        let requests = Family::<RequestLabels, Counter>::default();
        registry.register(
            "http_requests",
            "HTTP requests answered, by route and status",
            requests.clone(),
        );
        let latency: LatencyFamily = Family::new_with_constructor(latency_histogram);
        registry.register(
            "http_request_duration_seconds",
            "Time to answer, by route (an event stream counts until its headers are sent)",
            latency.clone(),
        );
        let cache = Family::<CacheLabels, Counter>::default();
        registry.register("cache_lookups", "Cache lookups by outcome", cache.clone());
        let connections = Family::<PoolLabels, Gauge>::default();
        registry.register(
            "database_connections",
            "Database connections, open and idle, per pool",
            connections.clone(),
        );
        let event_streams = Gauge::default();
        registry.register(
            "event_streams",
            "Open change streams (GET /api/v1/events)",
            event_streams.clone(),
        );
        let redis_up = Gauge::<f64, AtomicU64>::default();
        registry.register(
            "redis_up",
            "1 when Redis answers, 0 when it does not; absent without Redis",
            redis_up.clone(),
        );
        let jobs = Family::<JobLabels, Gauge>::default();
        registry.register(
            "jobs",
            "Background jobs queued, running and dead, by kind",
            jobs.clone(),
        );
        let job_runs = Family::<OutcomeLabels, Counter>::default();
        registry.register(
            "job_runs",
            "Job attempts by kind and how they ended (succeeded, retry, dead, lost)",
            job_runs.clone(),
        );
        let webhook_deliveries = Family::<OutcomeLabels, Counter>::default();
        registry.register(
            "webhook_tries",
            "Webhook delivery tries by event type and outcome (delivered, retry, gave_up)",
            webhook_deliveries.clone(),
        );
        Metrics {
            registry,
            jobs,
            job_runs,
            webhook_deliveries,
            requests,
            latency,
            cache,
            connections,
            event_streams,
            redis_up,
        }
    }

    pub fn cache_lookup(&self, cache: &'static str, hit: bool) {
        let outcome = if hit { "hit" } else { "miss" };
        self.cache
            .get_or_create(&CacheLabels { cache, outcome })
            .inc();
    }

    /// A job attempt ended: `succeeded`, `retry`, `dead` or `lost` (its lease).
    pub fn job_run(&self, kind: &str, outcome: &'static str) {
        let labels = OutcomeLabels {
            kind: kind.to_owned(),
            outcome,
        };
        self.job_runs.get_or_create(&labels).inc();
    }

    /// A webhook try ended: `delivered`, `retry` or `gave_up`.
    pub fn webhook_try(&self, event_type: &str, outcome: &'static str) {
        let labels = OutcomeLabels {
            kind: event_type.to_owned(),
            outcome,
        };
        self.webhook_deliveries.get_or_create(&labels).inc();
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

/// Counts and times every request under its route template.
pub async fn track(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().to_string();
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_owned(), |p| p.as_str().to_owned());
    let response = next.run(request).await;
    let metrics = &state.metrics;
    let labels = RouteLabels { method, route };
    metrics
        .latency
        .get_or_create(&labels)
        .observe(started.elapsed().as_secs_f64());
    metrics
        .requests
        .get_or_create(&RequestLabels {
            method: labels.method,
            route: labels.route,
            status: response.status().as_u16(),
        })
        .inc();
    response
}

/// `GET /metrics`, in the OpenMetrics text format Prometheus reads.
pub async fn scrape(State(state): State<AppState>) -> Response {
    let metrics = &state.metrics;
    for (pool, open, idle) in state.store.connection_counts() {
        let gauge = |state| {
            metrics
                .connections
                .get_or_create(&PoolLabels { pool, state })
        };
        gauge("open").set(i64::from(open));
        gauge("idle").set(i64::try_from(idle).unwrap_or(i64::MAX));
    }
    if let Some(link) = &state.config.redis {
        metrics.redis_up.set(if link.is_up() { 1.0 } else { 0.0 });
    }
    match state.store.job_counts().await {
        Ok(counts) => {
            // A kind whose queue emptied since the last scrape must not keep its old count.
            metrics.jobs.clear();
            for (kind, status, n) in counts {
                let labels = JobLabels {
                    kind,
                    status: status.name(),
                };
                metrics.jobs.get_or_create(&labels).set(n);
            }
        }
        Err(error) => tracing::warn!(%error, "the job queue could not be counted"),
    }
    let mut text = String::new();
    if let Err(error) = prometheus_client::encoding::text::encode(&mut text, &metrics.registry) {
        tracing::warn!(%error, "metrics could not be written");
    }
    (
        [(
            header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        text,
    )
        .into_response()
}
