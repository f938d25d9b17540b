-- API keys for scripts and integrations (`Authorization: Bearer …`). Only the key's SHA-256
-- is kept; `prefix` lets people recognise a key in lists.

CREATE TABLE api_keys (
    id            uuid PRIMARY KEY,
    workspace_id  uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    name          text NOT NULL,
    prefix        text NOT NULL,
    secret_id     text NOT NULL UNIQUE,
    scope         text NOT NULL CHECK (scope IN ('read', 'write')),
    created_by    uuid REFERENCES members (id) ON DELETE SET NULL,
    created_at    timestamptz NOT NULL,
    expires_at    timestamptz,
    last_used_at  timestamptz,
    revoked_at    timestamptz
);

CREATE INDEX api_keys_workspace ON api_keys (workspace_id, created_at);
