//! Two-factor sign-in with an authenticator app (TOTP): setting it up, turning it off, and
//! the second step of signing in, with one-time recovery codes for a lost phone.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use relata_domain::timestamp;
use relata_store::AuditEntry;
use serde::Deserialize;
use serde_json::{Value, json};

use crate::auth::{new_token, token_id};
use crate::extract::{ClientIp, JsonBody, Principal};
use crate::problem::{ApiError, ApiResult};
use crate::routes::audit;
use crate::session::{self, SessionOwner};
use crate::state::AppState;
use crate::totp::{base32_decode, base32_encode, matching_step, otpauth_url, step_of};

const RECOVERY_CODES: usize = 10;
/// How long the second step may follow the password, and how many tries it gets.
const CHALLENGE_LIFETIME: time::Duration = time::Duration::minutes(5);
const CHALLENGE_ATTEMPTS: i64 = 5;

fn now_step() -> i64 {
    step_of(timestamp::now().unix_timestamp())
}

/// Ten codes like `k3f9-x2qa`, each good for one sign-in.
fn recovery_codes() -> Vec<String> {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    (0..RECOVERY_CODES)
        .map(|_| {
            let mut bytes = [0u8; 8];
            getrandom::fill(&mut bytes).expect("the operating system provides randomness");
            let text: String = bytes
                .iter()
                .map(|b| char::from(ALPHABET[usize::from(*b) % ALPHABET.len()]))
                .collect();
            format!("{}-{}", &text[..4], &text[4..])
        })
        .collect()
}

fn normalize_recovery_code(code: &str) -> String {
    code.trim().to_lowercase()
}

/// Starts the set-up: a new secret, shown as text and as the link authenticator apps read.
pub async fn start(State(state): State<AppState>, principal: Principal) -> ApiResult<Json<Value>> {
    principal.require_session()?;
    if state
        .store
        .totp_state(principal.user_id)
        .await?
        .secret
        .is_some()
    {
        return Err(ApiError::Conflict(
            "two-factor sign-in is on already; turn it off first to set up a new app".into(),
        ));
    }
    let mut secret = [0u8; 20];
    getrandom::fill(&mut secret).expect("the operating system provides randomness");
    let secret = base32_encode(&secret);
    state
        .store
        .set_totp_pending(principal.user_id, &secret)
        .await?;
    let email = state
        .store
        .members(principal.actor.workspace_id)
        .await?
        .into_iter()
        .find(|m| Some(m.id) == principal.actor.member_id)
        .map(|m| m.email)
        .unwrap_or_default();
    Ok(Json(
        json!({ "secret": secret, "otpauth_url": otpauth_url("Relata", &email, &secret) }),
    ))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodeInput {
    code: String,
}

/// Turns two-factor sign-in on once the app shows a right code; answers the recovery
/// codes, shown only here.
pub async fn enable(
    State(state): State<AppState>,
    principal: Principal,
    body: JsonBody,
) -> ApiResult<Json<Value>> {
    let input: CodeInput = body.parse()?;
    principal.require_session()?;
    let pending = state.store.totp_state(principal.user_id).await?.pending;
    let secret = pending
        .as_deref()
        .and_then(base32_decode)
        .ok_or_else(|| ApiError::Conflict("start the two-factor set-up first".into()))?;
    let step = matching_step(&secret, &input.code, now_step())
        .ok_or_else(|| ApiError::invalid("code", "is not the code your app shows now"))?;
    let codes = recovery_codes();
    let hashes: Vec<String> = codes.iter().map(|c| token_id(c)).collect();
    state
        .store
        .enable_totp(principal.user_id, step, &hashes)
        .await?;
    audit::note(
        &state,
        &principal,
        AuditEntry::new("two_factor_enabled", json!({})),
    )
    .await?;
    Ok(Json(json!({ "recovery_codes": codes })))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PasswordInput {
    password: String,
}

/// Turns two-factor sign-in off; the password proves it is the user.
pub async fn disable(
    State(state): State<AppState>,
    principal: Principal,
    body: JsonBody,
) -> ApiResult<StatusCode> {
    let input: PasswordInput = body.parse()?;
    principal.require_session()?;
    session::confirm_password(&state, principal.user_id, input.password, "password").await?;
    state.store.disable_totp(principal.user_id).await?;
    audit::note(
        &state,
        &principal,
        AuditEntry::new("two_factor_disabled", json!({})),
    )
    .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// After a right password, for a user with two-factor sign-in: a challenge for step two.
pub async fn challenge(state: &AppState, owner: &SessionOwner) -> ApiResult<Value> {
    let token = new_token();
    let expires_at = timestamp::now() + CHALLENGE_LIFETIME;
    state
        .store
        .create_challenge(
            &token_id(&token),
            owner.user_id,
            owner.member_id,
            owner.workspace_id,
            expires_at,
        )
        .await?;
    Ok(json!({ "signed_in": false, "totp_required": true, "challenge": token }))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VerifyInput {
    challenge: String,
    #[serde(default)]
    code: Option<String>,
    #[serde(default)]
    recovery_code: Option<String>,
}

/// The second step of signing in: a code from the app, or a recovery code.
pub async fn verify(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    body: JsonBody,
) -> ApiResult<Response> {
    let input: VerifyInput = body.parse()?;
    let challenge_id = token_id(&input.challenge);
    let expired = || {
        ApiError::Unauthenticated(
            "the sign-in took too long or had too many tries; sign in again".into(),
        )
    };
    let challenge = state
        .store
        .attempt_challenge(&challenge_id)
        .await?
        .ok_or_else(expired)?;
    if challenge.attempts > CHALLENGE_ATTEMPTS {
        state.store.delete_challenge(&challenge_id).await?;
        return Err(expired());
    }
    let (method, accepted) = match (&input.code, &input.recovery_code) {
        (Some(code), _) => {
            let secret = state.store.totp_state(challenge.user_id).await?.secret;
            let step = secret
                .as_deref()
                .and_then(base32_decode)
                .and_then(|s| matching_step(&s, code, now_step()));
            let fresh = match step {
                Some(step) => state.store.use_totp_step(challenge.user_id, step).await?,
                None => false,
            };
            ("totp", fresh)
        }
        (None, Some(code)) => {
            let id = token_id(&normalize_recovery_code(code));
            (
                "recovery_code",
                state
                    .store
                    .use_recovery_code(challenge.user_id, &id)
                    .await?,
            )
        }
        (None, None) => {
            return Err(ApiError::invalid(
                "code",
                "send the code your app shows, or a recovery code",
            ));
        }
    };
    if !accepted {
        let entry = AuditEntry::new("sign_in_failed", json!({ "second_factor": method }));
        state
            .store
            .audit(challenge.workspace_id, Some(challenge.member_id), entry)
            .await?;
        let field = if method == "totp" {
            "code"
        } else {
            "recovery_code"
        };
        return Err(ApiError::invalid(
            field,
            "is not right, or was used already",
        ));
    }
    state.store.delete_challenge(&challenge_id).await?;
    let owner = SessionOwner {
        user_id: challenge.user_id,
        member_id: challenge.member_id,
        workspace_id: challenge.workspace_id,
    };
    let (session, cookie) = session::start(&state, owner, ip, &headers).await?;
    let entry = AuditEntry::new(
        "signed_in",
        json!({ "email": session["user"]["email"], "second_factor": method }),
    );
    state
        .store
        .audit(challenge.workspace_id, Some(challenge.member_id), entry)
        .await?;
    Ok(([(header::SET_COOKIE, cookie)], Json(session)).into_response())
}
