-- Durable background jobs (webhook deliveries, imports, exports, backups, model training).
-- A worker claims a queued job by taking a lease (`locked_by`, `locked_until`) and renews it
-- while it runs; a job whose lease ran out belongs to an instance that stopped, and another
-- worker takes it over. `attempts` is the fencing token: only the holder of the current
-- attempt may report progress or finish the job. `key` names a job that must not be queued
-- twice (a scheduled backup of one day, say).

CREATE TABLE jobs (
    id             uuid PRIMARY KEY,
    workspace_id   uuid REFERENCES workspaces (id) ON DELETE CASCADE,
    kind           text NOT NULL,
    key            text,
    payload        jsonb NOT NULL,
    status         text NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'dead', 'cancelled')),
    attempts       bigint NOT NULL DEFAULT 0,
    max_attempts   bigint NOT NULL,
    run_at         timestamptz NOT NULL,
    locked_by      text,
    locked_until   timestamptz,
    progress       double precision,
    progress_note  text,
    last_error     text,
    result         jsonb,
    created_by     uuid REFERENCES members (id) ON DELETE SET NULL,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    finished_at    timestamptz
);

CREATE INDEX jobs_ready ON jobs (run_at) WHERE status = 'queued';
CREATE INDEX jobs_leased ON jobs (locked_until) WHERE status = 'running';
CREATE INDEX jobs_workspace ON jobs (workspace_id, created_at);
CREATE UNIQUE INDEX jobs_pending_key ON jobs (kind, key) WHERE status IN ('queued', 'running');
