//! Export, then import: the same field values come back, in the same workspace or another.

use std::collections::HashSet;

use relata_domain::custom_field::{CustomFieldDef, CustomFieldInput};
use relata_domain::query::{ListParams, ListQuery};
use relata_domain::record::Mode;
use relata_domain::schema::ParseContext;
use relata_domain::{Changes, ObjectKind, Record};
use relata_store::{Actor, BatchItem, BatchMode, Store};
use relata_testkit::{Engine, TestDb, both_engines};
use relata_transfer::{ImportOptions, ImportReport, export, import};
use serde_json::{Value as Json, json};

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

async fn define(
    store: &Store,
    actor: Actor,
    kind: ObjectKind,
    key: &str,
    type_: &str,
    options: &[&str],
) {
    let input = CustomFieldInput {
        key: key.into(),
        label: None,
        kind: type_.into(),
        options: options.iter().map(|o| (*o).to_owned()).collect(),
        required: false,
    };
    store
        .create_custom_field(actor.workspace_id, kind, input)
        .await
        .unwrap();
}

/// Custom fields of every type, defined alike in each workspace.
async fn define_custom_fields(store: &Store, actor: Actor) {
    let person = ObjectKind::Person;
    define(
        store,
        actor,
        person,
        "region",
        "select",
        &["EU", "US", "RU"],
    )
    .await;
    define(store, actor, person, "score", "number", &[]).await;
    define(store, actor, person, "vip", "boolean", &[]).await;
    define(store, actor, person, "budget", "money", &[]).await;
    define(store, actor, person, "since", "date", &[]).await;
    define(
        store,
        actor,
        person,
        "channels",
        "multi_select",
        &["Email", "Phone", "Telegram"],
    )
    .await;
    define(store, actor, person, "site", "url", &[]).await;
    define(store, actor, person, "backup", "email", &[]).await;
    define(store, actor, person, "hotline", "phone", &[]).await;
    define(store, actor, person, "note", "text", &[]).await;
    define(
        store,
        actor,
        ObjectKind::Company,
        "tier",
        "select",
        &["A", "B"],
    )
    .await;
    define(store, actor, ObjectKind::Company, "founded", "date", &[]).await;
}

async fn customs(store: &Store, actor: Actor, kind: ObjectKind) -> Vec<CustomFieldDef> {
    store.custom_fields(actor.workspace_id, kind).await.unwrap()
}

async fn create(store: &Store, actor: Actor, kind: ObjectKind, input: Json) -> Record {
    let customs = customs(store, actor, kind).await;
    let changes = Changes::parse(
        kind,
        &input,
        Mode::Create,
        &customs,
        &ParseContext::default(),
    )
    .unwrap();
    store
        .create_record(actor, kind, &changes, &customs)
        .await
        .unwrap()
}

async fn fill(store: &Store, actor: Actor) {
    let owner = actor.member_id.unwrap().to_string();
    let romashka = create(
        store,
        actor,
        ObjectKind::Company,
        json!({
            "name": "Ромашка", "domain": "romashka.ru", "other_domains": ["romashka.com", "ромашка.рф"],
            "industry": "Retail", "employees": 1200, "annual_revenue": "12500000.5",
            "phone": "+7 495 000-00-00", "street": "ул. Ленина, 1", "city": "Москва",
            "region": "Москва", "postal_code": "101000", "country": "Россия",
            "linkedin_url": "linkedin.com/company/romashka",
            "description": "Первая строка\nвторая, с \"кавычками\"; и точкой с запятой",
            "owner_id": owner, "tags": ["опт", "key account"],
            "custom": {"tier": "a", "founded": "1999-12-31"}
        }),
    )
    .await;
    let globex = create(
        store,
        actor,
        ObjectKind::Company,
        json!({"name": "=Globex", "domain": "globex.com", "annual_revenue": -0.5}),
    )
    .await;
    create(
        store,
        actor,
        ObjectKind::Person,
        json!({
            "first_name": "Анна", "last_name": "Иванова", "email": "anna@romashka.ru",
            "other_emails": ["a2@romashka.ru", "anna@gmail.com"],
            "phone": "8 916 123 45 67", "other_phones": ["+44 20 7946 0958"],
            "job_title": "=HYPERLINK(\"http://evil.example\")",
            "company_id": romashka.id.to_string(), "city": "Москва", "country": "Россия",
            "source": "Выставка; осень", "lifecycle_stage": "customer",
            "lead_status": "connected", "linkedin_url": "https://linkedin.com/in/anna",
            "owner_id": owner, "tags": ["vip", "ключевой клиент"],
            "custom": {
                "region": "ru", "score": 4.75, "vip": true, "budget": "-1250.05",
                "since": "2024-02-29", "channels": ["telegram", "Email"],
                "site": "https://romashka.ru/team?x=1", "backup": "ANNA@backup.ru",
                "hotline": "8 800 555-35-35", "note": "'quoted', @mention"
            }
        }),
    )
    .await;
    create(
        store,
        actor,
        ObjectKind::Person,
        json!({
            "first_name": "John", "last_name": "O'Brien", "email": "john@globex.com",
            "job_title": "- ex CEO", "source": "+cmd|' /C calc'!A0",
            "company_id": globex.id.to_string(), "custom": {"score": -3, "vip": false}
        }),
    )
    .await;
    create(
        store,
        actor,
        ObjectKind::Person,
        json!({"email": "only@example.com", "custom": {"score": 0.1}}),
    )
    .await;
}

async fn export_all(store: &Store, actor: Actor, kind: ObjectKind) -> (usize, String) {
    fn send<T: Send>(value: T) -> T {
        value
    }
    let mut out = Vec::new();
    let count = send(export(
        store,
        actor.workspace_id,
        kind,
        ListParams::default(),
        &ParseContext::default(),
        &mut out,
    ))
    .await
    .unwrap();
    (count, String::from_utf8(out).unwrap())
}

async fn import_csv(store: &Store, actor: Actor, kind: ObjectKind, csv: &str) -> ImportReport {
    import(
        store,
        actor,
        kind,
        csv.as_bytes(),
        &ImportOptions::default(),
    )
    .await
    .unwrap()
}

async fn all(store: &Store, actor: Actor, kind: ObjectKind) -> Vec<Record> {
    let params = ListParams {
        limit: Some("500"),
        ..Default::default()
    };
    let customs = customs(store, actor, kind).await;
    let query = ListQuery::parse(kind, &params, &customs, &ParseContext::default()).unwrap();
    store
        .list_records(actor.workspace_id, kind, &query)
        .await
        .unwrap()
        .records
}

/// Every field's value as the API shows it, keyed by `key`, without ids and references
/// (which cannot mean the same thing in another workspace).
async fn values(store: &Store, actor: Actor, kind: ObjectKind, key: &str) -> Vec<(String, Json)> {
    let customs = customs(store, actor, kind).await;
    let mut values: Vec<(String, Json)> = all(store, actor, kind)
        .await
        .iter()
        .map(|record| {
            let mut json = record.to_json(&customs, None);
            let object = json.as_object_mut().unwrap();
            for field in [
                "id",
                "version",
                "created_at",
                "updated_at",
                "created_by",
                "deleted_at",
                "company_id",
                "owner_id",
            ] {
                object.remove(field);
            }
            (
                record.get(key).as_text().unwrap_or_default().to_owned(),
                json,
            )
        })
        .collect();
    values.sort_by(|a, b| a.0.cmp(&b.0));
    values
}

async fn export_then_import_keeps_every_value(engine: Engine) {
    let db = TestDb::new(engine).await;
    let store = &db.store;
    let acme = workspace(store, "acme").await;
    define_custom_fields(store, acme).await;
    fill(store, acme).await;

    let (companies, companies_csv) = export_all(store, acme, ObjectKind::Company).await;
    let (people, people_csv) = export_all(store, acme, ObjectKind::Person).await;
    assert_eq!((companies, people), (2, 3));
    assert!(
        people_csv.starts_with("id,first_name,last_name,email,other_emails,phone,"),
        "{people_csv}"
    );
    assert!(people_csv.contains(",custom.region,custom.score,"));
    assert!(people_csv.contains("'=HYPERLINK"), "formulas are guarded");
    assert!(
        companies_csv.contains(",12500000.50,"),
        "money is a plain decimal"
    );

    // Into the same workspace: every row matches its record and changes nothing.
    let report = import_csv(store, acme, ObjectKind::Company, &companies_csv).await;
    assert_eq!(
        (report.unchanged, report.error_count, report.warning_count),
        (2, 0, 0),
        "{report:?}"
    );
    let report = import_csv(store, acme, ObjectKind::Person, &people_csv).await;
    assert_eq!(
        (report.unchanged, report.error_count, report.warning_count),
        (3, 0, 0),
        "{report:?}"
    );

    // Into another workspace: the same values, without the links its ids cannot carry.
    let globex = workspace(store, "globex").await;
    define_custom_fields(store, globex).await;
    let report = import_csv(store, globex, ObjectKind::Company, &companies_csv).await;
    assert_eq!((report.created, report.error_count), (2, 0), "{report:?}");
    let dropped: Vec<&str> = report.warnings.iter().map(|w| w.field.as_str()).collect();
    assert_eq!(dropped, ["owner_id"]);
    let report = import_csv(store, globex, ObjectKind::Person, &people_csv).await;
    assert_eq!((report.created, report.error_count), (3, 0), "{report:?}");
    assert_eq!(
        report.warning_count, 3,
        "two company links and an owner: {report:?}"
    );
    assert_eq!(
        values(store, globex, ObjectKind::Company, "domain").await,
        values(store, acme, ObjectKind::Company, "domain").await
    );
    assert_eq!(
        values(store, globex, ObjectKind::Person, "email").await,
        values(store, acme, ObjectKind::Person, "email").await
    );
    let (_, again) = export_all(store, globex, ObjectKind::Person).await;
    let strip = |csv: &str| -> Vec<Vec<String>> {
        let mut rows: Vec<Vec<String>> = csv::Reader::from_reader(csv.as_bytes())
            .records()
            .map(|r| r.unwrap().iter().skip(1).map(str::to_owned).collect())
            .collect();
        for row in &mut rows {
            row[7].clear(); // company_id
            row[14].clear(); // owner_id
        }
        rows.sort();
        rows
    };
    assert_eq!(
        strip(&again),
        strip(&people_csv),
        "the second export reads like the first"
    );
    db.drop().await;
}

async fn deals_export_and_read_back(engine: Engine) {
    let db = TestDb::new(engine).await;
    let store = &db.store;
    let acme = workspace(store, "acme").await;
    let company = create(store, acme, ObjectKind::Company, json!({"name": "Acme"})).await;
    let stages = &store.pipelines(acme.workspace_id).await.unwrap()[0].stages;
    create(
        store,
        acme,
        ObjectKind::Deal,
        json!({
            "name": "Big one", "amount": "125000.10", "currency": "eur",
            "stage_id": stages[4].id.to_string(), "expected_close_date": "2026-06-30",
            "company_id": company.id.to_string(), "tags": ["q2"]
        }),
    )
    .await;
    let (count, csv) = export_all(store, acme, ObjectKind::Deal).await;
    assert_eq!(count, 1);
    assert!(csv.contains(",125000.10,EUR,"), "{csv}");

    let report = import_csv(store, acme, ObjectKind::Deal, &csv).await;
    assert_eq!(
        (report.created, report.error_count, report.warning_count),
        (1, 0, 0),
        "{report:?}"
    );
    let deals = all(store, acme, ObjectKind::Deal).await;
    assert_eq!(deals.len(), 2);
    assert_eq!(
        deals[0].get("stage_id"),
        deals[1].get("stage_id"),
        "the won stage, again"
    );
    assert_eq!(deals[0].get("company_id"), deals[1].get("company_id"));
    assert_eq!(deals[0].get("amount"), deals[1].get("amount"));
    db.drop().await;
}

async fn export_streams_every_page(engine: Engine) {
    let db = TestDb::new(engine).await;
    let store = &db.store;
    let acme = workspace(store, "acme").await;
    let items: Vec<BatchItem> = (0..1_234)
        .map(|i| {
            let city = if i % 3 == 0 { "Moscow" } else { "Kazan" };
            let input = json!({"first_name": format!("P{i}"), "email": format!("p{i}@example.com"), "city": city});
            BatchItem {
                id: None,
                version: None,
                changes: Changes::parse(ObjectKind::Person, &input, Mode::Patch, &[], &ParseContext::default()).unwrap(),
            }
        })
        .collect();
    for chunk in items.chunks(1_000) {
        store
            .batch(
                acme,
                ObjectKind::Person,
                BatchMode::Create,
                chunk.to_vec(),
                &[],
            )
            .await
            .unwrap();
    }
    let (count, csv) = export_all(store, acme, ObjectKind::Person).await;
    assert_eq!(count, 1_234);
    let ids: HashSet<String> = csv::Reader::from_reader(csv.as_bytes())
        .records()
        .map(|r| r.unwrap()[0].to_owned())
        .collect();
    assert_eq!(ids.len(), 1_234, "no record twice, none missing");

    let mut out = Vec::new();
    let params = ListParams {
        filter: Some("city eq Moscow"),
        fields: Some("first_name,email"),
        ..Default::default()
    };
    let count = export(
        store,
        acme.workspace_id,
        ObjectKind::Person,
        params,
        &ParseContext::default(),
        &mut out,
    )
    .await
    .unwrap();
    assert_eq!(count, 412);
    let text = String::from_utf8(out).unwrap();
    assert_eq!(text.lines().next(), Some("id,first_name,email"));
    assert!(text.lines().any(|l| l.ends_with(",P0,p0@example.com")));

    let refused = export(
        store,
        acme.workspace_id,
        ObjectKind::Person,
        ListParams {
            filter: Some("nme eq x"),
            ..Default::default()
        },
        &ParseContext::default(),
        Vec::new(),
    )
    .await;
    assert!(refused.unwrap_err().to_string().contains("nme"));
    db.drop().await;
}

both_engines!(
    export_then_import_keeps_every_value,
    deals_export_and_read_back,
    export_streams_every_page,
);
