//! The HTTP API end to end: the real server on a random port, on SQLite and PostgreSQL.

mod common;

use common::TestApp;
use relata_testkit::{Engine, both_engines};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

/// Create, read, change, trash and restore one record of every kind.
async fn crud_for_every_object(engine: Engine) {
    let app = TestApp::start(engine).await;
    let company = app
        .post(
            "/api/v1/companies",
            json!({"name": "Acme", "domain": "https://www.acme.example/"}),
        )
        .await;
    assert_eq!(company.status, StatusCode::CREATED, "{}", company.body);
    assert_eq!(company.body["domain"], "acme.example");
    let company_id = company.id();
    let person = app
        .post(
            "/api/v1/people",
            json!({"first_name": "Anna", "email": "anna@acme.example", "company_id": company_id}),
        )
        .await;
    assert_eq!(person.status, StatusCode::CREATED, "{}", person.body);
    let deal = app.post("/api/v1/deals", json!({"name": "Pilot", "amount": 12500.5, "currency": "eur", "company_id": company_id})).await;
    assert_eq!(deal.status, StatusCode::CREATED, "{}", deal.body);
    assert_eq!(deal.body["currency"], "EUR");
    let activity = app
        .post("/api/v1/activities", json!({"kind": "call", "person_id": person.id(), "direction": "outbound", "duration_seconds": 300}))
        .await;
    assert_eq!(activity.status, StatusCode::CREATED, "{}", activity.body);

    for (collection, reply, change) in [
        ("companies", &company, json!({"industry": "Logistics"})),
        ("people", &person, json!({"job_title": "CTO"})),
        ("deals", &deal, json!({"amount": 20000})),
        ("activities", &activity, json!({"outcome": "connected"})),
    ] {
        let path = format!("/api/v1/{collection}/{}", reply.id());
        let fetched = app.get(&path).await;
        assert_eq!(fetched.status, StatusCode::OK);
        assert_eq!(fetched.headers["etag"], "\"1\"");
        assert_eq!(
            fetched.body, reply.body,
            "{collection}: GET returns what POST returned"
        );
        let changed = app.patch(&path, 1, change.clone()).await;
        assert_eq!(
            changed.status,
            StatusCode::OK,
            "{collection}: {}",
            changed.body
        );
        assert_eq!(changed.body["version"], 2);
        let (field, value) = change.as_object().unwrap().iter().next().unwrap();
        assert_eq!(&changed.body[field], value, "{collection}");
        let trashed = app.delete(&path).await;
        assert!(trashed.body["deleted_at"].is_string(), "{collection}");
        let listed = app.get(&format!("/api/v1/{collection}")).await;
        assert!(
            listed.body["data"]
                .as_array()
                .unwrap()
                .iter()
                .all(|r| r["id"] != reply.body["id"]),
            "{collection}"
        );
        let restored = app.post(&format!("{path}/restore"), json!({})).await;
        assert_eq!(
            restored.status,
            StatusCode::OK,
            "{collection}: {}",
            restored.body
        );
        assert!(restored.body["deleted_at"].is_null());
    }

    let timeline = app
        .get(&format!("/api/v1/people/{}/timeline", person.id()))
        .await;
    let types: Vec<&str> = timeline.body["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["type"].as_str().unwrap())
        .collect();
    assert!(
        types.contains(&"activity") && types.contains(&"event"),
        "{}",
        timeline.body
    );
    app.stop().await;
}

async fn concurrent_patches_let_exactly_one_win(engine: Engine) {
    let app = TestApp::start(engine).await;
    let person = app
        .post("/api/v1/people", json!({"first_name": "Boris"}))
        .await;
    let path = format!("/api/v1/people/{}", person.id());
    let mut replies = Vec::new();
    for i in 0..6 {
        replies.push(app.patch(&path, 1, json!({"job_title": format!("Title {i}")})));
    }
    let replies = futures_join_all(replies).await;
    let ok: Vec<&common::Reply> = replies
        .iter()
        .filter(|r| r.status == StatusCode::OK)
        .collect();
    let stale: Vec<&common::Reply> = replies
        .iter()
        .filter(|r| r.status == StatusCode::PRECONDITION_FAILED)
        .collect();
    assert_eq!((ok.len(), stale.len()), (1, 5));
    // The loser sees the winner's value and can show both.
    assert_eq!(
        stale[0].body["current"]["job_title"],
        ok[0].body["job_title"]
    );
    assert_eq!(stale[0].content_type(), "application/problem+json");

    let missing = app
        .request(Method::PATCH, &path, Some(json!({"job_title": "x"})), &[])
        .await;
    assert_eq!(missing.status, StatusCode::PRECONDITION_REQUIRED);
    let in_body = app
        .request(
            Method::PATCH,
            &path,
            Some(json!({"job_title": "From body", "version": 2})),
            &[],
        )
        .await;
    assert_eq!(in_body.status, StatusCode::OK, "{}", in_body.body);
    app.stop().await;
}

async fn futures_join_all<F: std::future::Future>(futures: Vec<F>) -> Vec<F::Output> {
    let mut out = Vec::new();
    let handles: Vec<_> = futures.into_iter().map(Box::pin).collect();
    // Poll all at once so the requests really race.
    let mut pending: Vec<_> = handles.into_iter().map(Some).collect();
    let mut results: Vec<Option<F::Output>> = (0..pending.len()).map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut done = true;
        for (i, slot) in pending.iter_mut().enumerate() {
            if let Some(future) = slot {
                match future.as_mut().poll(cx) {
                    std::task::Poll::Ready(value) => {
                        results[i] = Some(value);
                        *slot = None;
                    }
                    std::task::Poll::Pending => done = false,
                }
            }
        }
        if done {
            std::task::Poll::Ready(())
        } else {
            std::task::Poll::Pending
        }
    })
    .await;
    out.extend(results.into_iter().flatten());
    out
}

async fn bad_input_gets_clear_problems(engine: Engine) {
    let app = TestApp::start(engine).await;
    app.post_raw(
        "/api/v1/people",
        "application/json",
        b"{\"first_name\": ".to_vec(),
    )
    .await
    .assert_problem(400, "");
    let wrong_type = app
        .post_raw("/api/v1/people", "text/plain", b"first_name=Anna".to_vec())
        .await;
    assert_eq!(wrong_type.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    app.post(
        "/api/v1/people",
        json!({"first_name": "A", "nickname": "B"}),
    )
    .await
    .assert_problem(422, "nickname");
    app.post(
        "/api/v1/companies",
        json!({"name": "A", "employees": "many"}),
    )
    .await
    .assert_problem(422, "employees");
    app.post("/api/v1/companies", json!({"name": "A", "employees": -5}))
        .await
        .assert_problem(422, "employees");
    app.post("/api/v1/deals", json!({"name": "A", "amount": "1.001"}))
        .await
        .assert_problem(422, "amount");
    app.post(
        "/api/v1/people",
        json!({"first_name": "A", "email": "not-an-email"}),
    )
    .await
    .assert_problem(422, "email");
    app.post(
        "/api/v1/people",
        json!({"first_name": "A", "company_id": "01a21346-ec56-7238-b190-0fc51f9a8abb"}),
    )
    .await
    .assert_problem(422, "company_id");
    app.post("/api/v1/people", json!([1, 2]))
        .await
        .assert_problem(422, "");
    app.get("/api/v1/people?filter=city%20eqq%20x")
        .await
        .assert_problem(422, "filter");
    app.get("/api/v1/people?sort=-nope")
        .await
        .assert_problem(422, "sort");
    app.get("/api/v1/people?limit=100000")
        .await
        .assert_problem(422, "limit");
    app.get("/api/v1/people?filtr=x")
        .await
        .assert_problem(400, "filtr");
    app.get("/api/v1/people/not-an-id")
        .await
        .assert_problem(400, "id");
    let unknown = app
        .get("/api/v1/people/01a21346-ec56-7238-b190-0fc51f9a8abb")
        .await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    assert_eq!(unknown.content_type(), "application/problem+json");
    let nowhere = app.get("/api/v1/nowhere").await;
    assert_eq!(nowhere.status, StatusCode::NOT_FOUND);
    assert_eq!(nowhere.content_type(), "application/problem+json");
    app.stop().await;
}

async fn oversize_bodies_are_refused(engine: Engine) {
    let config = relata_server::ServerConfig {
        max_body_bytes: 4096,
        ..Default::default()
    };
    let app = TestApp::start_with(engine, config).await;
    let big = json!({"name": "A", "description": "x".repeat(10_000)});
    let reply = app.post("/api/v1/companies", big).await;
    assert_eq!(
        reply.status,
        StatusCode::PAYLOAD_TOO_LARGE,
        "{}",
        reply.body
    );
    assert_eq!(reply.content_type(), "application/problem+json");
    let listed = app.get("/api/v1/companies").await;
    assert_eq!(listed.body["data"], json!([]), "nothing was written");
    app.stop().await;
}

async fn batches_roll_back_on_one_bad_record(engine: Engine) {
    let app = TestApp::start(engine).await;
    let records: Vec<Value> = (0..50)
        .map(|i| json!({"first_name": format!("P{i}"), "email": format!("p{i}@x.example")}))
        .collect();
    let mut bad = records.clone();
    bad[37]["email"] = json!("broken");
    app.post(
        "/api/v1/people/batch",
        json!({"mode": "create", "records": bad}),
    )
    .await
    .assert_problem(422, "records[37].email");
    assert_eq!(app.get("/api/v1/people").await.body["data"], json!([]));
    let created = app
        .post(
            "/api/v1/people/batch",
            json!({"mode": "create", "records": records}),
        )
        .await;
    assert_eq!(created.status, StatusCode::OK, "{}", created.body);
    assert_eq!(created.body["data"].as_array().unwrap().len(), 50);
    let upsert = app
        .post(
            "/api/v1/people/batch",
            json!({"mode": "upsert", "records": [{"email": "P3@X.example", "job_title": "CEO"}]}),
        )
        .await;
    assert_eq!(upsert.body["data"][0]["first_name"], "P3");
    assert_eq!(upsert.body["data"][0]["version"], 2);
    let too_many: Vec<Value> = (0..1001)
        .map(|i| json!({"first_name": format!("{i}")}))
        .collect();
    app.post("/api/v1/people/batch", json!({"records": too_many}))
        .await
        .assert_problem(422, "records");
    app.stop().await;
}

async fn retries_with_an_idempotency_key_create_once(engine: Engine) {
    let app = TestApp::start(engine).await;
    let body = json!({"name": "Once only"});
    let headers = [("idempotency-key", "create-once-1")];
    let first = app
        .request(
            Method::POST,
            "/api/v1/companies",
            Some(body.clone()),
            &headers,
        )
        .await;
    let second = app
        .request(Method::POST, "/api/v1/companies", Some(body), &headers)
        .await;
    assert_eq!(first.status, StatusCode::CREATED);
    assert_eq!(second.status, StatusCode::CREATED);
    assert_eq!(second.headers["idempotent-replayed"], "true");
    assert_eq!(first.body, second.body);
    assert_eq!(
        app.get("/api/v1/companies").await.body["data"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let other = app
        .request(
            Method::POST,
            "/api/v1/companies",
            Some(json!({"name": "Different"})),
            &headers,
        )
        .await;
    other.assert_problem(422, "Idempotency-Key");
    app.stop().await;
}

async fn lists_page_filter_and_select_fields(engine: Engine) {
    let app = TestApp::start(engine).await;
    let records: Vec<Value> = (0..120)
        .map(|i| json!({"first_name": format!("Person {i:03}"), "lifecycle_stage": if i % 3 == 0 { "customer" } else { "lead" }}))
        .collect();
    app.post("/api/v1/people/batch", json!({"records": records}))
        .await;
    let mut seen = 0;
    let mut cursor: Option<String> = None;
    loop {
        let mut path = "/api/v1/people?filter=lifecycle_stage%20eq%20customer&sort=first_name&limit=15&fields=first_name".to_owned();
        if let Some(c) = &cursor {
            path.push_str(&format!("&cursor={c}"));
        }
        let page = app.get(&path).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        for record in page.body["data"].as_array().unwrap() {
            assert_eq!(
                record.as_object().unwrap().len(),
                2,
                "only id and first_name: {record}"
            );
            seen += 1;
        }
        // Records added meanwhile never shift the pages being read.
        app.post(
            "/api/v1/people",
            json!({"first_name": "AAA inserted", "lifecycle_stage": "customer"}),
        )
        .await;
        match page.body["next_cursor"].as_str() {
            Some(next) => cursor = Some(next.to_owned()),
            None => break,
        }
    }
    assert_eq!(seen, 40);
    app.stop().await;
}

async fn the_openapi_document_covers_every_route(engine: Engine) {
    let app = TestApp::start(engine).await;
    let doc = app.get("/api/openapi.json").await.body;
    assert_eq!(doc["openapi"], "3.1.0");
    for route in relata_server::routes::routes() {
        let method = route.method.as_str().to_lowercase();
        let operation = &doc["paths"][&route.path][&method];
        assert!(
            operation.is_object(),
            "{method} {} is missing from the OpenAPI document",
            route.path
        );
        for reference in collect_refs(operation) {
            let name = reference.trim_start_matches("#/components/schemas/");
            assert!(
                doc["components"]["schemas"][name].is_object(),
                "{name} is referenced but not defined"
            );
        }
    }
    let docs = app
        .client
        .get(format!("{}/api/docs", app.base))
        .send()
        .await
        .unwrap();
    assert!(docs.text().await.unwrap().contains("/api/openapi.json"));
    app.stop().await;
}

fn collect_refs(value: &Value) -> Vec<String> {
    match value {
        Value::Object(map) => map
            .iter()
            .flat_map(|(k, v)| {
                if k == "$ref" {
                    vec![v.as_str().unwrap_or_default().to_owned()]
                } else {
                    collect_refs(v)
                }
            })
            .collect(),
        Value::Array(items) => items.iter().flat_map(collect_refs).collect(),
        _ => Vec::new(),
    }
}

async fn health_and_readiness(engine: Engine) {
    let app = TestApp::start(engine).await;
    assert_eq!(app.get("/healthz").await.status, StatusCode::OK);
    let ready = app.get("/readyz").await;
    assert_eq!(ready.status, StatusCode::OK);
    assert_eq!(ready.body["status"], "ready");
    let workers = &ready.body["job_workers"];
    assert_eq!(workers["state"], "running");
    let expected = if engine == Engine::Sqlite { 1 } else { 2 };
    assert_eq!(workers["count"], expected, "SQLite runs a single worker");
    let id = app.get("/healthz").await.headers["x-request-id"]
        .to_str()
        .unwrap()
        .to_owned();
    assert_eq!(id.len(), 36, "every response carries a request id");
    app.stop().await;
}

async fn search_finds_people_however_they_are_typed(engine: Engine) {
    let app = TestApp::start(engine).await;
    let ivanov = app.post("/api/v1/people", json!({"first_name": "Сергей", "last_name": "Иванов", "email": "sergey.ivanov@example.ru", "phone": "+79161234567"})).await.id();
    let jones = app
        .post(
            "/api/v1/people",
            json!({"first_name": "Margaret", "last_name": "Jones", "email": "mjones@example.com"}),
        )
        .await
        .id();
    let cases = [
        ("sergey.iv", &ivanov),
        ("8 (916) 123-45-67", &ivanov),
        ("иванов", &ivanov),
        ("Margret", &jones),
        ("margaret jnoes", &jones),
    ];
    for (query, expected) in cases {
        let reply = app
            .client
            .get(format!("{}/api/v1/search", app.base))
            .query(&[("q", query)])
            .send()
            .await
            .unwrap();
        let body: Value = reply.json().await.unwrap();
        assert_eq!(
            body["data"][0]["id"].as_str(),
            Some(expected.as_str()),
            "{query}: {body}"
        );
        assert_eq!(body["data"].as_array().unwrap().len(), 1, "{query}: {body}");
    }
    let hit = app.get("/api/v1/search?q=jones").await.body["data"][0].clone();
    assert_eq!(hit["kind"], "person");
    assert_eq!(hit["title"], "Margaret Jones");
    app.stop().await;
}

async fn the_board_shows_every_stage(engine: Engine) {
    let app = TestApp::start(engine).await;
    let pipeline = app.get("/api/v1/pipelines").await.body["data"][0].clone();
    let stage = pipeline["stages"][1]["id"].as_str().unwrap().to_owned();
    app.post(
        "/api/v1/deals",
        json!({"name": "One", "amount": 1000.5, "currency": "USD", "stage_id": stage}),
    )
    .await;
    app.post(
        "/api/v1/deals",
        json!({"name": "Two", "amount": 99.5, "currency": "USD", "stage_id": stage}),
    )
    .await;
    let board = app
        .get(&format!(
            "/api/v1/pipelines/{}/board",
            pipeline["id"].as_str().unwrap()
        ))
        .await;
    assert_eq!(board.status, StatusCode::OK, "{}", board.body);
    let columns = board.body["columns"].as_array().unwrap();
    assert_eq!(columns.len(), pipeline["stages"].as_array().unwrap().len());
    assert_eq!(columns[1]["count"], 2);
    assert_eq!(
        columns[1]["amounts"],
        json!([{"currency": "USD", "sum": 1100}])
    );
    assert_eq!(columns[1]["deals"][0]["name"], "Two", "latest move first");
    assert_eq!(columns[0]["count"], 0);
    app.stop().await;
}

async fn deals_involve_people_with_roles(engine: Engine) {
    let app = TestApp::start(engine).await;
    let deal = app
        .post("/api/v1/deals", json!({"name": "Expansion"}))
        .await
        .id();
    let person = app
        .post("/api/v1/people", json!({"first_name": "Dana"}))
        .await
        .id();
    let path = format!("/api/v1/deals/{deal}/people/{person}");
    let linked = app
        .request(
            Method::PUT,
            &path,
            Some(json!({"role": "Decision maker"})),
            &[],
        )
        .await;
    assert_eq!(linked.status, StatusCode::NO_CONTENT, "{}", linked.body);
    let people = app.get(&format!("/api/v1/deals/{deal}/people")).await;
    assert_eq!(people.body["data"][0]["role"], "Decision maker");
    assert_eq!(people.body["data"][0]["person"]["first_name"], "Dana");
    let deals = app.get(&format!("/api/v1/people/{person}/deals")).await;
    assert_eq!(deals.body["data"][0]["deal"]["name"], "Expansion");
    assert_eq!(app.delete(&path).await.status, StatusCode::NO_CONTENT);
    assert_eq!(
        app.get(&format!("/api/v1/deals/{deal}/people")).await.body["data"],
        json!([])
    );
    assert_eq!(app.delete(&path).await.status, StatusCode::NOT_FOUND);
    app.stop().await;
}

async fn saved_views_are_checked_and_versioned(engine: Engine) {
    let app = TestApp::start(engine).await;
    let view = json!({"object": "people", "name": "Moscow customers", "filter": "city eq Moscow and lifecycle_stage eq customer", "sort": "-updated_at", "columns": ["first_name", "email"]});
    let created = app.post("/api/v1/views", view.clone()).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
    let mut bad = view.clone();
    bad["filter"] = json!("city eq");
    app.post("/api/v1/views", bad)
        .await
        .assert_problem(422, "filter");
    let mut bad = view.clone();
    bad["columns"] = json!(["nope"]);
    app.post("/api/v1/views", bad)
        .await
        .assert_problem(422, "columns");
    let listed = app.get("/api/v1/views?object=people").await;
    assert_eq!(listed.body["data"].as_array().unwrap().len(), 1);
    let path = format!("/api/v1/views/{}", created.id());
    let mut renamed = view.clone();
    renamed["name"] = json!("Moscow");
    let updated = app
        .request(
            Method::PUT,
            &path,
            Some(renamed.clone()),
            &[("if-match", "1")],
        )
        .await;
    assert_eq!(updated.body["version"], 2, "{}", updated.body);
    let stale = app
        .request(Method::PUT, &path, Some(renamed), &[("if-match", "1")])
        .await;
    assert_eq!(stale.status, StatusCode::PRECONDITION_FAILED);
    assert_eq!(app.delete(&path).await.status, StatusCode::NO_CONTENT);
    app.stop().await;
}

async fn csv_import_reports_bad_rows_and_export_round_trips(engine: Engine) {
    let app = TestApp::start(engine).await;
    let csv = "First Name,Last Name,E-mail,Company\nAnna,Lee,anna@lee.example,Lee Ltd\nBad,Row,not-an-email,\nOleg,Popov,oleg@popov.example,Lee Ltd\n";
    let post = |path: &str, body: &'static str| {
        app.client
            .post(format!("{}{path}", app.base))
            .header("content-type", "text/csv")
            .body(body)
            .send()
    };
    let dry: Value = post("/api/v1/people/import?dry_run=true", csv)
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(dry["created"], 2, "{dry}");
    assert_eq!(
        app.get("/api/v1/people").await.body["data"],
        json!([]),
        "a dry run writes nothing"
    );
    let report: Value = post("/api/v1/people/import", csv)
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        (report["created"].as_u64(), report["skipped"].as_u64()),
        (Some(2), Some(1)),
        "{report}"
    );
    assert_eq!(report["errors"][0]["line"], 3);
    assert_eq!(report["errors"][0]["field"], "email");
    assert_eq!(report["companies_created"], 1);

    let export = app
        .client
        .get(format!("{}/api/v1/people/export?sort=first_name", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(export.headers()["content-type"], "text/csv; charset=utf-8");
    let exported = export.text().await.unwrap();
    assert_eq!(exported.lines().count(), 3, "{exported}");
    assert!(
        exported
            .lines()
            .nth(1)
            .unwrap()
            .contains("anna@lee.example")
    );
    // The export imports back as the same records.
    let again = app
        .client
        .post(format!("{}/api/v1/people/import", app.base))
        .header("content-type", "text/csv")
        .body(exported)
        .send()
        .await
        .unwrap();
    let again: Value = again.json().await.unwrap();
    assert_eq!(
        (again["created"].as_u64(), again["unchanged"].as_u64()),
        (Some(0), Some(2)),
        "{again}"
    );
    app.get("/api/v1/people/export?filter=nope%20eq%201")
        .await
        .assert_problem(422, "filter");
    app.stop().await;
}

both_engines!(
    crud_for_every_object,
    concurrent_patches_let_exactly_one_win,
    bad_input_gets_clear_problems,
    oversize_bodies_are_refused,
    batches_roll_back_on_one_bad_record,
    retries_with_an_idempotency_key_create_once,
    lists_page_filter_and_select_fields,
    the_openapi_document_covers_every_route,
    health_and_readiness,
    search_finds_people_however_they_are_typed,
    the_board_shows_every_stage,
    deals_involve_people_with_roles,
    saved_views_are_checked_and_versioned,
    csv_import_reports_bad_rows_and_export_round_trips,
);

/// `fields=` and saved views can name single custom fields as `custom.<key>`.
async fn single_custom_fields_can_be_selected(engine: Engine) {
    let app = TestApp::start(engine).await;
    for key in ["tier", "region"] {
        let field = app
            .post(
                "/api/v1/people/fields",
                json!({"key": key, "label": key, "kind": "text"}),
            )
            .await;
        assert_eq!(field.status, StatusCode::CREATED, "{}", field.body);
    }
    app.post(
        "/api/v1/people",
        json!({"first_name": "Anna", "custom": {"tier": "gold", "region": "north"}}),
    )
    .await;
    let page = app
        .get("/api/v1/people?fields=first_name,custom.tier")
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert_eq!(page.body["data"][0]["custom"], json!({"tier": "gold"}));
    assert!(page.body["data"][0].get("last_name").is_none());
    app.get("/api/v1/people?fields=custom.nope")
        .await
        .assert_problem(422, "fields");
    let view =
        json!({"object": "people", "name": "Gold", "columns": ["first_name", "custom.tier"]});
    let saved = app.post("/api/v1/views", view).await;
    assert_eq!(saved.status, StatusCode::CREATED, "{}", saved.body);
    app.stop().await;
}

both_engines!(single_custom_fields_can_be_selected);

/// Admins rename the workspace and change its defaults; bad values are named.
async fn the_workspace_settings_change(engine: Engine) {
    let app = TestApp::start(engine).await;
    let change =
        json!({"name": "Acme Sales", "default_currency": "eur", "default_country_code": "+44"});
    let reply = app
        .request(Method::PATCH, "/api/v1/workspace", Some(change), &[])
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_eq!(reply.body["name"], "Acme Sales");
    assert_eq!(
        reply.body["settings"],
        json!({"default_country_code": "44", "default_currency": "EUR"})
    );
    let person = app
        .post(
            "/api/v1/people",
            json!({"first_name": "Jo", "phone": "020 7946 0958"}),
        )
        .await;
    assert_eq!(
        person.body["phone"], "+442079460958",
        "phones use the new calling code"
    );
    let bad = json!({"default_currency": "euro", "default_country_code": "4444"});
    let reply = app
        .request(Method::PATCH, "/api/v1/workspace", Some(bad), &[])
        .await;
    reply.assert_problem(422, "default_currency");
    reply.assert_problem(422, "default_country_code");
    app.stop().await;
}

both_engines!(the_workspace_settings_change);
