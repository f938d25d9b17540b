-- Accounts: a password per user (Argon2id, PHC string) and server-side sessions.
-- A session row is found by the SHA-256 of the cookie's token, so a leaked table does not
-- yield usable cookies.

ALTER TABLE users ADD COLUMN password_hash TEXT;

CREATE TABLE sessions (
    id            TEXT PRIMARY KEY,
    user_id       BLOB NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    member_id     BLOB NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    workspace_id  BLOB NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    csrf_token    TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    last_seen_at  TEXT NOT NULL,
    expires_at    TEXT NOT NULL,
    ip            TEXT,
    user_agent    TEXT
) STRICT;

CREATE INDEX sessions_user ON sessions (user_id);
