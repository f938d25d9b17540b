-- Inbound integrations: public endpoints that outside systems post to, each reached through
-- a secret token (kept as its SHA-256, shown once): web forms that create leads, and
-- telephony (a PBX or a cloud telephony provider) reporting calls. `settings` holds what
-- each kind needs (a form's source and whether it opens a deal).

CREATE TABLE inbound_endpoints (
    id            BLOB PRIMARY KEY,
    workspace_id  BLOB NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('web_form', 'telephony')),
    name          TEXT NOT NULL,
    token_id      TEXT NOT NULL UNIQUE,
    settings      TEXT NOT NULL,
    enabled       INTEGER NOT NULL DEFAULT 1,
    created_by    BLOB REFERENCES members (id) ON DELETE SET NULL,
    created_at    TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1
) STRICT;

CREATE INDEX inbound_endpoints_workspace ON inbound_endpoints (workspace_id, created_at);

-- Which call activity a provider's call id became, so its later events update that call.
CREATE TABLE call_events (
    workspace_id  BLOB NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    call_id       TEXT NOT NULL,
    activity_id   BLOB NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    created_at    TEXT NOT NULL,
    PRIMARY KEY (workspace_id, call_id)
) STRICT;
