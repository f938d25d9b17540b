-- Inbound integrations: public endpoints that outside systems post to, each reached through
-- a secret token (kept as its SHA-256, shown once): web forms that create leads, and
-- telephony (a PBX or a cloud telephony provider) reporting calls. `settings` holds what
-- each kind needs (a form's source and whether it opens a deal).

CREATE TABLE inbound_endpoints (
    id            uuid PRIMARY KEY,
    workspace_id  uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    kind          text NOT NULL CHECK (kind IN ('web_form', 'telephony')),
    name          text NOT NULL,
    token_id      text NOT NULL UNIQUE,
    settings      jsonb NOT NULL,
    enabled       boolean NOT NULL DEFAULT true,
    created_by    uuid REFERENCES members (id) ON DELETE SET NULL,
    created_at    timestamptz NOT NULL,
    version       bigint NOT NULL DEFAULT 1
);

CREATE INDEX inbound_endpoints_workspace ON inbound_endpoints (workspace_id, created_at);

-- Which call activity a provider's call id became, so its later events update that call.
CREATE TABLE call_events (
    workspace_id  uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    call_id       text NOT NULL,
    activity_id   uuid NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    created_at    timestamptz NOT NULL,
    PRIMARY KEY (workspace_id, call_id)
);
