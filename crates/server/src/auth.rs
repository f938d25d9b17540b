//! Passwords, session tokens and the session cookie.
//!
//! Passwords are hashed with Argon2id (the crate's defaults: 19 MiB, 2 passes), on a
//! blocking thread because a hash takes tens of milliseconds. Session tokens are 256 random
//! bits; the database keeps only their SHA-256, so its contents cannot be replayed as
//! cookies.

use std::sync::OnceLock;

use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use axum::http::{HeaderMap, HeaderValue, header};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sha2::{Digest, Sha256};

use crate::problem::ApiError;

pub const SESSION_COOKIE: &str = "relata_session";
pub const CSRF_HEADER: &str = "x-csrf-token";

/// Shortest and longest password accepted.
const PASSWORD_CHARS: std::ops::RangeInclusive<usize> = 10..=1024;

/// Why a new password is refused, if it is.
pub fn password_problem(password: &str) -> Option<String> {
    let chars = password.chars().count();
    if chars < *PASSWORD_CHARS.start() {
        Some(format!(
            "must be at least {} characters",
            PASSWORD_CHARS.start()
        ))
    } else if chars > *PASSWORD_CHARS.end() {
        Some(format!(
            "must be at most {} characters",
            PASSWORD_CHARS.end()
        ))
    } else {
        None
    }
}

/// An Argon2id PHC string for `password`, with a fresh random salt.
pub async fn hash_password(password: String) -> Result<String, ApiError> {
    tokio::task::spawn_blocking(move || {
        Argon2::default()
            .hash_password(password.as_bytes())
            .map(|hash| hash.to_string())
            .map_err(|e| ApiError::Internal(format!("hashing a password: {e}")))
    })
    .await
    .map_err(|e| ApiError::Internal(format!("the hashing thread failed: {e}")))?
}

/// Whether `password` matches `stored`. With no stored hash (unknown user, or a user who
/// never set a password) a dummy hash is checked anyway, so the answer takes as long
/// whether or not the account exists.
pub async fn verify_password(password: String, stored: Option<String>) -> bool {
    tokio::task::spawn_blocking(move || {
        let (phc, known) = match stored {
            Some(phc) => (phc, true),
            None => (dummy_hash().to_owned(), false),
        };
        let Ok(parsed) = PasswordHash::new(&phc) else {
            return false;
        };
        let matches = Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok();
        known && matches
    })
    .await
    .unwrap_or(false)
}

fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| {
        Argon2::default()
            .hash_password(new_token().as_bytes())
            .map(|hash| hash.to_string())
            .unwrap_or_default()
    })
}

/// 256 random bits, URL-safe.
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).expect("the operating system provides randomness");
    URL_SAFE_NO_PAD.encode(bytes)
}

/// What the database stores for a token: its SHA-256, hex.
pub fn token_id(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The session token from the request's cookies, if any.
pub fn session_token(headers: &HeaderMap) -> Option<&str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|line| line.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == SESSION_COOKIE)
        .map(|(_, value)| value.trim())
        .filter(|value| !value.is_empty())
}

/// `Set-Cookie` for a new session: script cannot read it, other sites' forms and
/// requests do not carry it (`SameSite=Lax`), and it is `Secure` behind TLS.
pub fn session_cookie(token: &str, max_age_seconds: i64, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age_seconds}{secure}"
    ))
    .expect("a token is URL-safe text")
}

/// `Set-Cookie` that removes the session cookie.
pub fn cleared_cookie(secure: bool) -> HeaderValue {
    session_cookie("", 0, secure)
}

/// Compares two secrets in time that does not depend on where they differ.
pub fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_hash_verifies_only_its_own_password() {
        let hash = hash_password("correct horse battery".into()).await.unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password("correct horse battery".into(), Some(hash.clone())).await);
        assert!(!verify_password("correct horse batterY".into(), Some(hash)).await);
        assert!(!verify_password("anything at all".into(), None).await);
    }

    #[test]
    fn passwords_must_be_long_enough() {
        assert!(password_problem("short").is_some());
        assert!(password_problem("ten chars!").is_none());
        assert!(password_problem("пароль-длинный").is_none());
    }

    #[test]
    fn tokens_are_random_and_stored_hashed() {
        let (a, b) = (new_token(), new_token());
        assert_ne!(a, b);
        assert_eq!(a.len(), 43);
        assert_eq!(token_id(&a).len(), 64);
        assert_ne!(token_id(&a), a);
    }

    #[test]
    fn the_session_cookie_is_found_among_others() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("theme=dark; relata_session=abc ; x=1"),
        );
        assert_eq!(session_token(&headers), Some("abc"));
        headers.insert(header::COOKIE, HeaderValue::from_static("relata_session="));
        assert_eq!(session_token(&headers), None);
    }

    #[test]
    fn secrets_compare_whole() {
        assert!(same_secret("abc", "abc"));
        assert!(!same_secret("abc", "abd"));
        assert!(!same_secret("abc", "abcd"));
    }
}
