-- The change feed: one row per change to a record, numbered 1, 2, 3… per workspace in
-- commit order (writes to a workspace are serialized, see `feed.rs`). Live clients
-- (`GET /api/v1/events`), webhooks and plug-ins read it from a position onwards, so a
-- reconnecting reader misses nothing. Rows are written in the transaction of the change:
-- a rolled-back change has none. Old rows are pruned.

CREATE TABLE change_feed (
    workspace_id  uuid NOT NULL,
    seq           bigint NOT NULL,
    at            timestamptz NOT NULL,
    object        text NOT NULL,
    record_id     uuid NOT NULL,
    change        text NOT NULL,
    version       bigint NOT NULL,
    owner_id      uuid,
    actor_id      uuid,
    data          jsonb NOT NULL,
    PRIMARY KEY (workspace_id, seq)
);

CREATE INDEX change_feed_at ON change_feed (at);
