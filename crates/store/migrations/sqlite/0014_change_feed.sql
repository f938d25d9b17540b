-- The change feed: one row per change to a record, numbered 1, 2, 3… per workspace in
-- commit order (writes to a workspace are serialized, see `feed.rs`). Live clients
-- (`GET /api/v1/events`), webhooks and plug-ins read it from a position onwards, so a
-- reconnecting reader misses nothing. Rows are written in the transaction of the change:
-- a rolled-back change has none. Old rows are pruned.

CREATE TABLE change_feed (
    workspace_id  BLOB NOT NULL,
    seq           INTEGER NOT NULL,
    at            TEXT NOT NULL,
    object        TEXT NOT NULL,
    record_id     BLOB NOT NULL,
    change        TEXT NOT NULL,
    version       INTEGER NOT NULL,
    owner_id      BLOB,
    actor_id      BLOB,
    data          TEXT NOT NULL,
    PRIMARY KEY (workspace_id, seq)
) STRICT;

CREATE INDEX change_feed_at ON change_feed (at);
