-- Accounts: a password per user (Argon2id, PHC string) and server-side sessions.
-- A session row is found by the SHA-256 of the cookie's token, so a leaked table does not
-- yield usable cookies.

ALTER TABLE users ADD COLUMN password_hash text;

CREATE TABLE sessions (
    id            text PRIMARY KEY,
    user_id       uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    member_id     uuid NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    workspace_id  uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    csrf_token    text NOT NULL,
    created_at    timestamptz NOT NULL,
    last_seen_at  timestamptz NOT NULL,
    expires_at    timestamptz NOT NULL,
    ip            text,
    user_agent    text
);

CREATE INDEX sessions_user ON sessions (user_id);
