//! The dashboard report over real HTTP, from deals and activities made through the API.

mod common;

use common::TestApp;
use relata_testkit::{Engine, both_engines};
use reqwest::StatusCode;
use serde_json::{Value, json};

async fn the_dashboard_counts_what_happened(engine: Engine) {
    let app = TestApp::start(engine).await;
    let pipeline = app.get("/api/v1/pipelines").await.body["data"][0].clone();
    let stages: Vec<Value> = pipeline["stages"].as_array().unwrap().clone();
    let stage_of = |kind: &str| stages.iter().find(|s| s["kind"] == kind).unwrap()["id"].clone();
    let (first, second) = (stages[0]["id"].clone(), stages[1]["id"].clone());
    let deal = |name: &str, amount: i64, stage: &Value| json!({"name": name, "amount": amount, "currency": "USD", "pipeline_id": pipeline["id"], "stage_id": stage});
    app.post("/api/v1/deals", deal("Stays", 1000, &first)).await;
    let moved = app
        .post("/api/v1/deals", deal("Moves on", 500, &first))
        .await;
    let reply = app
        .patch(
            &format!("/api/v1/deals/{}", moved.id()),
            1,
            json!({"stage_id": second}),
        )
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    app.post("/api/v1/deals", deal("Won", 700, &stage_of("won")))
        .await;
    app.post("/api/v1/deals", deal("Lost", 300, &stage_of("lost")))
        .await;
    let me = app.get("/api/v1/session").await.body["member_id"].clone();
    let call = json!({"kind": "call", "subject": "Intro", "owner_id": me, "deal_id": moved.id()});
    assert_eq!(
        app.post("/api/v1/activities", call).await.status,
        StatusCode::CREATED
    );

    let reply = app.get("/api/v1/reports/dashboard?months=6").await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let report = reply.body;
    assert_eq!(report["currency"], "USD");
    let open = report["open_by_stage"].as_array().unwrap();
    let open_in = |stage: &Value| {
        open.iter()
            .find(|s| &s["stage_id"] == stage)
            .cloned()
            .unwrap()
    };
    assert_eq!(open_in(&first)["count"], 1);
    assert_eq!(open_in(&first)["amounts"][0]["sum"], 1000);
    assert_eq!(open_in(&second)["count"], 1);
    assert_eq!(open.len(), 2, "closed deals are not open value: {open:?}");

    let months = report["closed_by_month"].as_array().unwrap();
    assert_eq!(months.len(), 6);
    let this_month = months.last().unwrap();
    assert_eq!(
        (this_month["won"].clone(), this_month["lost"].clone()),
        (json!(1), json!(1))
    );
    assert_eq!(this_month["won_amounts"][0]["sum"], 700);
    assert_eq!(months[0]["won"], 0);

    let activity = &report["activity_by_member"];
    assert_eq!(
        activity,
        &json!([{"member_id": me, "note": 0, "task": 0, "call": 1, "email": 0, "meeting": 0}])
    );

    let conversion = report["stage_conversion"].as_array().unwrap();
    assert_eq!(conversion.len(), stages.len());
    assert_eq!(
        conversion[0],
        json!({"stage_id": first, "entered": 2, "moved_on": 1})
    );
    app.get("/api/v1/reports/dashboard?months=0")
        .await
        .assert_problem(422, "months");
    app.stop().await;
}

both_engines!(the_dashboard_counts_what_happened);
