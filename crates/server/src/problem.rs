//! Every API error is an RFC 9457 problem: `application/problem+json` with a stable
//! `type`, a `title`, the `status`, a `detail` a person understands, and `errors[]` naming
//! each offending field. This is the one place that maps errors to HTTP statuses; anything
//! unexpected is logged with its cause and answered with a generic 500.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use relata_domain::{FieldError, ValidationErrors};
use relata_store::StoreError;
use serde_json::json;

#[derive(Debug)]
pub enum ApiError {
    /// The body is not JSON, or not the JSON we expect.
    BadRequest {
        detail: String,
        errors: Vec<FieldError>,
    },
    /// Well-formed input whose values are wrong.
    Invalid(ValidationErrors),
    NotFound(String),
    /// No valid session or API key came with the request.
    Unauthenticated(String),
    /// The caller is known but may not do this.
    Forbidden(String),
    /// Too many attempts; the client may retry after this many seconds.
    TooManyRequests {
        detail: String,
        retry_after: u64,
    },
    /// The client edited an old version; `current` is the record as it is now.
    VersionConflict {
        detail: String,
        current: Option<serde_json::Value>,
    },
    /// A write that must name the version it edits did not.
    VersionRequired,
    Conflict(String),
    PayloadTooLarge(String),
    UnsupportedMediaType,
    Unavailable(String),
    Internal(String),
}

impl ApiError {
    pub fn bad_request(field: &str, message: impl Into<String>) -> Self {
        let message = message.into();
        ApiError::BadRequest {
            detail: message.clone(),
            errors: vec![FieldError::new(field, message)],
        }
    }

    pub fn invalid(field: &str, message: impl Into<String>) -> Self {
        ApiError::Invalid(ValidationErrors::one(field, message))
    }

    fn parts(&self) -> (StatusCode, &'static str, &'static str) {
        match self {
            ApiError::BadRequest { .. } => (
                StatusCode::BAD_REQUEST,
                "bad-request",
                "The request could not be read",
            ),
            ApiError::Invalid(_) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                "validation",
                "Some values are not valid",
            ),
            ApiError::NotFound(_) => (StatusCode::NOT_FOUND, "not-found", "Not found"),
            ApiError::Unauthenticated(_) => {
                (StatusCode::UNAUTHORIZED, "unauthenticated", "Sign in first")
            }
            ApiError::Forbidden(_) => (StatusCode::FORBIDDEN, "forbidden", "Not allowed"),
            ApiError::TooManyRequests { .. } => (
                StatusCode::TOO_MANY_REQUESTS,
                "too-many-requests",
                "Too many attempts",
            ),
            ApiError::VersionConflict { .. } => (
                StatusCode::PRECONDITION_FAILED,
                "version-conflict",
                "Someone else changed this first",
            ),
            ApiError::VersionRequired => (
                StatusCode::PRECONDITION_REQUIRED,
                "version-required",
                "Say which version you are changing",
            ),
            ApiError::Conflict(_) => (
                StatusCode::CONFLICT,
                "conflict",
                "The request conflicts with the current state",
            ),
            ApiError::PayloadTooLarge(_) => (
                StatusCode::PAYLOAD_TOO_LARGE,
                "too-large",
                "The request is too large",
            ),
            ApiError::UnsupportedMediaType => (
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported-media-type",
                "Send JSON",
            ),
            ApiError::Unavailable(_) => (
                StatusCode::SERVICE_UNAVAILABLE,
                "unavailable",
                "Not available right now",
            ),
            ApiError::Internal(_) => (
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                "Something went wrong on our side",
            ),
        }
    }

    fn detail(&self) -> String {
        match self {
            ApiError::BadRequest { detail, .. } => detail.clone(),
            ApiError::Invalid(errors) => errors.to_string(),
            ApiError::NotFound(detail)
            | ApiError::Unauthenticated(detail)
            | ApiError::Forbidden(detail)
            | ApiError::Conflict(detail)
            | ApiError::PayloadTooLarge(detail)
            | ApiError::Unavailable(detail) => detail.clone(),
            ApiError::VersionConflict { detail, .. }
            | ApiError::TooManyRequests { detail, .. } => detail.clone(),
            ApiError::VersionRequired => {
                "send the version you edited in an If-Match header (or as \"version\" in the body), so that nobody's change is overwritten unseen".into()
            }
            ApiError::UnsupportedMediaType => "the body must be JSON, sent with Content-Type: application/json".into(),
            // Never show internals to a client; they are in the log under the request id.
            ApiError::Internal(_) => "the error was logged; if it persists, tell your administrator the request id".into(),
        }
    }
}

/// The problem type URI for a short name; documented in the OpenAPI document.
pub fn problem_type(name: &str) -> String {
    format!("/api/problems/{name}")
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, name, title) = self.parts();
        if let ApiError::Internal(cause) = &self {
            tracing::error!(cause = %cause, "request failed");
        }
        let errors: Vec<&FieldError> = match &self {
            ApiError::Invalid(errors) => errors.0.iter().collect(),
            ApiError::BadRequest { errors, .. } => errors.iter().collect(),
            _ => Vec::new(),
        };
        let mut body = json!({
            "type": problem_type(name),
            "title": title,
            "status": status.as_u16(),
            "detail": self.detail(),
            "errors": errors,
        });
        if let ApiError::VersionConflict {
            current: Some(current),
            ..
        } = &self
        {
            body["current"] = current.clone();
        }
        let mut response = (status, axum::Json(body)).into_response();
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        if let ApiError::TooManyRequests { retry_after, .. } = &self {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(*retry_after));
        }
        response
    }
}

impl From<ValidationErrors> for ApiError {
    fn from(errors: ValidationErrors) -> Self {
        ApiError::Invalid(errors)
    }
}

impl From<StoreError> for ApiError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::NotFound { kind, id } => {
                ApiError::NotFound(format!("there is no {kind} with id {id}"))
            }
            StoreError::VersionConflict { expected, current } => ApiError::VersionConflict {
                detail: format!(
                    "you edited version {expected}, but the {} is at version {} now; review the current values and try again",
                    current.kind, current.version
                ),
                current: None,
            },
            StoreError::Stale(detail) => ApiError::VersionConflict {
                detail,
                current: None,
            },
            StoreError::InTrash { kind } => ApiError::Conflict(format!(
                "the {kind} is in the trash; restore it to change it"
            )),
            StoreError::Invalid(errors) => ApiError::Invalid(errors),
            StoreError::Conflict(detail) => ApiError::Conflict(detail),
            other if other.is_busy() => {
                ApiError::Unavailable("the database is busy; try again in a moment".into())
            }
            other => ApiError::Internal(format!("{other:#}")),
        }
    }
}

pub type ApiResult<T> = Result<T, ApiError>;
