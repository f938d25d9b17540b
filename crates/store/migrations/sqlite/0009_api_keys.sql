-- API keys for scripts and integrations (`Authorization: Bearer …`). Only the key's SHA-256
-- is kept; `prefix` lets people recognise a key in lists.

CREATE TABLE api_keys (
    id            BLOB PRIMARY KEY,
    workspace_id  BLOB NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    prefix        TEXT NOT NULL,
    secret_id     TEXT NOT NULL UNIQUE,
    scope         TEXT NOT NULL CHECK (scope IN ('read', 'write')),
    created_by    BLOB REFERENCES members (id) ON DELETE SET NULL,
    created_at    TEXT NOT NULL,
    expires_at    TEXT,
    last_used_at  TEXT,
    revoked_at    TEXT
) STRICT;

CREATE INDEX api_keys_workspace ON api_keys (workspace_id, created_at);
