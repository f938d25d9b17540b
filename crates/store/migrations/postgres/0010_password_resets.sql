-- One-time password reset tokens (stored as their SHA-256), made by an administrator with
-- `relata admin reset-password` until Relata sends email.

CREATE TABLE password_resets (
    token_id    text PRIMARY KEY,
    user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz
);
