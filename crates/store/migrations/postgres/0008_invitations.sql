-- Invitations: a one-time link that lets a person join a workspace with a role. The link's
-- token is stored only as its SHA-256.

CREATE TABLE invitations (
    id            uuid PRIMARY KEY,
    workspace_id  uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    email         text NOT NULL,
    role          text NOT NULL CHECK (role IN ('owner', 'admin', 'member', 'viewer')),
    token_id      text NOT NULL UNIQUE,
    invited_by    uuid REFERENCES members (id) ON DELETE SET NULL,
    created_at    timestamptz NOT NULL,
    expires_at    timestamptz NOT NULL,
    accepted_at   timestamptz
);

CREATE INDEX invitations_workspace ON invitations (workspace_id, created_at);
