-- Two-factor sign-in: a TOTP secret per user (and one being set up), the last time step
-- used (so a code works once), hashed recovery codes, and the short-lived challenge
-- between the password and the second factor.

ALTER TABLE users ADD COLUMN totp_secret TEXT;
ALTER TABLE users ADD COLUMN totp_pending TEXT;
ALTER TABLE users ADD COLUMN totp_last_step INTEGER;

CREATE TABLE recovery_codes (
    user_id  BLOB NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_id  TEXT NOT NULL,
    used_at  TEXT,
    PRIMARY KEY (user_id, code_id)
) STRICT;

CREATE TABLE sign_in_challenges (
    id            TEXT PRIMARY KEY,
    user_id       BLOB NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    member_id     BLOB NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    workspace_id  BLOB NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    expires_at    TEXT NOT NULL,
    attempts      INTEGER NOT NULL DEFAULT 0
) STRICT;
