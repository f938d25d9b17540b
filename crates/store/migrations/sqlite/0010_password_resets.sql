-- One-time password reset tokens (stored as their SHA-256), made by an administrator with
-- `relata admin reset-password` until Relata sends email.

CREATE TABLE password_resets (
    token_id    TEXT PRIMARY KEY,
    user_id     BLOB NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    used_at     TEXT
) STRICT;
