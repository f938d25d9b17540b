//! `GET /api/v1/events`: the workspace's changes as Server-Sent Events, live.
//!
//! Each event's id is its number in the workspace's change feed, so a client that
//! reconnects with `Last-Event-ID` (browsers do it by themselves) gets what it missed. A
//! stream ends after a while, and when the server shuts down; the client reconnects and the
//! request is authorized afresh, so a signed-out session or a revoked key stops hearing.

use std::collections::{HashMap, VecDeque};
use std::convert::Infallible;
use std::time::Duration;

use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::response::sse::{Event, KeepAlive, Sse};
use futures_util::Stream;
use relata_store::{Change, Commit};
use tokio::sync::broadcast::{self, error::RecvError};
use tokio::time::Instant;
use uuid::Uuid;

use crate::extract::{Principal, only_params};
use crate::problem::{ApiError, ApiResult};
use crate::state::AppState;

/// How long one stream lasts before the client is asked to reconnect.
const STREAM_LIFETIME: Duration = Duration::from_secs(10 * 60);
/// How soon a client reconnects after a stream ends.
const RECONNECT_AFTER: Duration = Duration::from_secs(2);
/// How often the feed is read when other instances' changes may go unannounced.
const POLL_WITHOUT_BUS: Duration = Duration::from_secs(1);
/// How often it is read anyway, in case an announcement was lost.
const POLL_WITH_BUS: Duration = Duration::from_secs(15);
const PAGE: u32 = 200;

pub async fn stream(
    State(state): State<AppState>,
    principal: Principal,
    headers: HeaderMap,
    Query(params): Query<HashMap<String, String>>,
) -> ApiResult<Sse<impl Stream<Item = Result<Event, Infallible>>>> {
    only_params(&params, &["after"])?;
    let requested = match headers.get("last-event-id") {
        Some(value) => Some(parse_position(
            value.to_str().unwrap_or(""),
            "Last-Event-ID",
        )?),
        None => params
            .get("after")
            .map(|v| parse_position(v, "after"))
            .transpose()?,
    };
    let workspace_id = principal.actor.workspace_id;
    // Subscribe before reading the head, so no change falls between the two.
    let notices = state.bus.subscribe();
    let head = state.store.feed_head(workspace_id).await?;
    // A position past the head (the database was restored from a backup) starts at the head.
    let cursor = requested.map_or(head, |after| after.min(head));
    let ready = Event::default()
        .event("ready")
        .retry(RECONNECT_AFTER)
        .json_data(serde_json::json!({ "seq": cursor }))
        .map_err(|e| ApiError::Internal(e.to_string()))?;
    state.metrics.event_streams.inc();
    let reader = Reader {
        closing: state.closing(),
        state,
        workspace_id,
        cursor,
        notices,
        pending: VecDeque::from([ready]),
        ends_at: Instant::now() + STREAM_LIFETIME,
        checked_gap: requested.is_none(),
    };
    let events = futures_util::stream::unfold(reader, |mut reader| async move {
        let event = reader.next_event().await?;
        Some((Ok(event), reader))
    });
    Ok(Sse::new(events).keep_alive(KeepAlive::default()))
}

fn parse_position(text: &str, field: &str) -> ApiResult<i64> {
    text.trim()
        .parse::<i64>()
        .ok()
        .filter(|n| *n >= 0)
        .ok_or_else(|| ApiError::invalid(field, "must be the number of a change (an event id)"))
}

struct Reader {
    state: AppState,
    workspace_id: Uuid,
    /// The number of the last change sent.
    cursor: i64,
    notices: broadcast::Receiver<Commit>,
    pending: VecDeque<Event>,
    ends_at: Instant,
    closing: tokio::sync::watch::Receiver<bool>,
    /// Whether the first read after a requested position was checked for pruned changes.
    checked_gap: bool,
}

impl Reader {
    /// The next event, waiting for one if need be; `None` ends the stream.
    async fn next_event(&mut self) -> Option<Event> {
        loop {
            if let Some(event) = self.pending.pop_front() {
                return Some(event);
            }
            if Instant::now() >= self.ends_at || *self.closing.borrow() {
                return None;
            }
            let changes = match self
                .state
                .store
                .changes_after(self.workspace_id, self.cursor, PAGE)
                .await
            {
                Ok(changes) => changes,
                Err(error) => {
                    // The client reconnects from its last event once the database is back.
                    tracing::warn!(%error, "the event stream could not read the change feed");
                    return None;
                }
            };
            if !changes.is_empty() {
                self.take(changes);
                continue;
            }
            self.wait().await;
        }
    }

    fn take(&mut self, changes: Vec<Change>) {
        if !self.checked_gap {
            self.checked_gap = true;
            if changes[0].seq > self.cursor + 1 {
                // Changes the client missed were pruned: it must reload what it shows.
                let reset = Event::default().event("reset").data("{}");
                self.pending.push_back(reset);
            }
        }
        for change in changes {
            self.cursor = change.seq;
            self.pending.push_back(event_of(&change));
        }
    }

    /// Until this workspace's feed may have moved on, the poll interval passes, the stream's
    /// time is up or the server is shutting down.
    async fn wait(&mut self) {
        let poll = if self.state.bus.hears_other_instances() {
            POLL_WITH_BUS
        } else {
            POLL_WITHOUT_BUS
        };
        let workspace_id = self.workspace_id;
        let cursor = self.cursor;
        let notices = &mut self.notices;
        let news = async move {
            loop {
                match notices.recv().await {
                    Ok(commit) if commit.workspace_id == workspace_id && commit.seq > cursor => {
                        return;
                    }
                    Ok(_) => {}
                    Err(RecvError::Lagged(_) | RecvError::Closed) => return,
                }
            }
        };
        tokio::select! {
            () = news => {}
            () = tokio::time::sleep(poll) => {}
            () = tokio::time::sleep_until(self.ends_at) => {}
            _ = self.closing.changed() => {}
        }
    }
}

impl Drop for Reader {
    fn drop(&mut self) {
        self.state.metrics.event_streams.dec();
    }
}

fn event_of(change: &Change) -> Event {
    let body = serde_json::json!({
        "seq": change.seq,
        "event": format!("{}.{}", change.object, change.change),
        "object": change.object,
        "id": change.id,
        "change": change.change,
        "version": change.version,
        "at": change.at,
        "actor_id": change.actor_id,
        "data": change.data,
    });
    Event::default()
        .id(change.seq.to_string())
        .data(body.to_string())
}
