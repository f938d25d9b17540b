//! CSV import against a real store, on SQLite and PostgreSQL alike.

use relata_domain::custom_field::CustomFieldInput;
use relata_domain::pipeline::{PipelineInput, StageInput};
use relata_domain::query::{ListParams, ListQuery};
use relata_domain::record::Mode;
use relata_domain::schema::ParseContext;
use relata_domain::{Changes, ObjectKind, Record, Value};
use relata_store::{Actor, Store};
use relata_testkit::{Engine, TestDb, both_engines};
use relata_transfer::{ImportOptions, ImportReport, RowError, import};
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

async fn create(store: &Store, actor: Actor, kind: ObjectKind, input: serde_json::Value) -> Record {
    let changes =
        Changes::parse(kind, &input, Mode::Create, &[], &ParseContext::default()).unwrap();
    store
        .create_record(actor, kind, &changes, &[])
        .await
        .unwrap()
}

async fn all(store: &Store, actor: Actor, kind: ObjectKind) -> Vec<Record> {
    let params = ListParams {
        sort: Some("created_at"),
        limit: Some("500"),
        ..Default::default()
    };
    let customs = store.custom_fields(actor.workspace_id, kind).await.unwrap();
    let query = ListQuery::parse(kind, &params, &customs, &ParseContext::default()).unwrap();
    store
        .list_records(actor.workspace_id, kind, &query)
        .await
        .unwrap()
        .records
}

/// Compiles only if the value is `Send`: the HTTP API runs imports in its handlers.
fn send<T: Send>(value: T) -> T {
    value
}

async fn run(
    store: &Store,
    actor: Actor,
    kind: ObjectKind,
    csv: &str,
    options: &ImportOptions,
) -> ImportReport {
    send(import(store, actor, kind, csv.as_bytes(), options))
        .await
        .unwrap()
}

fn by_email<'a>(people: &'a [Record], email: &str) -> &'a Record {
    people
        .iter()
        .find(|p| p.get("email").as_text() == Some(email))
        .unwrap_or_else(|| panic!("no person with email {email}"))
}

fn text<'a>(record: &'a Record, field: &str) -> Option<&'a str> {
    record.get(field).as_text()
}

fn lines(errors: &[RowError]) -> Vec<(u64, &str)> {
    errors.iter().map(|e| (e.line, e.field.as_str())).collect()
}

async fn russian_people_link_and_create_companies(engine: Engine) {
    let db = TestDb::new(engine).await;
    let actor = workspace(&db.store, "acme").await;
    let romashka = create(
        &db.store,
        actor,
        ObjectKind::Company,
        json!({"name": "Ромашка", "domain": "romashka.ru"}),
    )
    .await;
    let acme = create(
        &db.store,
        actor,
        ObjectKind::Company,
        json!({"name": "Acme"}),
    )
    .await;
    let csv = "\u{feff}Имя;Фамилия;Эл. почта;Телефон;Организация;Должность;Примечание\r\n\
               Анна;Иванова;Anna@Romashka.ru;8 916 123-45-67;ромашка;Директор;\r\n\
               Борис;Петров;boris@acme.com;;ACME;CTO;\r\n\
               Вера;Сидорова;vera@new.ru;;Новая Компания;;VIP\r\n\
               Глеб;;gleb@new.ru;;новая компания;;\r\n\
               Дмитрий;;dima@site.ru;;https://www.romashka.ru/about;;\r\n";
    let report = run(
        &db.store,
        actor,
        ObjectKind::Person,
        csv,
        &ImportOptions::default(),
    )
    .await;
    assert_eq!(report.errors, []);
    assert_eq!(
        (report.rows, report.created, report.companies_created),
        (5, 5, 1)
    );
    assert_eq!(
        lines(&report.warnings),
        [(1, "Примечание")],
        "the unknown column is reported, once"
    );

    let people = all(&db.store, actor, ObjectKind::Person).await;
    let anna = by_email(&people, "anna@romashka.ru");
    assert_eq!(text(anna, "first_name"), Some("Анна"));
    assert_eq!(text(anna, "job_title"), Some("Директор"));
    assert_eq!(text(anna, "phone"), Some("+79161234567"));
    let company = |email: &str| by_email(&people, email).get("company_id").as_id();
    assert_eq!(
        company("anna@romashka.ru"),
        Some(romashka.id),
        "by name, any case"
    );
    assert_eq!(company("dima@site.ru"), Some(romashka.id), "by domain");
    assert_eq!(company("boris@acme.com"), Some(acme.id));
    let created = company("vera@new.ru").expect("a company was created");
    assert_eq!(
        company("gleb@new.ru"),
        Some(created),
        "and reused for the next row"
    );

    let companies = all(&db.store, actor, ObjectKind::Company).await;
    assert_eq!(companies.len(), 3);
    let new = companies.iter().find(|c| c.id == created).unwrap();
    assert_eq!(text(new, "name"), Some("Новая Компания"));
    db.drop().await;
}

async fn bad_rows_are_reported_at_their_line(engine: Engine) {
    let db = TestDb::new(engine).await;
    let actor = workspace(&db.store, "acme").await;
    let csv = "first_name,last_name,email,job_title\n\
               Anna,Ivanova,anna@example.com,\"Head of\n\
               sales, \"\"EMEA\"\"\"\n\
               Ben,,not-an-email,CTO\n\
               \n\
               Cleo,,cleo@example.com,\n\
               ,,,Nobody\n";
    let report = run(
        &db.store,
        actor,
        ObjectKind::Person,
        csv,
        &ImportOptions::default(),
    )
    .await;
    assert_eq!((report.rows, report.created, report.skipped), (4, 2, 2));
    assert_eq!(lines(&report.errors), [(4, "email"), (7, "first_name")]);
    assert!(report.errors[0].message.contains("not-an-email"));
    let people = all(&db.store, actor, ObjectKind::Person).await;
    assert_eq!(
        text(by_email(&people, "anna@example.com"), "job_title"),
        Some("Head of\nsales, \"EMEA\"")
    );
    db.drop().await;
}

async fn rows_the_store_refuses_are_isolated(engine: Engine) {
    let db = TestDb::new(engine).await;
    let actor = workspace(&db.store, "acme").await;
    let sales = db
        .store
        .pipelines(actor.workspace_id)
        .await
        .unwrap()
        .remove(0);
    let stage = |name: &str| StageInput {
        id: None,
        name: name.into(),
        probability: None,
        kind: None,
    };
    let partners = db
        .store
        .create_pipeline(
            actor.workspace_id,
            PipelineInput {
                name: "Partners".into(),
                stages: vec![stage("Intro"), stage("Pilot")],
            },
        )
        .await
        .unwrap();
    // Line 3 names a stage of another pipeline: only the store can tell, so the chunk is
    // refused and retried without that row. Line 5 names an unknown stage by name.
    let csv = format!(
        "Deal name,Amount,Pipeline,Stage,pipeline_id,stage_id\n\
         First,\"1 000,50\",Partners,pilot,,\n\
         Mixed up,10,,,{sales},{pilot}\n\
         Third,20,,Proposal,,\n\
         Fourth,30,Partners,Negotiation,,\n\
         Fifth,40,,,,{intro}\n",
        sales = sales.id,
        pilot = partners.stages[1].id,
        intro = partners.stages[0].id,
    );
    let report = run(
        &db.store,
        actor,
        ObjectKind::Deal,
        &csv,
        &ImportOptions::default(),
    )
    .await;
    assert_eq!(lines(&report.errors), [(5, "stage"), (3, "stage_id")]);
    assert_eq!((report.created, report.skipped), (3, 2));
    let deals = all(&db.store, actor, ObjectKind::Deal).await;
    let deal = |name: &str| {
        deals
            .iter()
            .find(|d| text(d, "name") == Some(name))
            .unwrap()
    };
    assert_eq!(
        deal("First").get("stage_id").as_id(),
        Some(partners.stages[1].id)
    );
    assert_eq!(deal("First").get("amount"), &Value::Int(100_050));
    assert_eq!(deal("Third").get("pipeline_id").as_id(), Some(sales.id));
    assert_eq!(
        deal("Third").get("stage_id").as_id(),
        Some(sales.stages[2].id)
    );
    assert_eq!(
        deal("Fifth").get("pipeline_id").as_id(),
        Some(partners.id),
        "a stage id brings its pipeline"
    );
    db.drop().await;
}

/// A file with a bit of everything: new, changed, unchanged, bad and repeated rows, a new
/// company and an existing one.
async fn mixed_file(store: &Store, actor: Actor) -> String {
    create(
        store,
        actor,
        ObjectKind::Person,
        json!({"first_name": "Kept", "email": "kept@example.com"}),
    )
    .await;
    create(
        store,
        actor,
        ObjectKind::Person,
        json!({"first_name": "Old", "email": "changed@example.com"}),
    )
    .await;
    create(store, actor, ObjectKind::Company, json!({"name": "Globex"})).await;
    "first_name,email,company,lifecycle_stage\n\
     Kept,kept@example.com,,\n\
     New,changed@example.com,,customer\n\
     Fresh,fresh@example.com,Initech,lead\n\
     Bad,bad@example.com,,vip\n\
     Again,FRESH@example.com,,\n\
     Linked,linked@example.com,globex,\n"
        .to_owned()
}

async fn dry_run_reports_what_the_import_does(engine: Engine) {
    let db = TestDb::new(engine).await;
    let actor = workspace(&db.store, "acme").await;
    let csv = mixed_file(&db.store, actor).await;
    let before = (
        all(&db.store, actor, ObjectKind::Person).await,
        all(&db.store, actor, ObjectKind::Company).await,
    );
    let dry = ImportOptions {
        dry_run: true,
        ..ImportOptions::default()
    };
    let preview = run(&db.store, actor, ObjectKind::Person, &csv, &dry).await;
    let after_dry_run = (
        all(&db.store, actor, ObjectKind::Person).await,
        all(&db.store, actor, ObjectKind::Company).await,
    );
    assert_eq!(before, after_dry_run, "a dry run writes nothing");

    let report = run(
        &db.store,
        actor,
        ObjectKind::Person,
        &csv,
        &ImportOptions::default(),
    )
    .await;
    assert!(preview.dry_run && !report.dry_run);
    assert_eq!(
        ImportReport {
            dry_run: false,
            ..preview
        },
        report
    );
    assert_eq!(
        (
            report.rows,
            report.created,
            report.updated,
            report.unchanged,
            report.skipped
        ),
        (6, 2, 1, 1, 2)
    );
    assert_eq!(report.companies_created, 1);
    assert_eq!(
        lines(&report.errors),
        [(5, "lifecycle_stage"), (6, "email")]
    );
    let people = all(&db.store, actor, ObjectKind::Person).await;
    assert_eq!(people.len(), 4);
    assert_eq!(
        text(by_email(&people, "changed@example.com"), "first_name"),
        Some("New")
    );
    db.drop().await;
}

async fn duplicate_keys_in_one_file_are_skipped(engine: Engine) {
    let db = TestDb::new(engine).await;
    let actor = workspace(&db.store, "acme").await;
    let people = "Full name,E-mail\n\
                  Ann Lee,ann@example.com\n\
                  Bob Stone,bob@example.com\n\
                  Ann Again,ANN@Example.com\n\
                  No Email,\n\
                  No Email,\n";
    let report = run(
        &db.store,
        actor,
        ObjectKind::Person,
        people,
        &ImportOptions::default(),
    )
    .await;
    assert_eq!(
        (report.created, report.duplicates, report.skipped),
        (4, 1, 1)
    );
    assert_eq!(lines(&report.errors), [(4, "email")]);
    assert!(
        report.errors[0].message.contains("line 2"),
        "{}",
        report.errors[0].message
    );
    let stored = all(&db.store, actor, ObjectKind::Person).await;
    let ann = by_email(&stored, "ann@example.com");
    assert_eq!(
        (text(ann, "first_name"), text(ann, "last_name")),
        (Some("Ann"), Some("Lee"))
    );

    let companies = "Company,Website\nAcme,acme.com\nAcme Inc,https://www.acme.com/\n";
    let report = run(
        &db.store,
        actor,
        ObjectKind::Company,
        companies,
        &ImportOptions::default(),
    )
    .await;
    assert_eq!((report.created, report.duplicates), (1, 1));
    assert_eq!(lines(&report.errors), [(3, "domain")]);
    db.drop().await;
}

async fn importing_the_same_file_again_changes_nothing(engine: Engine) {
    let db = TestDb::new(engine).await;
    let actor = workspace(&db.store, "acme").await;
    db.store
        .create_custom_field(
            actor.workspace_id,
            ObjectKind::Person,
            CustomFieldInput {
                key: "budget".into(),
                label: Some("Бюджет".into()),
                kind: "money".into(),
                options: vec![],
                required: false,
            },
        )
        .await
        .unwrap();
    let companies = "Название;Сайт;Сотрудники;Выручка\n\
                     Ромашка;romashka.ru;1 200;\"12 500 000,50\"\n\
                     Globex;globex.com;;\n";
    let people = "ФИО;Почта;Мобильный;Компания;Теги;Бюджет\n\
                  Иванов Иван Иванович;ivan@romashka.ru;+7 916 000-00-01;Ромашка;vip, ключевой;\"1 000,5\"\n\
                  Петрова Мария;maria@globex.com;;globex.com;;\n\
                  ;only@email.com;;Новая;;\n";
    let options = ImportOptions::default();
    let first = run(&db.store, actor, ObjectKind::Company, companies, &options).await;
    assert_eq!(
        (first.created, first.errors.len()),
        (2, 0),
        "{:?}",
        first.errors
    );
    let first = run(&db.store, actor, ObjectKind::Person, people, &options).await;
    assert_eq!((first.created, first.companies_created), (3, 1));
    assert_eq!(first.errors, []);

    let again = run(&db.store, actor, ObjectKind::Company, companies, &options).await;
    assert_eq!((again.created, again.updated, again.unchanged), (0, 0, 2));
    let again = run(&db.store, actor, ObjectKind::Person, people, &options).await;
    assert_eq!(
        (
            again.created,
            again.updated,
            again.unchanged,
            again.companies_created
        ),
        (0, 0, 3, 0)
    );
    let stored = all(&db.store, actor, ObjectKind::Person).await;
    assert_eq!(stored.len(), 3);
    let ivan = by_email(&stored, "ivan@romashka.ru");
    assert_eq!(text(ivan, "last_name"), Some("Иванов"));
    assert_eq!(
        ivan.get("tags"),
        &Value::List(vec!["vip".into(), "ключевой".into()])
    );
    assert_eq!(ivan.custom.get("budget"), Some(&json!(100_050)));
    assert_eq!(ivan.version, 1);
    db.drop().await;
}

async fn large_files_import_in_chunks(engine: Engine) {
    let db = TestDb::new(engine).await;
    let actor = workspace(&db.store, "acme").await;
    let mut csv = String::from("first_name,email\n");
    for i in 0..2_500 {
        let email = match i {
            1_700 => "broken".to_owned(),
            2_400 => "p10@example.com".to_owned(),
            _ => format!("p{i}@example.com"),
        };
        csv.push_str(&format!("P{i},{email}\n"));
    }
    let report = run(
        &db.store,
        actor,
        ObjectKind::Person,
        &csv,
        &ImportOptions::default(),
    )
    .await;
    assert_eq!(
        (report.rows, report.created, report.skipped),
        (2_500, 2_498, 2)
    );
    assert_eq!(lines(&report.errors), [(1_702, "email"), (2_402, "email")]);
    assert!(report.errors[1].message.contains("line 12"));
    db.drop().await;
}

both_engines!(
    russian_people_link_and_create_companies,
    bad_rows_are_reported_at_their_line,
    rows_the_store_refuses_are_isolated,
    dry_run_reports_what_the_import_does,
    duplicate_keys_in_one_file_are_skipped,
    importing_the_same_file_again_changes_nothing,
    large_files_import_in_chunks,
);
