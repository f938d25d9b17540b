-- The audit log: every change, sign-in and permission change, append-only. Each entry
-- carries the hash of the one before it in its workspace, so an edited or deleted entry
-- breaks the chain (`relata audit verify`). The chain covers `detail_hash`, the SHA-256 of
-- `detail` (the exact JSON text), so personal data in `detail` can later be redacted on
-- erasure without breaking the chain. There is no foreign key: entries outlive what they
-- describe.

CREATE TABLE audit_log (
    workspace_id  BLOB NOT NULL,
    seq           INTEGER NOT NULL,
    at            TEXT NOT NULL,
    actor_id      BLOB,
    via           TEXT NOT NULL,
    action        TEXT NOT NULL,
    object        TEXT,
    record_id     BLOB,
    detail        TEXT NOT NULL,
    detail_hash   TEXT NOT NULL,
    ip            TEXT,
    user_agent    TEXT,
    prev_hash     TEXT NOT NULL,
    hash          TEXT NOT NULL,
    PRIMARY KEY (workspace_id, seq)
) STRICT;

CREATE INDEX audit_log_record ON audit_log (workspace_id, record_id, seq);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
