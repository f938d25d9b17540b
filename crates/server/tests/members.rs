//! Members and invitations over HTTP, and the authorization matrix: every route of the
//! route table, called by every role and by nobody, is allowed or refused as it declares.

mod common;

use common::{TestApp, client_with, session_headers};
use relata_domain::role::Role;
use relata_server::extract::RouteAccess;
use relata_testkit::{Engine, both_engines};
use reqwest::{Method, StatusCode};
use serde_json::json;

async fn an_invitation_is_accepted_once_with_its_role(engine: Engine) {
    let app = TestApp::start(engine).await;
    let invited = app
        .post(
            "/api/v1/invitations",
            json!({"email": "Mulder@Acme.test", "role": "member"}),
        )
        .await;
    assert_eq!(invited.status, StatusCode::CREATED, "{}", invited.body);
    let token = invited.body["token"].as_str().unwrap().to_owned();
    assert_eq!(invited.body["path"], format!("/invite/{token}"));
    let listed = app.get("/api/v1/invitations").await;
    assert!(
        listed.body["data"][0].get("token").is_none(),
        "the token is shown only once"
    );

    let anonymous = app.with_client(reqwest::Client::new());
    let lookup = anonymous
        .get(&format!("/api/v1/invitation?token={token}"))
        .await;
    assert_eq!(lookup.body["email"], "mulder@acme.test", "{}", lookup.body);
    assert_eq!(lookup.body["existing_account"], false);
    let weak = json!({"token": token, "name": "Fox", "password": "short"});
    anonymous
        .post("/api/v1/invitation/accept", weak)
        .await
        .assert_problem(422, "password");

    let accept = json!({"token": token, "name": "Fox Mulder", "password": "i want to believe"});
    let joined = anonymous
        .post("/api/v1/invitation/accept", accept.clone())
        .await;
    assert_eq!(joined.status, StatusCode::CREATED, "{}", joined.body);
    assert_eq!(joined.body["role"], "member");
    let mulder = app.with_client(client_with(&session_headers(&joined)));
    let person = mulder
        .post("/api/v1/people", json!({"first_name": "Dana"}))
        .await;
    assert_eq!(person.status, StatusCode::CREATED, "members create records");
    mulder
        .post("/api/v1/pipelines", json!({"name": "X", "stages": []}))
        .await
        .assert_problem_status(403);
    anonymous
        .post("/api/v1/invitation/accept", accept)
        .await
        .assert_problem_status(404);
    let members = app.get("/api/v1/members").await.body["data"]
        .as_array()
        .unwrap()
        .len();
    assert_eq!(members, 2);
    app.stop().await;
}

async fn roles_change_within_the_rules(engine: Engine) {
    let app = TestApp::start(engine).await;
    let admin = app.with_client(app.join_as("admin", "skinner@acme.test").await);
    let viewer = app.with_client(app.join_as("viewer", "frohike@acme.test").await);
    let members = app.get("/api/v1/members").await.body["data"].clone();
    let id_of = |email: &str| {
        members
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["email"] == email)
            .unwrap()["id"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let (owner_id, viewer_id) = (id_of("owner@acme.test"), id_of("frohike@acme.test"));

    viewer
        .post("/api/v1/people", json!({"first_name": "X"}))
        .await
        .assert_problem_status(403);
    assert_eq!(viewer.get("/api/v1/people").await.status, StatusCode::OK);
    let path = format!("/api/v1/members/{viewer_id}");
    let promoted = admin
        .request(Method::PATCH, &path, Some(json!({"role": "member"})), &[])
        .await;
    assert_eq!(promoted.body["role"], "member", "{}", promoted.body);
    assert_eq!(
        viewer
            .post("/api/v1/people", json!({"first_name": "X"}))
            .await
            .status,
        StatusCode::CREATED,
        "a new role applies at once"
    );
    let to_owner = admin
        .request(Method::PATCH, &path, Some(json!({"role": "owner"})), &[])
        .await;
    to_owner.assert_problem_status(403);
    let demote_self = app
        .request(
            Method::PATCH,
            &format!("/api/v1/members/{owner_id}"),
            Some(json!({"role": "admin"})),
            &[],
        )
        .await;
    demote_self.assert_problem_status(403);
    admin
        .delete(&format!("/api/v1/members/{owner_id}"))
        .await
        .assert_problem_status(403);

    assert_eq!(admin.delete(&path).await.status, StatusCode::NO_CONTENT);
    viewer
        .get("/api/v1/people")
        .await
        .assert_problem_status(401);
    app.stop().await;
}

/// A path with every `{param}` filled: ids with a fresh UUID, other keys with a word.
fn concrete(path: &str) -> String {
    path.split('/')
        .map(|segment| match segment {
            "{id}" | "{person_id}" => uuid::Uuid::now_v7().to_string(),
            s if s.starts_with('{') => "unknown".to_owned(),
            s => s.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("/")
}

async fn every_route_allows_exactly_the_roles_it_declares(engine: Engine) {
    let app = TestApp::start(engine).await;
    let callers = [
        (
            Some(Role::Admin),
            app.with_client(app.join_as("admin", "a@acme.test").await),
        ),
        (
            Some(Role::Member),
            app.with_client(app.join_as("member", "m@acme.test").await),
        ),
        (
            Some(Role::Viewer),
            app.with_client(app.join_as("viewer", "v@acme.test").await),
        ),
        (None, app.with_client(reqwest::Client::new())),
    ];
    let mut checked = 0;
    for route in relata_server::routes::routes() {
        // Signing out would end the session the next routes use.
        if route.path.ends_with("/session") || route.path.ends_with("/sessions") {
            continue;
        }
        let path = concrete(&route.path);
        let body = (route.method != Method::GET).then(|| json!({}));
        for (role, caller) in &callers {
            let reply = caller
                .request(
                    route.method.clone(),
                    &path,
                    body.clone(),
                    &[("if-match", "1")],
                )
                .await;
            let status = reply.status.as_u16();
            let allowed = match (route.access(), role) {
                (RouteAccess::Public, _) => true,
                (RouteAccess::Role(needed), Some(role)) => role.at_least(needed),
                (RouteAccess::Role(_), None) => false,
            };
            let what = format!(
                "{} {} as {role:?}: {status} {}",
                route.method, route.path, reply.body
            );
            if allowed {
                assert!(status != 401 && status != 403, "should be allowed: {what}");
            } else if role.is_none() {
                assert_eq!(status, 401, "should need sign-in: {what}");
            } else {
                assert_eq!(status, 403, "should be refused: {what}");
            }
            checked += 1;
        }
    }
    assert!(checked > 200, "only {checked} calls checked");
    app.stop().await;
}

both_engines!(
    an_invitation_is_accepted_once_with_its_role,
    roles_change_within_the_rules,
    every_route_allows_exactly_the_roles_it_declares,
);

/// A second workspace on the same server sees none of the first one's records.
async fn workspaces_never_see_each_other(engine: Engine) {
    let app = TestApp::start(engine).await;
    let other = app.other_workspace().await;

    let company = app
        .post(
            "/api/v1/companies",
            json!({"name": "Secret Co", "domain": "secret.example"}),
        )
        .await;
    let person = app
        .post("/api/v1/people", json!({"first_name": "Hidden", "email": "hidden@secret.example", "company_id": company.id()}))
        .await;
    let pipeline = app.get("/api/v1/pipelines").await.body["data"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    for path in [
        format!("/api/v1/people/{}", person.id()),
        format!("/api/v1/people/{}/timeline", person.id()),
        format!("/api/v1/companies/{}", company.id()),
        format!("/api/v1/pipelines/{pipeline}"),
        format!("/api/v1/pipelines/{pipeline}/board"),
    ] {
        other.get(&path).await.assert_problem_status(404);
    }
    other
        .patch(
            &format!("/api/v1/people/{}", person.id()),
            1,
            json!({"first_name": "Mine"}),
        )
        .await
        .assert_problem_status(404);
    other
        .delete(&format!("/api/v1/companies/{}", company.id()))
        .await
        .assert_problem_status(404);
    let linked = other
        .post(
            "/api/v1/people",
            json!({"first_name": "X", "company_id": company.id()}),
        )
        .await;
    linked.assert_problem(422, "company_id");
    assert_eq!(other.get("/api/v1/people").await.body["data"], json!([]));
    assert_eq!(
        other.get("/api/v1/search?q=hidden").await.body["data"],
        json!([])
    );
    assert_eq!(
        other.get("/api/v1/members").await.body["data"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        app.get(&format!("/api/v1/people/{}", person.id()))
            .await
            .body["first_name"],
        "Hidden"
    );
    app.stop().await;
}

/// A removed member who is invited again keeps their account and proves it with its
/// password; a second invitation to the same email replaces the first.
async fn a_returning_member_signs_in_with_their_password(engine: Engine) {
    let app = TestApp::start(engine).await;
    app.join_as("member", "doggett@acme.test").await;
    let members = app.get("/api/v1/members").await.body["data"].clone();
    let id = members
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["email"] == "doggett@acme.test")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(
        app.delete(&format!("/api/v1/members/{id}")).await.status,
        StatusCode::NO_CONTENT
    );

    let invite = json!({"email": "doggett@acme.test", "role": "viewer"});
    let first = app.post("/api/v1/invitations", invite.clone()).await;
    let second = app.post("/api/v1/invitations", invite).await;
    assert_eq!(
        app.get("/api/v1/invitations").await.body["data"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let anonymous = app.with_client(reqwest::Client::new());
    let stale = format!(
        "/api/v1/invitation?token={}",
        first.body["token"].as_str().unwrap()
    );
    anonymous.get(&stale).await.assert_problem_status(404);
    let token = second.body["token"].as_str().unwrap();
    let lookup = anonymous
        .get(&format!("/api/v1/invitation?token={token}"))
        .await;
    assert_eq!(lookup.body["existing_account"], true, "{}", lookup.body);
    let wrong = json!({"token": token, "password": "not my password"});
    anonymous
        .post("/api/v1/invitation/accept", wrong)
        .await
        .assert_problem(422, "password");
    let back = json!({"token": token, "password": "a long password"});
    let joined = anonymous.post("/api/v1/invitation/accept", back).await;
    assert_eq!(joined.status, StatusCode::CREATED, "{}", joined.body);
    assert_eq!(joined.body["role"], "viewer");
    app.stop().await;
}

both_engines!(
    workspaces_never_see_each_other,
    a_returning_member_signs_in_with_their_password,
);
