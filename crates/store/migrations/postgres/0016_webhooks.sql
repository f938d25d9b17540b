-- Outbound webhooks. The change feed is the outbox: it is written in the transaction of
-- each change, and the dispatcher turns its entries into deliveries, moving the workspace's
-- cursor in the same transaction, so each change becomes each delivery exactly once. A
-- delivery keeps its id (the `webhook-id` header) across retries; every try is logged.

CREATE TABLE webhook_subscriptions (
    id               uuid PRIMARY KEY,
    workspace_id     uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    url              text NOT NULL,
    description      text NOT NULL DEFAULT '',
    event_types      jsonb NOT NULL,
    secret           text NOT NULL,
    enabled          boolean NOT NULL DEFAULT true,
    disabled_reason  text,
    created_by       uuid REFERENCES members (id) ON DELETE SET NULL,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    version          bigint NOT NULL DEFAULT 1
);

CREATE INDEX webhook_subscriptions_workspace ON webhook_subscriptions (workspace_id, created_at);

CREATE TABLE webhook_deliveries (
    id               uuid PRIMARY KEY,
    workspace_id     uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    subscription_id  uuid NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
    event_type       text NOT NULL,
    seq              bigint,
    payload          jsonb NOT NULL,
    status           text NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed')),
    attempts         bigint NOT NULL DEFAULT 0,
    last_status      bigint,
    last_error       text,
    last_attempt_at  timestamptz,
    created_at       timestamptz NOT NULL
);

CREATE INDEX webhook_deliveries_subscription ON webhook_deliveries (subscription_id, created_at);

CREATE TABLE webhook_attempts (
    delivery_id  uuid NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
    attempt      bigint NOT NULL,
    at           timestamptz NOT NULL,
    status_code  bigint,
    error        text,
    duration_ms  bigint NOT NULL,
    PRIMARY KEY (delivery_id, attempt)
);

CREATE TABLE webhook_cursors (
    workspace_id  uuid PRIMARY KEY REFERENCES workspaces (id) ON DELETE CASCADE,
    seq           bigint NOT NULL
);
