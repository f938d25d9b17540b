//! Inbound integrations over real HTTP: a web form makes a lead (once per email, with a
//! deal when asked), drops bots quietly and is rate limited; a phone system's events make
//! one call on the caller's timeline, and an unknown caller becomes a lead.

mod common;

use common::TestApp;
use relata_testkit::{Engine, both_engines};
use reqwest::StatusCode;
use serde_json::{Value, json};

async fn setup(app: &TestApp, body: Value) -> (String, String) {
    let created = app.post("/api/v1/integrations", body).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
    let listed = app.get("/api/v1/integrations").await;
    assert!(
        listed.body["data"][0].get("token").is_none(),
        "the token is shown once"
    );
    (
        created.body["post_to"].as_str().unwrap().to_owned(),
        created.id(),
    )
}

async fn people_with(app: &TestApp, filter: &str) -> Vec<Value> {
    let path = format!("/api/v1/people?filter={}", urlencode(filter));
    app.get(&path).await.body["data"]
        .as_array()
        .unwrap()
        .clone()
}

fn urlencode(text: &str) -> String {
    form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

async fn a_web_form_makes_one_lead_per_email_and_ignores_bots(engine: Engine) {
    let app = TestApp::start(engine).await;
    let (post_to, id) = setup(
        &app,
        json!({"kind": "web_form", "name": "Pricing page", "source": "website", "create_deal": true,
               "redirect_url": "https://example.com/thanks"}),
    )
    .await;
    let public = app.with_client(
        reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap(),
    );

    let first = public
        .post(&post_to, json!({"name": "Anna Petrova", "email": "Anna@Example.com", "company": "Globex", "message": "Need 40 seats", "seats": 40}))
        .await;
    assert_eq!(first.status, StatusCode::ACCEPTED, "{}", first.body);
    // From an HTML form: urlencoded, and the browser goes on to the thank-you page.
    let html = public
        .post_raw(
            &post_to,
            "application/x-www-form-urlencoded",
            b"email=anna%40example.com&message=Also+training".to_vec(),
        )
        .await;
    assert_eq!(html.status, StatusCode::SEE_OTHER);
    assert_eq!(html.headers["location"], "https://example.com/thanks");
    let bot = public
        .post(
            &post_to,
            json!({"email": "bot@spam.example", "website": "http://spam.example"}),
        )
        .await;
    assert_eq!(bot.status, StatusCode::ACCEPTED, "a bot is told nothing");
    public
        .post(&post_to, json!({"name": "No contact"}))
        .await
        .assert_problem(422, "email");
    public
        .post(
            "/api/v1/inbound/forms/not-a-token",
            json!({"email": "a@b.example"}),
        )
        .await
        .assert_problem_status(404);

    let anna = people_with(&app, "email eq anna@example.com").await;
    assert_eq!(anna.len(), 1, "one person per email");
    assert_eq!(anna[0]["source"], "website");
    assert_eq!(anna[0]["lifecycle_stage"], "lead");
    assert!(
        people_with(&app, "email eq bot@spam.example")
            .await
            .is_empty()
    );
    let timeline = app
        .get(&format!(
            "/api/v1/people/{}/timeline",
            anna[0]["id"].as_str().unwrap()
        ))
        .await;
    let notes: Vec<&str> = timeline.body["data"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|i| i["activity"]["body"].as_str())
        .collect();
    assert_eq!(notes.len(), 2, "{notes:?}");
    assert!(notes.iter().any(|n| n.contains("seats: 40")), "{notes:?}");
    let deals = app.get("/api/v1/deals").await.body["data"]
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(deals.len(), 1, "a deal for the new lead only");
    assert_eq!(deals[0]["name"], "Globex (Pricing page)");

    // A flood from one address is stopped.
    let mut limited = false;
    for n in 0..40 {
        let reply = public
            .post(&post_to, json!({"email": format!("p{n}@example.com")}))
            .await;
        if reply.status == StatusCode::TOO_MANY_REQUESTS {
            assert!(reply.headers.contains_key("retry-after"));
            limited = true;
            break;
        }
    }
    assert!(limited, "30 posts a minute at most");
    assert_eq!(
        app.delete(&format!("/api/v1/integrations/{id}"))
            .await
            .status,
        StatusCode::NO_CONTENT
    );
    public
        .post(&post_to, json!({"email": "late@example.com"}))
        .await
        .assert_problem_status(404);
    app.stop().await;
}

async fn call_events_land_on_the_callers_timeline(engine: Engine) {
    let app = TestApp::start(engine).await;
    let known = app
        .post(
            "/api/v1/people",
            json!({"first_name": "Ivan", "phone": "+7 (495) 123-45-67"}),
        )
        .await;
    let (post_to, _) = setup(&app, json!({"kind": "telephony", "name": "Office PBX"})).await;
    let pbx = app.with_client(reqwest::Client::new());
    for event in [
        json!({"event": "started", "call_id": "c-1", "direction": "inbound", "from": "8 495 123 45 67", "to": "100", "at": "2026-11-20T10:00:00Z"}),
        json!({"event": "answered", "call_id": "c-1", "direction": "inbound", "from": "84951234567", "to": "100"}),
        json!({"event": "ended", "call_id": "c-1", "direction": "inbound", "from": "84951234567", "to": "100", "duration_seconds": 185, "recording_url": "https://pbx.example/rec/c-1.wav"}),
    ] {
        let reply = pbx.post(&post_to, event).await;
        assert_eq!(reply.status, StatusCode::ACCEPTED, "{}", reply.body);
    }
    let timeline = app
        .get(&format!("/api/v1/people/{}/timeline", known.id()))
        .await;
    let calls: Vec<&Value> = timeline.body["data"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["activity"]["kind"] == "call")
        .map(|i| &i["activity"])
        .collect();
    assert_eq!(calls.len(), 1, "one call for its three events");
    let call = calls[0];
    assert_eq!(call["direction"], "inbound");
    assert_eq!(call["outcome"], "connected");
    assert_eq!(call["duration_seconds"], 185);
    assert_eq!(call["recording_url"], "https://pbx.example/rec/c-1.wav");
    assert!(
        call["occurred_at"]
            .as_str()
            .unwrap()
            .starts_with("2026-11-20T10:00:00")
    );

    let stranger = pbx
        .post(&post_to, json!({"event": "ended", "call_id": "c-2", "direction": "inbound", "from": "+44 20 7946 0958", "to": "100", "duration_seconds": 0}))
        .await;
    assert_eq!(stranger.status, StatusCode::ACCEPTED, "{}", stranger.body);
    let leads = people_with(&app, "phone eq +442079460958").await;
    assert_eq!(leads.len(), 1, "an unknown caller becomes a lead");
    assert_eq!(leads[0]["source"], "phone");
    let missed = app
        .get(&format!(
            "/api/v1/activities/{}",
            stranger.body["activity_id"].as_str().unwrap()
        ))
        .await;
    assert_eq!(missed.body["outcome"], "no_answer");

    pbx.post(
        &post_to,
        json!({"event": "started", "direction": "sideways"}),
    )
    .await
    .assert_problem(422, "call_id");
    app.stop().await;
}

both_engines!(
    a_web_form_makes_one_lead_per_email_and_ignores_bots,
    call_events_land_on_the_callers_timeline,
);
