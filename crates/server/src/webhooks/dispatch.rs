//! The dispatcher: reads each subscribed workspace's change feed from its cursor and stores
//! one delivery per change and matching subscription. Every instance runs one; the store
//! moves a cursor only from where it was read, so each range is dispatched once.

use std::collections::HashMap;
use std::time::Duration;

use relata_domain::pipeline::StageKind;
use relata_domain::webhook::events_of_change;
use relata_domain::{ObjectKind, timestamp};
use relata_store::{Change, NewDelivery, StoreError, WebhookSubscription};
use tokio::sync::broadcast::error::RecvError;
use uuid::Uuid;

use crate::jobs::schedule;
use crate::state::AppState;

/// Changes read per round; a busy workspace is dispatched in several rounds.
const ROUND: u32 = 500;
/// How often the dispatcher looks without being told (changes by other instances when
/// there is no Redis to tell it).
const LOOK_EVERY: Duration = Duration::from_secs(2);

/// Runs the dispatcher until the server shuts down.
pub fn start_dispatcher(state: &AppState) {
    let state = state.clone();
    tokio::spawn(async move {
        let mut notices = state.bus.subscribe();
        let mut closing = state.closing();
        while !*closing.borrow() {
            if let Err(error) = dispatch_all(&state).await {
                tracing::warn!(%error, "could not dispatch webhook deliveries");
            }
            tokio::select! {
                notice = notices.recv() => {
                    if let Err(RecvError::Closed) = notice {
                        return;
                    }
                }
                _ = tokio::time::sleep(LOOK_EVERY) => {}
                _ = closing.changed() => {}
            }
        }
    });
}

async fn dispatch_all(state: &AppState) -> Result<(), StoreError> {
    for (workspace_id, cursor) in state.store.webhook_cursors().await? {
        let mut from = cursor;
        while let Some(next) = dispatch_round(state, workspace_id, from).await? {
            from = next;
        }
    }
    Ok(())
}

/// Dispatches one round of changes after `from`; the new position when there may be more.
async fn dispatch_round(
    state: &AppState,
    workspace_id: Uuid,
    from: i64,
) -> Result<Option<i64>, StoreError> {
    let changes = state.store.changes_after(workspace_id, from, ROUND).await?;
    let Some(last) = changes.last().map(|c| c.seq) else {
        return Ok(None);
    };
    let subscriptions: Vec<WebhookSubscription> = state
        .store
        .webhooks(workspace_id)
        .await?
        .into_iter()
        .filter(|s| s.enabled)
        .collect();
    let stage_kinds = stage_kinds(state, workspace_id).await?;
    let mut deliveries = Vec::new();
    for change in &changes {
        deliveries.extend(
            deliveries_of(state, workspace_id, change, &subscriptions, &stage_kinds).await?,
        );
    }
    let attempts = schedule(relata_store::DELIVERY_JOB).max_attempts();
    let moved = state
        .store
        .record_deliveries(workspace_id, from, last, &deliveries, attempts)
        .await?;
    if !moved {
        // Another instance dispatched this range first.
        return Ok(None);
    }
    if !deliveries.is_empty() {
        state.workers.wake();
    }
    Ok((changes.len() == ROUND as usize).then_some(last))
}

async fn stage_kinds(
    state: &AppState,
    workspace_id: Uuid,
) -> Result<HashMap<String, StageKind>, StoreError> {
    let pipelines = state.store.pipelines(workspace_id).await?;
    Ok(pipelines
        .iter()
        .flat_map(|p| &p.stages)
        .map(|s| (s.id.to_string(), s.kind))
        .collect())
}

/// The deliveries one change makes: one per subscription that asked for one of its events
/// and existed when it happened.
async fn deliveries_of(
    state: &AppState,
    workspace_id: Uuid,
    change: &Change,
    subscriptions: &[WebhookSubscription],
    stage_kinds: &HashMap<String, StageKind>,
) -> Result<Vec<NewDelivery>, StoreError> {
    let Ok(object) = change.object.parse::<ObjectKind>() else {
        return Ok(Vec::new());
    };
    let entered = change.data["to"]
        .as_str()
        .and_then(|stage| stage_kinds.get(stage).copied());
    let at = timestamp::parse(&change.at).map_err(StoreError::Corrupt)?;
    let mut deliveries = Vec::new();
    for event in events_of_change(object, &change.change, entered) {
        let listeners: Vec<_> = subscriptions
            .iter()
            .filter(|s| s.created_at <= at && s.event_types.contains(&event))
            .collect();
        if listeners.is_empty() {
            continue;
        }
        let payload = payload(state, workspace_id, object, change, &event).await?;
        for subscription in listeners {
            deliveries.push(NewDelivery {
                subscription_id: subscription.id,
                event_type: event.clone(),
                seq: Some(change.seq),
                payload: payload.clone(),
            });
        }
    }
    Ok(deliveries)
}

/// The message body, in the Standard Webhooks shape: `type`, `timestamp` and `data`. The
/// data carries the change and the record as it is when the change is dispatched (its
/// `version` tells which), or no record once it has been erased.
async fn payload(
    state: &AppState,
    workspace_id: Uuid,
    object: ObjectKind,
    change: &Change,
    event: &str,
) -> Result<serde_json::Value, StoreError> {
    let record = match state
        .store
        .get_record(workspace_id, object, change.id)
        .await
    {
        Ok(record) => {
            let customs = state.custom_fields(workspace_id, object).await?;
            record.to_json(&customs, None)
        }
        Err(StoreError::NotFound { .. }) => serde_json::Value::Null,
        Err(other) => return Err(other),
    };
    Ok(serde_json::json!({
        "type": event,
        "timestamp": change.at,
        "data": {
            "object": object.name(),
            "id": change.id,
            "change": change.change,
            "seq": change.seq,
            "version": change.version,
            "actor_id": change.actor_id,
            "details": change.data,
            "record": record,
        },
    }))
}

/// Queues a test message to one subscription, whatever events it asked for.
pub async fn ping(
    state: &AppState,
    workspace_id: Uuid,
    subscription_id: Uuid,
) -> Result<relata_store::Delivery, StoreError> {
    let payload = serde_json::json!({
        "type": "webhook.test",
        "timestamp": timestamp::format(timestamp::now()),
        "data": { "message": "a test message from Relata", "webhook_id": subscription_id },
    });
    let delivery = NewDelivery {
        subscription_id,
        event_type: "webhook.test".into(),
        seq: None,
        payload,
    };
    let attempts = schedule(relata_store::DELIVERY_JOB).max_attempts();
    let queued = state
        .store
        .queue_delivery(workspace_id, &delivery, attempts)
        .await?;
    state.workers.wake();
    Ok(queued)
}
