//! The delivery job: posts one signed message to its subscription's address and logs the
//! try. A 2xx answer delivers it; anything else is tried again on the webhook schedule, and
//! after the last try the subscription is turned off. `410 Gone` turns it off at once: the
//! receiver says it will never take these messages again.

use std::net::{IpAddr, SocketAddr};
use std::time::{Duration, Instant};

use relata_store::{Delivery, Job, TryResult, WebhookSubscription};
use uuid::Uuid;

use super::signature::sign;
use crate::jobs::JobError;
use crate::state::AppState;

/// How long a receiver may take to answer.
const TIMEOUT: Duration = Duration::from_secs(15);
/// How much of a failed answer's body goes into the log.
const ERROR_EXCERPT: usize = 300;

pub async fn deliver(state: &AppState, job: &Job) -> Result<serde_json::Value, JobError> {
    let id: Uuid = job.payload["delivery_id"]
        .as_str()
        .and_then(|id| id.parse().ok())
        .ok_or_else(|| JobError::permanent("the job names no delivery"))?;
    let (delivery, subscription) = state.store.delivery_to_send(id).await?;
    let Some(subscription) = subscription.filter(|s| s.enabled) else {
        return Ok(serde_json::json!({ "sent": false, "why": "the webhook is off or gone" }));
    };
    let started = Instant::now();
    let answer = post(state, &subscription, &delivery).await;
    let last_try = job.attempts >= job.max_attempts;
    let (status_code, error) = match &answer {
        Ok(status) if (200..300).contains(status) => (Some(i64::from(*status)), None),
        Ok(status) => (Some(i64::from(*status)), Some(format!("HTTP {status}"))),
        Err(error) => (None, Some(error.clone())),
    };
    let gone = status_code == Some(410);
    let result = TryResult {
        attempt: delivery.attempts + 1,
        status_code,
        error: error.clone(),
        duration_ms: started.elapsed().as_millis() as i64,
        succeeded: error.is_none(),
        gave_up: error.is_some() && (last_try || gone),
    };
    state.store.record_try(delivery.id, &result).await?;
    let outcome = match (&error, result.gave_up) {
        (None, _) => "delivered",
        (Some(_), true) => "gave_up",
        (Some(_), false) => "retry",
    };
    state.metrics.webhook_try(&delivery.event_type, outcome);
    match error {
        None => Ok(serde_json::json!({ "sent": true, "status": status_code })),
        Some(error) if gone => Err(JobError::permanent(error)),
        Some(error) => Err(JobError::retry(error)),
    }
}

/// Posts the message; the answer's status, or why there was none.
async fn post(
    state: &AppState,
    subscription: &WebhookSubscription,
    delivery: &Delivery,
) -> Result<u16, String> {
    let address = resolve(&subscription.url, state.config.jobs.allow_private_networks).await?;
    let body = serde_json::to_vec(&delivery.payload).map_err(|e| e.to_string())?;
    let message_id = format!("msg_{}", delivery.id.simple());
    let timestamp = relata_domain::timestamp::now().unix_timestamp();
    let signature = sign(&subscription.secret, &message_id, timestamp, &body);
    // The address checked above is the one connected to, so a second DNS answer cannot
    // point the request somewhere else.
    let client = reqwest::Client::builder()
        .timeout(TIMEOUT)
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(concat!("Relata-Webhooks/", env!("CARGO_PKG_VERSION")))
        .resolve(&address.0, address.1)
        .build()
        .map_err(|e| e.to_string())?;
    let response = client
        .post(&subscription.url)
        .header("content-type", "application/json")
        .header("webhook-id", message_id)
        .header("webhook-timestamp", timestamp.to_string())
        .header("webhook-signature", signature)
        .body(body)
        .send()
        .await
        .map_err(|e| describe(&e))?;
    let status = response.status().as_u16();
    if !(200..300).contains(&status) {
        let excerpt: String = response
            .text()
            .await
            .unwrap_or_default()
            .chars()
            .take(ERROR_EXCERPT)
            .collect();
        tracing::info!(status, excerpt, "a webhook receiver refused a delivery");
    }
    Ok(status)
}

fn describe(error: &reqwest::Error) -> String {
    if error.is_timeout() {
        format!("no answer within {} seconds", TIMEOUT.as_secs())
    } else if error.is_connect() {
        "could not connect to the receiver".into()
    } else {
        error.to_string()
    }
}

/// The host of `url` and the address to connect to, refusing private networks unless they
/// are allowed: a webhook must not become a way to reach the server's own neighbours.
async fn resolve(url: &str, allow_private: bool) -> Result<(String, SocketAddr), String> {
    let parsed = reqwest::Url::parse(url).map_err(|e| format!("the address is not valid: {e}"))?;
    let host = parsed
        .host_str()
        .ok_or("the address has no host")?
        .to_owned();
    let port = parsed.port_or_known_default().unwrap_or(443);
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    let addresses: Vec<SocketAddr> = tokio::net::lookup_host((bare, port))
        .await
        .map_err(|e| format!("cannot find {host}: {e}"))?
        .collect();
    let first = addresses
        .iter()
        .find(|a| allow_private || is_public(a.ip()))
        .copied();
    match first {
        Some(address) => Ok((host, address)),
        None if addresses.is_empty() => Err(format!("{host} has no address")),
        None => Err(format!(
            "{host} is a private network address; an administrator can allow those with \
             webhooks_allow_private_networks"
        )),
    }
}

fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => {
            !(v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_broadcast()
                || v4.is_multicast()
                || v4.octets()[0] == 100 && (v4.octets()[1] & 0xc0) == 64)
        }
        IpAddr::V6(v6) => {
            let unique_local = (v6.segments()[0] & 0xfe00) == 0xfc00;
            let link_local = (v6.segments()[0] & 0xffc0) == 0xfe80;
            match v6.to_ipv4_mapped() {
                Some(v4) => is_public(IpAddr::V4(v4)),
                None => {
                    !(v6.is_loopback()
                        || v6.is_unspecified()
                        || v6.is_multicast()
                        || unique_local
                        || link_local)
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn private_and_local_addresses_are_not_public() {
        for private in [
            "127.0.0.1",
            "10.1.2.3",
            "192.168.0.9",
            "172.16.5.5",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "::1",
            "fd00::1",
            "fe80::1",
            "::ffff:127.0.0.1",
        ] {
            assert!(!is_public(private.parse().unwrap()), "{private}");
        }
        for public in ["93.184.216.34", "8.8.8.8", "2606:4700::1111"] {
            assert!(is_public(public.parse().unwrap()), "{public}");
        }
    }

    #[tokio::test]
    async fn a_loopback_receiver_is_refused_unless_allowed() {
        let refused = resolve("http://127.0.0.1:9/hook", false).await.unwrap_err();
        assert!(refused.contains("private"), "{refused}");
        let (host, address) = resolve("http://127.0.0.1:9/hook", true).await.unwrap();
        assert_eq!((host.as_str(), address.port()), ("127.0.0.1", 9));
    }
}
