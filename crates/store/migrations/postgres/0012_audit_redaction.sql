-- Erasing a person's data redacts the detail of audit entries about them: `detail` may be
-- replaced by the redaction marker, and nothing else may change. The chain stays whole,
-- because it covers `detail_hash`, not `detail`.

CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.detail = '{"redacted":true}'
        AND (NEW.workspace_id, NEW.seq, NEW.at, NEW.actor_id, NEW.via, NEW.action, NEW.object,
             NEW.record_id, NEW.detail_hash, NEW.ip, NEW.user_agent, NEW.prev_hash, NEW.hash)
        IS NOT DISTINCT FROM
            (OLD.workspace_id, OLD.seq, OLD.at, OLD.actor_id, OLD.via, OLD.action, OLD.object,
             OLD.record_id, OLD.detail_hash, OLD.ip, OLD.user_agent, OLD.prev_hash, OLD.hash)
    THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the audit log is append-only';
END;
$$;
