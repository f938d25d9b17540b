//! Reading requests: JSON bodies with precise errors, the acting workspace member, and the
//! version a write is based on.

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{HeaderMap, Method, header};
use relata_domain::role::Role;
use relata_domain::schema::ParseContext;
use relata_store::Actor;
use serde::de::DeserializeOwned;

use crate::auth::{CSRF_HEADER, same_secret};
use std::collections::HashMap;

use relata_domain::{FieldError, ValidationErrors};

use crate::problem::{ApiError, ApiResult};
use crate::state::AppState;

/// No request of this API nests deeper; deeper bodies are refused before parsing, so a
/// crafted body cannot make the parser work hard.
const MAX_JSON_DEPTH: usize = 32;

/// The nesting depth of `bytes` if it goes past [`MAX_JSON_DEPTH`] (brackets inside strings
/// do not count).
fn too_deep(bytes: &[u8]) -> Option<usize> {
    let (mut depth, mut deepest, mut in_string, mut escaped) = (0usize, 0usize, false, false);
    for &byte in bytes {
        if in_string {
            match (escaped, byte) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    (deepest > MAX_JSON_DEPTH).then_some(deepest)
}

/// A JSON body. Wrong content types, oversize bodies and malformed JSON each get their own
/// clear problem, with the line and column of a syntax error.
pub struct JsonBody(pub serde_json::Value);

impl FromRequest<AppState> for JsonBody {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let is_json = request
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/json") || v.contains("+json"));
        if !is_json {
            return Err(ApiError::UnsupportedMediaType);
        }
        let limit = state.config.max_body_bytes;
        let bytes = Bytes::from_request(request, state).await.map_err(|_| {
            ApiError::PayloadTooLarge(format!(
                "the body is larger than {} KB; send fewer records per request",
                limit / 1024
            ))
        })?;
        if let Some(depth) = too_deep(&bytes) {
            return Err(ApiError::bad_request(
                "",
                format!(
                    "the JSON is nested {depth} levels deep; at most {MAX_JSON_DEPTH} are accepted"
                ),
            ));
        }
        serde_json::from_slice(&bytes).map(JsonBody).map_err(|e| {
            let message = format!("the body is not valid JSON: {e}");
            ApiError::BadRequest {
                detail: message.clone(),
                errors: vec![relata_domain::FieldError::new("", message)],
            }
        })
    }
}

impl JsonBody {
    /// Deserializes into a typed input, naming the path of the first bad field.
    pub fn parse<T: DeserializeOwned>(self) -> Result<T, ApiError> {
        serde_path_to_error::deserialize(self.0).map_err(|e| {
            let path = e.path().to_string();
            let field = if path == "." { String::new() } else { path };
            let message = e.into_inner().to_string();
            ApiError::Invalid(relata_domain::ValidationErrors::one(field, message))
        })
    }
}

/// Who is acting: the member behind the request's session, in their workspace.
#[derive(Debug, Clone)]
pub struct Principal {
    pub actor: Actor,
    /// The workspace's settings for reading values (phone country code, …).
    pub ctx: ParseContext,
    pub user_id: uuid::Uuid,
    pub role: Role,
    /// How the request proved who it is: `session` or `api_key`.
    pub via: &'static str,
    /// Whose request budget this is: the member, or the API key.
    pub caller: String,
}

impl Principal {
    /// Authenticates a request by its API key (`Authorization: Bearer`) or its session
    /// cookie. Cookie-authenticated writes must also carry the session's CSRF token in
    /// `X-CSRF-Token`: another site can make a browser send the cookie, but cannot read the
    /// token. What the role may do is the route's business ([`RouteAccess`]).
    pub async fn from_headers(
        state: &AppState,
        method: &Method,
        headers: &HeaderMap,
    ) -> Result<Principal, ApiError> {
        if let Some(key) = bearer_token(headers)? {
            return crate::api_keys::authenticate(state, key).await;
        }
        let session = crate::session::authenticate(state, headers).await?;
        // A role this build does not know gets the least power.
        let role = Role::parse(&session.role).unwrap_or(Role::Viewer);
        if !method.is_safe() {
            let sent = headers
                .get(CSRF_HEADER)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default();
            if !same_secret(sent, &session.csrf_token) {
                return Err(ApiError::Forbidden(
                    "the request lacks this session's X-CSRF-Token header; reload the page and try again".into(),
                ));
            }
        }
        Ok(Principal {
            actor: Actor {
                workspace_id: session.workspace_id,
                member_id: Some(session.member_id),
            },
            ctx: session.settings.parse_context(),
            user_id: session.user_id,
            role,
            via: "session",
            caller: format!("member:{}", session.member_id),
        })
    }
}

impl Principal {
    /// Refuses API keys for what only a person signed in may do (their password, their
    /// second factor).
    pub fn require_session(&self) -> Result<(), ApiError> {
        if self.via == "session" {
            Ok(())
        } else {
            Err(ApiError::Forbidden(
                "this is for a person signed in, not an API key".into(),
            ))
        }
    }

    /// Who a fresh session for this principal would be.
    pub fn session_owner(&self) -> crate::session::SessionOwner {
        crate::session::SessionOwner {
            user_id: self.user_id,
            member_id: self.actor.member_id.unwrap_or_default(),
            workspace_id: self.actor.workspace_id,
        }
    }
}

impl FromRequestParts<AppState> for Principal {
    type Rejection = ApiError;

    /// The principal the route's access check found, or (outside the route table) a fresh
    /// authentication.
    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        if let Some(principal) = parts.extensions.get::<Principal>() {
            return Ok(principal.clone());
        }
        Principal::from_headers(state, &parts.method, &parts.headers).await
    }
}

/// The token of an `Authorization: Bearer …` header, if one was sent.
fn bearer_token(headers: &HeaderMap) -> Result<Option<&str>, ApiError> {
    let Some(value) = headers.get(header::AUTHORIZATION) else {
        return Ok(None);
    };
    value
        .to_str()
        .ok()
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(|token| Some(token.trim()))
        .ok_or_else(|| {
            ApiError::Unauthenticated("send the API key as \"Authorization: Bearer <key>\"".into())
        })
}

/// Who may call a route. Every route in the table names one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RouteAccess {
    /// No sign-in: health, set-up, sign-in.
    Public,
    /// Any member with at least this role.
    Role(Role),
}

impl RouteAccess {
    /// Checks a request against this access: authenticates it (unless an earlier layer
    /// did, as idempotency does) and compares the role, returning the principal for the
    /// handler.
    pub async fn check(
        self,
        state: &AppState,
        method: &Method,
        headers: &HeaderMap,
        known: Option<Principal>,
    ) -> Result<Option<Principal>, ApiError> {
        let RouteAccess::Role(needed) = self else {
            return Ok(None);
        };
        let principal = match known {
            Some(principal) => principal,
            None => Principal::from_headers(state, method, headers).await?,
        };
        if !principal.role.at_least(needed) {
            return Err(ApiError::Forbidden(format!(
                "this needs the {needed} role or higher; you are {}",
                principal.role
            )));
        }
        Ok(Some(principal))
    }
}

/// The client's address, as far as it can be told (see [`crate::session::client_ip`]).
pub struct ClientIp(pub Option<String>);

impl<S: Send + Sync> FromRequestParts<S> for ClientIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(ClientIp(crate::session::client_ip(
            &parts.extensions,
            &parts.headers,
        )))
    }
}

/// Refuses query parameters the endpoint does not know, so a typo is never silently ignored.
pub fn only_params(params: &HashMap<String, String>, known: &[&str]) -> ApiResult<()> {
    let mut errors = ValidationErrors::default();
    for name in params.keys().filter(|k| !known.contains(&k.as_str())) {
        errors.push(FieldError::new(
            name,
            format!("is not a parameter here; known: {}", known.join(", ")),
        ));
    }
    errors.into_result(()).map_err(|e| ApiError::BadRequest {
        detail: e.to_string(),
        errors: e.0,
    })
}

/// A whole-number query parameter within `range`, or `default` when absent.
pub fn bounded_number(
    params: &HashMap<String, String>,
    name: &str,
    range: std::ops::RangeInclusive<i64>,
    default: i64,
) -> ApiResult<i64> {
    let Some(text) = params.get(name) else {
        return Ok(default);
    };
    text.trim()
        .parse::<i64>()
        .ok()
        .filter(|n| range.contains(n))
        .ok_or_else(|| {
            ApiError::invalid(
                name,
                format!(
                    "must be a whole number from {} to {}",
                    range.start(),
                    range.end()
                ),
            )
        })
}

/// The version named by `If-Match` (`3` or `"3"`; a weak `W/"3"` is accepted too).
pub fn if_match(parts: &axum::http::HeaderMap) -> Result<Option<i64>, ApiError> {
    let Some(value) = parts.get(header::IF_MATCH) else {
        return Ok(None);
    };
    let text = value.to_str().unwrap_or_default().trim();
    let bare = text.trim_start_matches("W/").trim_matches('"');
    bare.parse::<i64>().map(Some).map_err(|_| {
        ApiError::bad_request(
            "If-Match",
            format!("\"{text}\" is not a record version; send the version number, such as \"3\""),
        )
    })
}

/// The version of a write: `If-Match`, or `version` in the body (taken out of it).
pub fn expected_version(
    headers: &axum::http::HeaderMap,
    body: &mut serde_json::Value,
) -> Result<Option<i64>, ApiError> {
    let from_body = match body.as_object_mut().and_then(|o| o.remove("version")) {
        None | Some(serde_json::Value::Null) => None,
        Some(v) => Some(
            v.as_i64()
                .ok_or_else(|| ApiError::invalid("version", "must be a whole number"))?,
        ),
    };
    let from_header = if_match(headers)?;
    match (from_header, from_body) {
        (Some(h), Some(b)) if h != b => Err(ApiError::invalid(
            "version",
            format!("If-Match says {h} but the body says {b}; send one version"),
        )),
        (h, b) => Ok(h.or(b)),
    }
}

/// Path parameters, with a problem+json answer (naming the parameter) when one does not
/// parse, instead of axum's plain-text one.
#[derive(FromRequestParts)]
#[from_request(via(axum::extract::Path), rejection(ApiError))]
pub struct ApiPath<T>(pub T);

impl From<axum::extract::rejection::PathRejection> for ApiError {
    fn from(rejection: axum::extract::rejection::PathRejection) -> ApiError {
        use axum::extract::path::ErrorKind;
        use axum::extract::rejection::PathRejection;
        let PathRejection::FailedToDeserializePathParams(error) = &rejection else {
            return ApiError::Internal(rejection.body_text());
        };
        match error.kind() {
            ErrorKind::ParseErrorAtKey { key, value, .. } => {
                ApiError::bad_request(key, format!("\"{value}\" is not a valid {key}"))
            }
            ErrorKind::InvalidUtf8InPathParam { key } => {
                ApiError::bad_request(key, "is not valid UTF-8 text")
            }
            _ => ApiError::bad_request("path", rejection.body_text()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_nesting_is_found_outside_strings_only() {
        let deep = format!("{}{}", "[".repeat(40), "]".repeat(40));
        assert_eq!(too_deep(deep.as_bytes()), Some(40));
        let shallow = format!(r#"{{"note": "{}", "a": [[1]]}}"#, "[".repeat(100));
        assert_eq!(too_deep(shallow.as_bytes()), None);
        assert_eq!(too_deep(br#"{"q": "a \" [[[[", "b": {}}"#), None);
    }
}
