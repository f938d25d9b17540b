//! Pages the binary serves itself: the start page (until the web app is embedded) and the
//! API reference, which renders `/api/openapi.json` with no outside assets.

use axum::response::Html;

pub async fn index() -> Html<&'static str> {
    Html(include_str!("../assets/index.html"))
}

pub async fn reference() -> Html<&'static str> {
    Html(include_str!("../assets/reference.html"))
}
