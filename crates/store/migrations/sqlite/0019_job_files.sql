-- Files of background jobs: the CSV an import job reads, the CSV an export job writes. Kept
-- in the database so that any instance can run the job and any can hand out the result;
-- removed with their job.

CREATE TABLE job_files (
    job_id        BLOB NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    role          TEXT NOT NULL CHECK (role IN ('input', 'output')),
    content_type  TEXT NOT NULL,
    content       BLOB NOT NULL,
    created_at    TEXT NOT NULL,
    PRIMARY KEY (job_id, role)
) STRICT;
