//! Latency percentiles and the printed table.

use std::time::Duration;

/// What one scenario measured.
pub struct Summary {
    pub name: &'static str,
    pub requests: usize,
    pub errors: usize,
    /// Records written, for the batch scenario (else equal to requests).
    pub records: usize,
    pub elapsed: Duration,
    /// Latencies of successful requests, in microseconds, sorted.
    pub latencies: Vec<u64>,
    /// A sample of an error, to say why requests failed.
    pub first_error: Option<String>,
}

fn percentile(sorted: &[u64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = ((p / 100.0) * (sorted.len() - 1) as f64).round() as usize;
    sorted[rank.min(sorted.len() - 1)] as f64 / 1000.0
}

impl Summary {
    pub fn header() -> String {
        format!(
            "{:<8} {:>9} {:>10} {:>8} {:>8} {:>8} {:>8} {:>7} {:>8}",
            "scenario",
            "requests",
            "req/s",
            "p50 ms",
            "p95 ms",
            "p99 ms",
            "max ms",
            "errors",
            "rss MB"
        )
    }

    pub fn line(&self, rss_mb: Option<u64>) -> String {
        let seconds = self.elapsed.as_secs_f64().max(f64::EPSILON);
        let rate = self.requests as f64 / seconds;
        let mut line = format!(
            "{:<8} {:>9} {:>10.0} {:>8.2} {:>8.2} {:>8.2} {:>8.2} {:>7} {:>8}",
            self.name,
            self.requests,
            rate,
            percentile(&self.latencies, 50.0),
            percentile(&self.latencies, 95.0),
            percentile(&self.latencies, 99.0),
            self.latencies.last().map_or(0.0, |m| *m as f64 / 1000.0),
            self.errors,
            rss_mb.map_or("-".to_owned(), |m| m.to_string()),
        );
        if self.records != self.requests {
            line.push_str(&format!(
                "   ({:.0} records/s)",
                self.records as f64 / seconds
            ));
        }
        if let Some(error) = &self.first_error {
            line.push_str(&format!("\n         first error: {error}"));
        }
        line
    }
}

/// The resident memory of a process, from /proc (Linux).
pub fn resident_memory_mb(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_pick_ranks() {
        let sorted: Vec<u64> = (1..=100).map(|n| n * 1000).collect();
        assert_eq!(percentile(&sorted, 50.0), 51.0);
        assert_eq!(percentile(&sorted, 99.0), 99.0);
        assert_eq!(percentile(&[], 99.0), 0.0);
    }
}
