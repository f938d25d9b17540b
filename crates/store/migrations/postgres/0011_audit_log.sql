-- The audit log: every change, sign-in and permission change, append-only. Each entry
-- carries the hash of the one before it in its workspace, so an edited or deleted entry
-- breaks the chain (`relata audit verify`). The chain covers `detail_hash`, the SHA-256 of
-- `detail` (the exact JSON text), so personal data in `detail` can later be redacted on
-- erasure without breaking the chain. There is no foreign key: entries outlive what they
-- describe.

CREATE TABLE audit_log (
    workspace_id  uuid NOT NULL,
    seq           bigint NOT NULL,
    at            timestamptz NOT NULL,
    actor_id      uuid,
    via           text NOT NULL,
    action        text NOT NULL,
    object        text,
    record_id     uuid,
    detail        text NOT NULL,
    detail_hash   text NOT NULL,
    ip            text,
    user_agent    text,
    prev_hash     text NOT NULL,
    hash          text NOT NULL,
    PRIMARY KEY (workspace_id, seq)
);

CREATE INDEX audit_log_record ON audit_log (workspace_id, record_id, seq);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END;
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
