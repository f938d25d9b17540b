-- Erasing a person's data redacts the detail of audit entries about them: `detail` may be
-- replaced by the redaction marker, and nothing else may change. The chain stays whole,
-- because it covers `detail_hash`, not `detail`.

DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT (
    NEW.detail = '{"redacted":true}'
    AND NEW.workspace_id = OLD.workspace_id AND NEW.seq = OLD.seq AND NEW.at = OLD.at
    AND NEW.actor_id IS OLD.actor_id AND NEW.via = OLD.via AND NEW.action = OLD.action
    AND NEW.object IS OLD.object AND NEW.record_id IS OLD.record_id
    AND NEW.detail_hash = OLD.detail_hash AND NEW.ip IS OLD.ip
    AND NEW.user_agent IS OLD.user_agent AND NEW.prev_hash = OLD.prev_hash AND NEW.hash = OLD.hash
)
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
