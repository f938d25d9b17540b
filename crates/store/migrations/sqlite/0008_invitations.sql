-- Invitations: a one-time link that lets a person join a workspace with a role. The link's
-- token is stored only as its SHA-256.

CREATE TABLE invitations (
    id            BLOB PRIMARY KEY,
    workspace_id  BLOB NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    email         TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('owner', 'admin', 'member', 'viewer')),
    token_id      TEXT NOT NULL UNIQUE,
    invited_by    BLOB REFERENCES members (id) ON DELETE SET NULL,
    created_at    TEXT NOT NULL,
    expires_at    TEXT NOT NULL,
    accepted_at   TEXT
) STRICT;

CREATE INDEX invitations_workspace ON invitations (workspace_id, created_at);
