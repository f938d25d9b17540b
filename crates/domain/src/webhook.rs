//! Outbound webhooks: which events exist, which change raises which, and what a
//! subscription may point at.

use crate::ObjectKind;
use crate::error::{FieldError, ValidationErrors};
use crate::pipeline::StageKind;

/// Every event type a subscription can ask for.
pub const EVENT_TYPES: &[&str] = &[
    "person.created",
    "person.updated",
    "person.deleted",
    "person.restored",
    "company.created",
    "company.updated",
    "company.deleted",
    "company.restored",
    "deal.created",
    "deal.updated",
    "deal.deleted",
    "deal.restored",
    "deal.stage_changed",
    "deal.won",
    "deal.lost",
    "activity.created",
    "activity.updated",
    "activity.deleted",
    "activity.restored",
];

/// The event types one change raises. `entered` is the kind of stage a deal moved into.
pub fn events_of_change(
    object: ObjectKind,
    change: &str,
    entered: Option<StageKind>,
) -> Vec<String> {
    let object = object.name();
    let verb = match change {
        "created" | "updated" | "deleted" | "restored" => change,
        // Erasure removes the record for good: to a receiver, it is gone.
        "erased" => "deleted",
        "stage_changed" => {
            let mut events = vec![format!("{object}.stage_changed")];
            match entered {
                Some(StageKind::Won) => events.push(format!("{object}.won")),
                Some(StageKind::Lost) => events.push(format!("{object}.lost")),
                _ => {}
            }
            return events;
        }
        // Linking people to a deal shows in the deal's timeline, not as a webhook event.
        _ => return Vec::new(),
    };
    vec![format!("{object}.{verb}")]
}

/// Checks what a subscription asks for: a web address to post to, and known event types.
pub fn check_subscription(url: &str, event_types: &[String]) -> Result<(), ValidationErrors> {
    let mut errors = ValidationErrors::default();
    if let Err(message) = check_url(url) {
        errors.push(FieldError::new("url", message));
    }
    if event_types.is_empty() {
        errors.push(FieldError::new(
            "event_types",
            "choose at least one event type, such as \"deal.won\"",
        ));
    }
    for event in event_types {
        if !EVENT_TYPES.contains(&event.as_str()) {
            errors.push(FieldError::new(
                "event_types",
                format!(
                    "\"{event}\" is not an event type; choose from {}",
                    EVENT_TYPES.join(", ")
                ),
            ));
        }
    }
    errors.into_result(())
}

fn check_url(url: &str) -> Result<(), String> {
    if url.len() > 2_000 {
        return Err("the address is longer than 2,000 characters".into());
    }
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or("the address must start with https:// (or http://)")?;
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if authority.is_empty() {
        return Err("the address has no host name".into());
    }
    if authority.contains('@') {
        return Err("put credentials in the receiver's settings, not in the address".into());
    }
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err("the address contains spaces or control characters".into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_deal_won_raises_both_the_move_and_the_win() {
        let events = events_of_change(ObjectKind::Deal, "stage_changed", Some(StageKind::Won));
        assert_eq!(events, ["deal.stage_changed", "deal.won"]);
        let moved = events_of_change(ObjectKind::Deal, "stage_changed", Some(StageKind::Open));
        assert_eq!(moved, ["deal.stage_changed"]);
        assert_eq!(
            events_of_change(ObjectKind::Person, "erased", None),
            ["person.deleted"]
        );
        assert!(events_of_change(ObjectKind::Deal, "person_linked", None).is_empty());
        for event in events_of_change(ObjectKind::Activity, "updated", None) {
            assert!(EVENT_TYPES.contains(&event.as_str()));
        }
    }

    #[test]
    fn subscriptions_need_a_web_address_and_known_events() {
        let good = vec!["deal.won".to_owned()];
        assert!(check_subscription("https://hooks.example.com/relata", &good).is_ok());
        assert!(check_subscription("http://10.0.0.5:8000/in", &good).is_ok());
        for bad in [
            "ftp://x",
            "https://",
            "https://user:pw@host/",
            "https://a b/",
        ] {
            let errors = check_subscription(bad, &good).unwrap_err();
            assert_eq!(errors.0[0].field, "url", "{bad}");
        }
        let errors =
            check_subscription("https://x.example", &["deal.closed".to_owned()]).unwrap_err();
        assert!(errors.0[0].message.contains("deal.won"));
        assert!(check_subscription("https://x.example", &[]).is_err());
    }
}
