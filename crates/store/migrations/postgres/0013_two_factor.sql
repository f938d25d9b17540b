-- Two-factor sign-in: a TOTP secret per user (and one being set up), the last time step
-- used (so a code works once), hashed recovery codes, and the short-lived challenge
-- between the password and the second factor.

ALTER TABLE users ADD COLUMN totp_secret text;
ALTER TABLE users ADD COLUMN totp_pending text;
ALTER TABLE users ADD COLUMN totp_last_step bigint;

CREATE TABLE recovery_codes (
    user_id  uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_id  text NOT NULL,
    used_at  timestamptz,
    PRIMARY KEY (user_id, code_id)
);

CREATE TABLE sign_in_challenges (
    id            text PRIMARY KEY,
    user_id       uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    member_id     uuid NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    workspace_id  uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    expires_at    timestamptz NOT NULL,
    attempts      bigint NOT NULL DEFAULT 0
);
