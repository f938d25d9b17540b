//! The intelligence the API offers, over the demo workspace's year of history: a forecast
//! with a band, deals at risk with reasons, and what an activity's text says.

mod common;

use common::TestApp;
use relata_testkit::{Engine, both_engines};
use reqwest::StatusCode;
use serde_json::{Value, json};

async fn the_demo_workspace_gets_a_forecast_and_deals_at_risk(engine: Engine) {
    let app = TestApp::start(engine).await;
    let empty = app.get("/api/v1/insights/forecast").await;
    assert!(
        empty.status == StatusCode::OK || empty.status == StatusCode::CONFLICT,
        "{}",
        empty.body
    );
    relata_sample::demo::load(app.store()).await.unwrap();

    let forecast = app.get("/api/v1/insights/forecast?months=4").await;
    assert_eq!(forecast.status, StatusCode::OK, "{}", forecast.body);
    let months = forecast.body["months"].as_array().unwrap();
    assert_eq!(months.len(), 4);
    assert!(
        forecast.body["closed_deals"].as_u64().unwrap() > 10,
        "{}",
        forecast.body
    );
    for month in months {
        let (low, expected, high) = (
            month["low"].as_f64().unwrap(),
            month["expected"].as_f64().unwrap(),
            month["high"].as_f64().unwrap(),
        );
        assert!(low <= expected && expected <= high, "{month}");
        assert!(high > 0.0, "{month}");
    }
    app.get("/api/v1/insights/forecast?months=13")
        .await
        .assert_problem(422, "months");

    let risk = app.get("/api/v1/insights/deals-at-risk").await;
    assert_eq!(risk.status, StatusCode::OK, "{}", risk.body);
    for flagged in risk.body["data"].as_array().unwrap() {
        assert!(
            !flagged["reasons"].as_array().unwrap().is_empty(),
            "{flagged}"
        );
        let deal = app
            .get(&format!(
                "/api/v1/deals/{}",
                flagged["deal_id"].as_str().unwrap()
            ))
            .await;
        assert_eq!(deal.body["name"], flagged["name"]);
    }
    app.stop().await;
}

async fn activities_say_how_the_customer_feels_and_what_to_do(engine: Engine) {
    let app = TestApp::start(engine).await;
    let person = app
        .post("/api/v1/people", json!({"first_name": "Olga"}))
        .await;
    let unhappy = app
        .post(
            "/api/v1/activities",
            json!({"kind": "note", "person_id": person.id(),
                   "body": "Olga is very unhappy: the delivery was late again and she is angry. She threatened to cancel the contract."}),
        )
        .await;
    assert_eq!(unhappy.status, StatusCode::CREATED, "{}", unhappy.body);
    app.post(
        "/api/v1/activities",
        json!({"kind": "note", "person_id": person.id(), "body": "Отличная встреча, клиент очень доволен нашим предложением!"}),
    )
    .await;
    let call = app
        .post(
            "/api/v1/activities",
            json!({"kind": "call", "person_id": person.id(), "subject": "Renewal call",
                   "transcript": "Thanks for joining. I'll send the revised proposal by Friday. Let's schedule a demo for the team next week."}),
        )
        .await;

    let timeline = app
        .get(&format!("/api/v1/people/{}/timeline", person.id()))
        .await;
    let labels: Vec<(Value, Value)> = timeline.body["data"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["type"] == "activity")
        .map(|i| (i["activity"]["id"].clone(), i["sentiment"].clone()))
        .collect();
    let of = |id: String| {
        labels
            .iter()
            .find(|(a, _)| *a == json!(id))
            .unwrap()
            .1
            .clone()
    };
    assert_eq!(of(unhappy.id())["label"], "negative");
    let russian = labels.iter().find(|(_, s)| s["language"] == "ru").unwrap();
    assert_eq!(russian.1["label"], "positive");

    let analysis = app
        .get(&format!("/api/v1/activities/{}/analysis", call.id()))
        .await;
    assert_eq!(analysis.status, StatusCode::OK, "{}", analysis.body);
    let items = analysis.body["action_items"].as_array().unwrap();
    let proposal = items
        .iter()
        .find(|i| i["title"].as_str().unwrap().contains("proposal"))
        .unwrap_or_else(|| panic!("{items:#?}"));
    assert_eq!(proposal["due"]["kind"], "weekday");
    assert!(!analysis.body["summary"].as_array().unwrap().is_empty());
    app.stop().await;
}

both_engines!(
    the_demo_workspace_gets_a_forecast_and_deals_at_risk,
    activities_say_how_the_customer_feels_and_what_to_do,
);
