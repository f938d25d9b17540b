-- Outbound webhooks. The change feed is the outbox: it is written in the transaction of
-- each change, and the dispatcher turns its entries into deliveries, moving the workspace's
-- cursor in the same transaction, so each change becomes each delivery exactly once. A
-- delivery keeps its id (the `webhook-id` header) across retries; every try is logged.

CREATE TABLE webhook_subscriptions (
    id               BLOB PRIMARY KEY,
    workspace_id     BLOB NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    url              TEXT NOT NULL,
    description      TEXT NOT NULL DEFAULT '',
    event_types      TEXT NOT NULL,
    secret           TEXT NOT NULL,
    enabled          INTEGER NOT NULL DEFAULT 1,
    disabled_reason  TEXT,
    created_by       BLOB REFERENCES members (id) ON DELETE SET NULL,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    version          INTEGER NOT NULL DEFAULT 1
) STRICT;

CREATE INDEX webhook_subscriptions_workspace ON webhook_subscriptions (workspace_id, created_at);

CREATE TABLE webhook_deliveries (
    id               BLOB PRIMARY KEY,
    workspace_id     BLOB NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    subscription_id  BLOB NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
    event_type       TEXT NOT NULL,
    seq              INTEGER,
    payload          TEXT NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    last_status      INTEGER,
    last_error       TEXT,
    last_attempt_at  TEXT,
    created_at       TEXT NOT NULL
) STRICT;

CREATE INDEX webhook_deliveries_subscription ON webhook_deliveries (subscription_id, created_at);

CREATE TABLE webhook_attempts (
    delivery_id  BLOB NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
    attempt      INTEGER NOT NULL,
    at           TEXT NOT NULL,
    status_code  INTEGER,
    error        TEXT,
    duration_ms  INTEGER NOT NULL,
    PRIMARY KEY (delivery_id, attempt)
) STRICT;

CREATE TABLE webhook_cursors (
    workspace_id  BLOB PRIMARY KEY REFERENCES workspaces (id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL
) STRICT;
