//! The store's contract, proven on SQLite and PostgreSQL alike.

use relata_domain::custom_field::CustomFieldInput;
use relata_domain::query::{ListParams, ListQuery};
use relata_domain::record::Mode;
use relata_domain::schema::ParseContext;
use relata_domain::{Changes, ObjectKind, Value};
use relata_store::{Actor, BatchItem, BatchMode, Store, StoreError, TimelineItem};
use relata_testkit::{Engine, TestDb, both_engines};
use serde_json::json;

async fn workspace(store: &Store, name: &str) -> Actor {
    let (workspace, owner) = store
        .create_workspace(name, &format!("owner@{name}.test"), "Owner", None)
        .await
        .unwrap();
    Actor {
        workspace_id: workspace.id,
        member_id: Some(owner.id),
    }
}

fn changes(kind: ObjectKind, input: serde_json::Value, mode: Mode) -> Changes {
    Changes::parse(kind, &input, mode, &[], &ParseContext::default()).unwrap()
}

async fn create(
    store: &Store,
    actor: Actor,
    kind: ObjectKind,
    input: serde_json::Value,
) -> relata_domain::Record {
    store
        .create_record(actor, kind, &changes(kind, input, Mode::Create), &[])
        .await
        .unwrap()
}

async fn list(
    store: &Store,
    actor: Actor,
    kind: ObjectKind,
    params: ListParams<'_>,
) -> relata_store::Page {
    let query = ListQuery::parse(kind, &params, &[], &ParseContext::default()).unwrap();
    store
        .list_records(actor.workspace_id, kind, &query)
        .await
        .unwrap()
}

fn names(page: &relata_store::Page, field: &str) -> Vec<String> {
    page.records
        .iter()
        .map(|r| r.get(field).as_text().unwrap_or("-").to_owned())
        .collect()
}

async fn crud_round_trip(engine: Engine) {
    let db = TestDb::new(engine).await;
    let actor = workspace(&db.store, "acme").await;
    let person = create(
        &db.store,
        actor,
        ObjectKind::Person,
        json!({"first_name": "Анна", "email": "Anna@Example.com", "tags": ["vip"]}),
    )
    .await;
    assert_eq!(person.version, 1);
    assert_eq!(person.get("email"), &Value::Text("anna@example.com".into()));

    let fetched = db
        .store
        .get_record(actor.workspace_id, ObjectKind::Person, person.id)
        .await
        .unwrap();
    assert_eq!(fetched, person);

    let patch = changes(
        ObjectKind::Person,
        json!({"last_name": "Иванова", "phone": "8 (916) 123-45-67"}),
        Mode::Patch,
    );
    let updated = db
        .store
        .update_record(actor, ObjectKind::Person, person.id, 1, &patch, &[])
        .await
        .unwrap();
    assert_eq!(updated.version, 2);
    assert_eq!(updated.get("phone"), &Value::Text("+79161234567".into()));
    assert!(updated.updated_at >= person.updated_at);

    let unchanged = db
        .store
        .update_record(actor, ObjectKind::Person, person.id, 2, &patch, &[])
        .await
        .unwrap();
    assert_eq!(
        unchanged.version, 2,
        "a patch that changes nothing keeps the version"
    );

    let trashed = db
        .store
        .trash_record(actor, ObjectKind::Person, person.id, Some(2))
        .await
        .unwrap();
    assert!(trashed.deleted_at.is_some());
    assert!(
        list(&db.store, actor, ObjectKind::Person, ListParams::default())
            .await
            .records
            .is_empty()
    );
    let in_trash = list(
        &db.store,
        actor,
        ObjectKind::Person,
        ListParams {
            trash: Some("only"),
            ..Default::default()
        },
    )
    .await;
    assert_eq!(in_trash.records.len(), 1);
    let refused = db
        .store
        .update_record(actor, ObjectKind::Person, person.id, 3, &patch, &[])
        .await;
    assert!(matches!(refused, Err(StoreError::InTrash { .. })));

    let restored = db
        .store
        .restore_record(actor, ObjectKind::Person, person.id)
        .await
        .unwrap();
    assert!(restored.deleted_at.is_none());
    assert_eq!(restored.version, 4);

    let timeline = db
        .store
        .timeline(actor.workspace_id, ObjectKind::Person, person.id, 10, None)
        .await
        .unwrap();
    let events: Vec<String> = timeline
        .iter()
        .filter_map(|item| match item {
            TimelineItem::Event { event, .. } => Some(event.clone()),
            TimelineItem::Activity(_) => None,
        })
        .collect();
    assert_eq!(events, ["restored", "deleted", "updated", "created"]);
    db.drop().await;
}

async fn stale_versions_are_refused(engine: Engine) {
    let db = TestDb::new(engine).await;
    let actor = workspace(&db.store, "acme").await;
    let company = create(
        &db.store,
        actor,
        ObjectKind::Company,
        json!({"name": "Acme"}),
    )
    .await;
    let first = changes(
        ObjectKind::Company,
        json!({"industry": "Software"}),
        Mode::Patch,
    );
    let second = changes(
        ObjectKind::Company,
        json!({"industry": "Retail"}),
        Mode::Patch,
    );
    db.store
        .update_record(actor, ObjectKind::Company, company.id, 1, &first, &[])
        .await
        .unwrap();
    let stale = db
        .store
        .update_record(actor, ObjectKind::Company, company.id, 1, &second, &[])
        .await;
    match stale {
        Err(StoreError::VersionConflict { expected, current }) => {
            assert_eq!(expected, 1);
            assert_eq!(current.version, 2);
            assert_eq!(current.get("industry"), &Value::Text("Software".into()));
        }
        other => panic!("expected a version conflict, got {other:?}"),
    }
    db.drop().await;
}

async fn concurrent_edits_of_one_version_let_exactly_one_win(engine: Engine) {
    let db = TestDb::new(engine).await;
    let actor = workspace(&db.store, "acme").await;
    let deal = create(
        &db.store,
        actor,
        ObjectKind::Deal,
        json!({"name": "Big one", "amount": 1000}),
    )
    .await;
    let mut tasks = Vec::new();
    for i in 0..8 {
        let store = db.store.clone();
        let patch = changes(ObjectKind::Deal, json!({"amount": 2000 + i}), Mode::Patch);
        tasks.push(tokio::spawn(async move {
            store
                .update_record(actor, ObjectKind::Deal, deal.id, 1, &patch, &[])
                .await
        }));
    }
    let mut wins = 0;
    let mut conflicts = 0;
    for task in tasks {
        match task.await.unwrap() {
            Ok(_) => wins += 1,
            Err(StoreError::VersionConflict { .. }) => conflicts += 1,
            Err(other) => panic!("unexpected error {other}"),
        }
    }
    assert_eq!((wins, conflicts), (1, 7));
    db.drop().await;
}

async fn filters_sorts_and_cursors(engine: Engine) {
    let db = TestDb::new(engine).await;
    let actor = workspace(&db.store, "acme").await;
    let rows = [
        ("Anna", "Moscow", "lead", Some(json!(["vip", "ru"]))),
        ("boris", "Berlin", "customer", None),
        ("Clara", "Moscow", "customer", Some(json!(["vip"]))),
        ("Dmitry", "", "churned", None),
        ("Eva", "Paris", "lead", None),
        ("Евгения", "Москва", "other", None),
        ("Жанна", "Тверь", "other", None),
    ];
    for (name, city, stage, tags) in rows {
        create(
            &db.store,
            actor,
            ObjectKind::Person,
            json!({"first_name": name, "city": city, "lifecycle_stage": stage, "tags": tags}),
        )
        .await;
    }
    let query = |filter: &'static str| ListParams {
        filter: Some(filter),
        sort: Some("first_name"),
        ..Default::default()
    };
    let cases: [(&str, &[&str]); 15] = [
        ("city eq moscow", &["Anna", "Clara"]),
        (
            "city neq Moscow",
            &["Dmitry", "Eva", "boris", "Евгения", "Жанна"],
        ),
        ("first_name contains OR", &["boris"]),
        ("first_name starts_with cl", &["Clara"]),
        (
            "lifecycle_stage in [lead, churned]",
            &["Anna", "Dmitry", "Eva"],
        ),
        ("city is_empty", &["Dmitry"]),
        (
            "city is_not_empty and lifecycle_stage = customer",
            &["Clara", "boris"],
        ),
        ("tags eq vip", &["Anna", "Clara"]),
        (
            "tags neq vip",
            &["Dmitry", "Eva", "boris", "Евгения", "Жанна"],
        ),
        (
            "tags is_empty",
            &["Dmitry", "Eva", "boris", "Евгения", "Жанна"],
        ),
        (
            "not (city eq Moscow or city eq Paris)",
            &["Dmitry", "boris", "Евгения", "Жанна"],
        ),
        ("first_name gt C and first_name lt E", &["Clara", "Dmitry"]),
        (
            "city eq \"МОСКВА\" or first_name contains \"АНН\"",
            &["Евгения", "Жанна"],
        ),
        ("city starts_with \"моск\"", &["Евгения"]),
        (
            "first_name in [\"жанна\", \"ЕВГЕНИЯ\"]",
            &["Евгения", "Жанна"],
        ),
    ];
    for (filter, expected) in cases {
        let page = list(&db.store, actor, ObjectKind::Person, query(filter)).await;
        assert_eq!(names(&page, "first_name"), expected, "{filter}");
    }

    // Walk pages of two under a nullable sort; everything appears once, in order.
    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let sort = Some("-city,first_name");
        let params = ListParams {
            sort,
            limit: Some("2"),
            cursor: cursor.as_deref(),
            ..Default::default()
        };
        let query =
            ListQuery::parse(ObjectKind::Person, &params, &[], &ParseContext::default()).unwrap();
        let page = db
            .store
            .list_records(actor.workspace_id, ObjectKind::Person, &query)
            .await
            .unwrap();
        seen.extend(names(&page, "first_name"));
        match page.next_cursor {
            Some(next) => cursor = Some(next.encode(&query.sort)),
            None => break,
        }
    }
    assert_eq!(
        seen,
        [
            "Жанна",
            "Евгения",
            "Eva",
            "Anna",
            "Clara",
            "boris",
            "Dmitry"
        ]
    );
    db.drop().await;
}

async fn pages_stay_stable_while_records_are_added(engine: Engine) {
    let db = TestDb::new(engine).await;
    let actor = workspace(&db.store, "acme").await;
    for i in 0..30 {
        create(
            &db.store,
            actor,
            ObjectKind::Company,
            json!({"name": format!("Company {i:02}")}),
        )
        .await;
    }
    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    let mut added = 0;
    loop {
        let params = ListParams {
            limit: Some("7"),
            cursor: cursor.as_deref(),
            ..Default::default()
        };
        let query =
            ListQuery::parse(ObjectKind::Company, &params, &[], &ParseContext::default()).unwrap();
        let page = db
            .store
            .list_records(actor.workspace_id, ObjectKind::Company, &query)
            .await
            .unwrap();
        seen.extend(page.records.iter().map(|r| r.id));
        // Newer records appear before the cursor in "newest first": they must not shift pages.
        create(
            &db.store,
            actor,
            ObjectKind::Company,
            json!({"name": format!("Newcomer {added}")}),
        )
        .await;
        added += 1;
        match page.next_cursor {
            Some(next) => cursor = Some(next.encode(&query.sort)),
            None => break,
        }
    }
    assert_eq!(seen.len(), 30);
    let mut unique = seen.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), 30, "no record is shown twice");
    db.drop().await;
}

async fn deals_follow_their_pipeline(engine: Engine) {
    let db = TestDb::new(engine).await;
    let actor = workspace(&db.store, "acme").await;
    let pipeline = db
        .store
        .pipelines(actor.workspace_id)
        .await
        .unwrap()
        .remove(0);
    let deal = create(
        &db.store,
        actor,
        ObjectKind::Deal,
        json!({"name": "Pilot", "amount": "12500.50"}),
    )
    .await;
    assert_eq!(deal.get("pipeline_id"), &Value::Id(pipeline.id));
    assert_eq!(deal.get("stage_id"), &Value::Id(pipeline.stages[0].id));
    assert!(deal.get("closed_at").is_null());

    let won = pipeline
        .stages
        .iter()
        .find(|s| s.kind == relata_domain::pipeline::StageKind::Won)
        .unwrap();
    let patch = changes(
        ObjectKind::Deal,
        json!({"stage_id": won.id.to_string()}),
        Mode::Patch,
    );
    let closed = db
        .store
        .update_record(actor, ObjectKind::Deal, deal.id, 1, &patch, &[])
        .await
        .unwrap();
    assert!(matches!(closed.get("closed_at"), Value::DateTime(_)));

    let other = db
        .store
        .create_pipeline(
            actor.workspace_id,
            serde_json::from_value(json!({
                "name": "Partners", "stages": [{"name": "Intro"}, {"name": "Signed", "kind": "won"}]
            }))
            .unwrap(),
        )
        .await
        .unwrap();
    let foreign_stage = changes(
        ObjectKind::Deal,
        json!({"stage_id": other.stages[0].id.to_string()}),
        Mode::Patch,
    );
    let refused = db
        .store
        .update_record(actor, ObjectKind::Deal, deal.id, 2, &foreign_stage, &[])
        .await;
    assert!(
        matches!(refused, Err(StoreError::Invalid(ref e)) if e.0[0].field == "stage_id"),
        "{refused:?}"
    );

    let move_pipeline = changes(
        ObjectKind::Deal,
        json!({"pipeline_id": other.id.to_string()}),
        Mode::Patch,
    );
    let moved = db
        .store
        .update_record(actor, ObjectKind::Deal, deal.id, 2, &move_pipeline, &[])
        .await
        .unwrap();
    assert_eq!(
        moved.get("stage_id"),
        &Value::Id(other.stages[0].id),
        "a new pipeline starts at its first stage"
    );
    assert!(moved.get("closed_at").is_null(), "reopened");

    let timeline = db
        .store
        .timeline(actor.workspace_id, ObjectKind::Deal, deal.id, 10, None)
        .await
        .unwrap();
    let stage_moves = timeline
        .iter()
        .filter(|i| matches!(i, TimelineItem::Event { event, .. } if event == "stage_changed"))
        .count();
    assert_eq!(stage_moves, 2);
    db.drop().await;
}

async fn batches_are_all_or_nothing(engine: Engine) {
    let db = TestDb::new(engine).await;
    let actor = workspace(&db.store, "acme").await;
    let item = |input: serde_json::Value| BatchItem {
        id: None,
        version: None,
        changes: changes(ObjectKind::Person, input, Mode::Patch),
    };
    let items = vec![
        item(json!({"first_name": "Good", "email": "good@example.com"})),
        item(json!({"job_title": "No name at all"})),
        item(json!({"first_name": "Also good"})),
    ];
    let refused = db
        .store
        .batch(actor, ObjectKind::Person, BatchMode::Create, items, &[])
        .await;
    match refused {
        Err(StoreError::Invalid(errors)) => assert_eq!(errors.0[0].field, "records[1].first_name"),
        other => panic!("expected the second record to be refused, got {other:?}"),
    }
    assert!(
        list(&db.store, actor, ObjectKind::Person, ListParams::default())
            .await
            .records
            .is_empty()
    );

    let first = vec![item(
        json!({"first_name": "Ann", "email": "ann@example.com"}),
    )];
    db.store
        .batch(actor, ObjectKind::Person, BatchMode::Create, first, &[])
        .await
        .unwrap();
    let upserts = vec![
        item(json!({"first_name": "Anna", "email": "ANN@example.com"})),
        item(json!({"first_name": "Ben", "email": "ben@example.com"})),
    ];
    let result = db
        .store
        .batch(actor, ObjectKind::Person, BatchMode::Upsert, upserts, &[])
        .await
        .unwrap();
    assert_eq!(result[0].version, 2, "matched on email and updated");
    assert_eq!(result[1].version, 1, "created");
    let page = list(
        &db.store,
        actor,
        ObjectKind::Person,
        ListParams {
            sort: Some("first_name"),
            ..Default::default()
        },
    )
    .await;
    assert_eq!(names(&page, "first_name"), ["Anna", "Ben"]);
    db.drop().await;
}

async fn workspaces_never_see_each_other(engine: Engine) {
    let db = TestDb::new(engine).await;
    let acme = workspace(&db.store, "acme").await;
    let globex = workspace(&db.store, "globex").await;
    let company = create(
        &db.store,
        acme,
        ObjectKind::Company,
        json!({"name": "Acme Corp"}),
    )
    .await;
    let theirs = db
        .store
        .get_record(globex.workspace_id, ObjectKind::Company, company.id)
        .await;
    assert!(matches!(theirs, Err(StoreError::NotFound { .. })));
    assert!(
        list(
            &db.store,
            globex,
            ObjectKind::Company,
            ListParams::default()
        )
        .await
        .records
        .is_empty()
    );
    let patch = changes(ObjectKind::Company, json!({"name": "Stolen"}), Mode::Patch);
    let write = db
        .store
        .update_record(globex, ObjectKind::Company, company.id, 1, &patch, &[])
        .await;
    assert!(matches!(write, Err(StoreError::NotFound { .. })));
    let link = changes(
        ObjectKind::Person,
        json!({"first_name": "Spy", "company_id": company.id.to_string()}),
        Mode::Create,
    );
    let linked = db
        .store
        .create_record(globex, ObjectKind::Person, &link, &[])
        .await;
    assert!(
        matches!(linked, Err(StoreError::Invalid(ref e)) if e.0[0].field == "company_id"),
        "{linked:?}"
    );
    db.drop().await;
}

async fn custom_fields_filter_and_sort(engine: Engine) {
    let db = TestDb::new(engine).await;
    let actor = workspace(&db.store, "acme").await;
    let ws = actor.workspace_id;
    for (key, kind, options) in [
        ("territory", "select", vec!["EU", "US"]),
        ("budget", "money", vec![]),
        ("renewal", "date", vec![]),
    ] {
        let input = CustomFieldInput {
            key: key.into(),
            label: None,
            kind: kind.into(),
            options: options.into_iter().map(String::from).collect(),
            required: false,
        };
        db.store
            .create_custom_field(ws, ObjectKind::Company, input)
            .await
            .unwrap();
    }
    let customs = db
        .store
        .custom_fields(ws, ObjectKind::Company)
        .await
        .unwrap();
    assert_eq!(customs.len(), 3);
    let ctx = ParseContext::default();
    for (name, region, budget, renewal) in [
        ("A", "eu", 500.5, "2027-01-01"),
        ("B", "US", 1500.0, "2026-06-01"),
        ("C", "EU", 50.0, "2026-12-31"),
    ] {
        let input = json!({"name": name, "custom": {"territory": region, "budget": budget, "renewal": renewal}});
        let parsed =
            Changes::parse(ObjectKind::Company, &input, Mode::Create, &customs, &ctx).unwrap();
        db.store
            .create_record(actor, ObjectKind::Company, &parsed, &customs)
            .await
            .unwrap();
    }
    let run = |filter: &'static str, sort: &'static str| {
        let query = ListQuery::parse(
            ObjectKind::Company,
            &ListParams {
                filter: Some(filter),
                sort: Some(sort),
                ..Default::default()
            },
            &customs,
            &ctx,
        )
        .unwrap();
        let store = db.store.clone();
        async move {
            store
                .list_records(ws, ObjectKind::Company, &query)
                .await
                .unwrap()
        }
    };
    assert_eq!(
        names(&run("custom.territory eq EU", "name").await, "name"),
        ["A", "C"]
    );
    assert_eq!(
        names(&run("custom.budget gt 100", "-custom.budget").await, "name"),
        ["B", "A"]
    );
    assert_eq!(
        names(
            &run("custom.renewal lt 2027-01-01", "custom.renewal").await,
            "name"
        ),
        ["B", "C"]
    );
    let json = run("custom.territory eq EU", "name").await.records[0].to_json(&customs, None);
    assert_eq!(
        json["custom"],
        json!({"territory": "EU", "budget": 500.5, "renewal": "2027-01-01"})
    );
    db.drop().await;
}

async fn activities_link_and_fill_in(engine: Engine) {
    let db = TestDb::new(engine).await;
    let actor = workspace(&db.store, "acme").await;
    let company = create(
        &db.store,
        actor,
        ObjectKind::Company,
        json!({"name": "Acme"}),
    )
    .await;
    let person = create(
        &db.store,
        actor,
        ObjectKind::Person,
        json!({"first_name": "Ann", "company_id": company.id.to_string()}),
    )
    .await;
    let task = create(&db.store, actor, ObjectKind::Activity, json!({"kind": "task", "subject": "Call back", "person_id": person.id.to_string(), "due_at": "2026-12-01T10:00:00Z"})).await;
    assert_eq!(
        task.get("company_id"),
        &Value::Id(company.id),
        "linked to the person's company"
    );
    assert_eq!(task.get("status"), &Value::Text("open".into()));
    let done = changes(ObjectKind::Activity, json!({"status": "done"}), Mode::Patch);
    let completed = db
        .store
        .update_record(actor, ObjectKind::Activity, task.id, 1, &done, &[])
        .await
        .unwrap();
    assert!(matches!(completed.get("completed_at"), Value::DateTime(_)));

    let note = create(&db.store, actor, ObjectKind::Activity, json!({"kind": "note", "body": "Met at the fair", "person_id": person.id.to_string(), "occurred_at": "2026-01-05T09:00:00Z"})).await;
    let timeline = db
        .store
        .timeline(
            actor.workspace_id,
            ObjectKind::Company,
            company.id,
            50,
            None,
        )
        .await
        .unwrap();
    let activity_ids: Vec<_> = timeline
        .iter()
        .filter_map(|i| match i {
            TimelineItem::Activity(a) => Some(a.id),
            _ => None,
        })
        .collect();
    assert_eq!(activity_ids, [task.id, note.id], "newest first");
    let wrong = changes(
        ObjectKind::Activity,
        json!({"kind": "note", "duration_seconds": 60, "person_id": person.id.to_string()}),
        Mode::Create,
    );
    let refused = db
        .store
        .create_record(actor, ObjectKind::Activity, &wrong, &[])
        .await;
    assert!(
        matches!(refused, Err(StoreError::Invalid(ref e)) if e.0[0].field == "duration_seconds"),
        "{refused:?}"
    );
    db.drop().await;
}

async fn search_is_prefix_and_typo_tolerant(engine: Engine) {
    let db = TestDb::new(engine).await;
    let actor = workspace(&db.store, "acme").await;
    let ws = actor.workspace_id;
    let ivanov = create(&db.store, actor, ObjectKind::Person, json!({"first_name": "Пётр", "last_name": "Иванов", "email": "p.ivanov@severstal.example", "phone": "+7 916 123-45-67"})).await;
    let smith = create(&db.store, actor, ObjectKind::Person, json!({"first_name": "Jonathan", "last_name": "Smithson", "email": "jsmith@globex.example"})).await;
    let globex = create(
        &db.store,
        actor,
        ObjectKind::Company,
        json!({"name": "Globex Corporation", "domain": "globex.example"}),
    )
    .await;
    let deal = create(
        &db.store,
        actor,
        ObjectKind::Deal,
        json!({"name": "Globex renewal 2027"}),
    )
    .await;
    let search = |q: &'static str| {
        let store = db.store.clone();
        async move {
            store
                .search(ws, q, "7", 10)
                .await
                .unwrap()
                .into_iter()
                .map(|h| h.record.id)
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(search("p.ivan").await, [ivanov.id], "email prefix");
    assert_eq!(
        search("8 (916) 123-45-67").await,
        [ivanov.id],
        "phone in another format"
    );
    assert_eq!(
        search("916123").await,
        [ivanov.id],
        "phone prefix without country code"
    );
    assert_eq!(
        search("иванов").await,
        [ivanov.id],
        "Cyrillic in lower case"
    );
    assert_eq!(
        search("петр ивано").await,
        [ivanov.id],
        "ё typed as е, two words"
    );
    assert_eq!(search("ivanov").await, [ivanov.id], "transliterated");
    assert_eq!(
        search("Jonathon Smithsno").await,
        [smith.id],
        "misspelt first and last name"
    );
    let globex_hits = search("globex").await;
    assert_eq!(
        globex_hits[0], globex.id,
        "the exact name ranks first: {globex_hits:?}"
    );
    assert_eq!(globex_hits.len(), 2, "{globex_hits:?}");
    assert!(globex_hits.contains(&deal.id), "deal name");
    assert!(search("zzzz").await.is_empty());

    db.store
        .trash_record(actor, ObjectKind::Person, ivanov.id, None)
        .await
        .unwrap();
    assert!(
        search("иванов").await.is_empty(),
        "the trash is not searched"
    );
    db.store
        .restore_record(actor, ObjectKind::Person, ivanov.id)
        .await
        .unwrap();
    let rename = changes(
        ObjectKind::Person,
        json!({"last_name": "Petrov"}),
        Mode::Patch,
    );
    db.store
        .update_record(actor, ObjectKind::Person, ivanov.id, 3, &rename, &[])
        .await
        .unwrap();
    assert!(search("иванов").await.is_empty(), "the old name is gone");
    assert_eq!(search("petrov").await, [ivanov.id]);
    db.drop().await;
}

async fn the_board_counts_and_sums_by_stage(engine: Engine) {
    let db = TestDb::new(engine).await;
    let actor = workspace(&db.store, "acme").await;
    let pipeline = db
        .store
        .pipelines(actor.workspace_id)
        .await
        .unwrap()
        .remove(0);
    let (first, second) = (pipeline.stages[0].id, pipeline.stages[1].id);
    for (name, amount, currency, stage) in [
        ("A", 100, "USD", first),
        ("B", 250, "USD", first),
        ("C", 70, "EUR", first),
        ("D", 10, "USD", second),
    ] {
        create(&db.store, actor, ObjectKind::Deal, json!({"name": name, "amount": amount, "currency": currency, "stage_id": stage.to_string()})).await;
    }
    let board = db
        .store
        .board(actor.workspace_id, pipeline.id, None, 2)
        .await
        .unwrap();
    assert_eq!(board.columns.len(), pipeline.stages.len());
    let column = &board.columns[0];
    assert_eq!(column.count, 3);
    assert_eq!(
        column.amounts,
        [("EUR".to_owned(), 7_000), ("USD".to_owned(), 35_000)]
    );
    assert_eq!(column.deals.len(), 2, "limited per stage");
    assert_eq!(board.columns[1].count, 1);
    assert_eq!(board.columns[2].count, 0);
    let filter = relata_domain::filter::Filter::parse(
        "amount gt 90",
        ObjectKind::Deal,
        &[],
        &ParseContext::default(),
    )
    .unwrap();
    let filtered = db
        .store
        .board(actor.workspace_id, pipeline.id, Some(&filter), 10)
        .await
        .unwrap();
    assert_eq!(filtered.columns[0].count, 2);
    assert_eq!(filtered.columns[1].count, 0);
    db.drop().await;
}

both_engines!(
    crud_round_trip,
    stale_versions_are_refused,
    concurrent_edits_of_one_version_let_exactly_one_win,
    filters_sorts_and_cursors,
    pages_stay_stable_while_records_are_added,
    deals_follow_their_pipeline,
    batches_are_all_or_nothing,
    workspaces_never_see_each_other,
    custom_fields_filter_and_sort,
    activities_link_and_fill_in,
    search_is_prefix_and_typo_tolerant,
    the_board_counts_and_sums_by_stage,
);
