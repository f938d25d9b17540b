-- The core CRM schema. Every row belongs to a workspace and every query names it.
-- Ids are UUIDv7 (time-ordered) kept as 16-byte blobs; instants are fixed-width UTC text
-- (2026-11-25T14:53:36.123456Z), so text order is time order; JSON is text.
-- Records carry version (optimistic concurrency) and deleted_at (trash with restore).

CREATE TABLE workspaces (
    id          BLOB PRIMARY KEY,
    name        TEXT NOT NULL,
    -- Workspace settings (default country code for phones, currency, …) as a JSON object.
    settings    TEXT NOT NULL DEFAULT '{}',
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

CREATE TABLE users (
    id          BLOB PRIMARY KEY,
    email       TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    created_at  TEXT NOT NULL
) STRICT;

CREATE TABLE members (
    id            BLOB PRIMARY KEY,
    workspace_id  BLOB NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    user_id       BLOB NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role          TEXT NOT NULL CHECK (role IN ('owner', 'admin', 'member', 'viewer')),
    created_at    TEXT NOT NULL,
    deleted_at    TEXT,
    UNIQUE (workspace_id, user_id)
) STRICT;

CREATE TABLE companies (
    id              BLOB PRIMARY KEY,
    workspace_id    BLOB NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    version         INTEGER NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    created_by      BLOB REFERENCES members (id) ON DELETE SET NULL,
    deleted_at      TEXT,
    name            TEXT NOT NULL,
    domain          TEXT,
    other_domains   TEXT,
    industry        TEXT,
    employees       INTEGER,
    annual_revenue  INTEGER,
    phone           TEXT,
    street          TEXT,
    city            TEXT,
    region          TEXT,
    postal_code     TEXT,
    country         TEXT,
    linkedin_url    TEXT,
    description     TEXT,
    owner_id        BLOB REFERENCES members (id) ON DELETE SET NULL,
    tags            TEXT,
    custom          TEXT NOT NULL DEFAULT '{}'
) STRICT;
-- Lists show live records; each index below serves a filter or sort the API offers.
CREATE INDEX companies_created ON companies (workspace_id, created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX companies_updated ON companies (workspace_id, updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX companies_name ON companies (workspace_id, lower(name), id) WHERE deleted_at IS NULL;
CREATE INDEX companies_name_sort ON companies (workspace_id, name, id) WHERE deleted_at IS NULL;
CREATE INDEX companies_domain ON companies (workspace_id, domain) WHERE deleted_at IS NULL;
CREATE INDEX companies_owner ON companies (workspace_id, owner_id, id) WHERE deleted_at IS NULL;
CREATE INDEX companies_industry ON companies (workspace_id, industry, id) WHERE deleted_at IS NULL;
CREATE INDEX companies_trash ON companies (workspace_id, deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE people (
    id               BLOB PRIMARY KEY,
    workspace_id     BLOB NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    version          INTEGER NOT NULL,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    created_by       BLOB REFERENCES members (id) ON DELETE SET NULL,
    deleted_at       TEXT,
    first_name       TEXT,
    last_name        TEXT,
    email            TEXT,
    other_emails     TEXT,
    phone            TEXT,
    other_phones     TEXT,
    job_title        TEXT,
    company_id       BLOB REFERENCES companies (id) ON DELETE SET NULL,
    city             TEXT,
    country          TEXT,
    source           TEXT,
    lifecycle_stage  TEXT,
    lead_status      TEXT,
    linkedin_url     TEXT,
    owner_id         BLOB REFERENCES members (id) ON DELETE SET NULL,
    tags             TEXT,
    custom           TEXT NOT NULL DEFAULT '{}'
) STRICT;
CREATE INDEX people_created ON people (workspace_id, created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX people_updated ON people (workspace_id, updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX people_last_name ON people (workspace_id, last_name, id) WHERE deleted_at IS NULL;
CREATE INDEX people_first_name ON people (workspace_id, first_name, id) WHERE deleted_at IS NULL;
CREATE INDEX people_email ON people (workspace_id, email) WHERE deleted_at IS NULL;
CREATE INDEX people_phone ON people (workspace_id, phone) WHERE deleted_at IS NULL;
CREATE INDEX people_company ON people (company_id) WHERE deleted_at IS NULL;
CREATE INDEX people_owner ON people (workspace_id, owner_id, id) WHERE deleted_at IS NULL;
CREATE INDEX people_lifecycle ON people (workspace_id, lifecycle_stage, id) WHERE deleted_at IS NULL;
CREATE INDEX people_lead_status ON people (workspace_id, lead_status, id) WHERE deleted_at IS NULL;
CREATE INDEX people_trash ON people (workspace_id, deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE pipelines (
    id            BLOB PRIMARY KEY,
    workspace_id  BLOB NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    position      INTEGER NOT NULL,
    version       INTEGER NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    deleted_at    TEXT
) STRICT;
CREATE INDEX pipelines_workspace ON pipelines (workspace_id, position);

CREATE TABLE stages (
    id            BLOB PRIMARY KEY,
    workspace_id  BLOB NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    pipeline_id   BLOB NOT NULL REFERENCES pipelines (id) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    position      INTEGER NOT NULL,
    probability   INTEGER NOT NULL CHECK (probability BETWEEN 0 AND 100),
    kind          TEXT NOT NULL CHECK (kind IN ('open', 'won', 'lost')),
    -- A stage removed from its pipeline is kept for the deals' history.
    deleted_at    TEXT
) STRICT;
CREATE INDEX stages_pipeline ON stages (pipeline_id, position);

CREATE TABLE deals (
    id                   BLOB PRIMARY KEY,
    workspace_id         BLOB NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    version              INTEGER NOT NULL,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    created_by           BLOB REFERENCES members (id) ON DELETE SET NULL,
    deleted_at           TEXT,
    name                 TEXT NOT NULL,
    amount               INTEGER,
    currency             TEXT,
    pipeline_id          BLOB NOT NULL REFERENCES pipelines (id),
    stage_id             BLOB NOT NULL REFERENCES stages (id),
    expected_close_date  TEXT,
    company_id           BLOB REFERENCES companies (id) ON DELETE SET NULL,
    owner_id             BLOB REFERENCES members (id) ON DELETE SET NULL,
    source               TEXT,
    lost_reason          TEXT,
    closed_at            TEXT,
    stage_entered_at     TEXT,
    description          TEXT,
    tags                 TEXT,
    custom               TEXT NOT NULL DEFAULT '{}'
) STRICT;
CREATE INDEX deals_created ON deals (workspace_id, created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX deals_updated ON deals (workspace_id, updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX deals_name ON deals (workspace_id, name, id) WHERE deleted_at IS NULL;
-- The board: deals of one pipeline grouped by stage.
CREATE INDEX deals_stage ON deals (stage_id, stage_entered_at, id) WHERE deleted_at IS NULL;
CREATE INDEX deals_pipeline ON deals (workspace_id, pipeline_id, stage_id) WHERE deleted_at IS NULL;
CREATE INDEX deals_amount ON deals (workspace_id, amount, id) WHERE deleted_at IS NULL;
CREATE INDEX deals_close_date ON deals (workspace_id, expected_close_date, id) WHERE deleted_at IS NULL;
CREATE INDEX deals_company ON deals (company_id) WHERE deleted_at IS NULL;
CREATE INDEX deals_owner ON deals (workspace_id, owner_id, id) WHERE deleted_at IS NULL;
CREATE INDEX deals_trash ON deals (workspace_id, deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE deal_people (
    workspace_id  BLOB NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    deal_id       BLOB NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
    person_id     BLOB NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    role          TEXT,
    created_at    TEXT NOT NULL,
    PRIMARY KEY (deal_id, person_id)
) STRICT;
CREATE INDEX deal_people_person ON deal_people (person_id);

-- When each deal entered and left each stage: cycle times and conversion rates.
CREATE TABLE deal_stage_history (
    id            BLOB PRIMARY KEY,
    workspace_id  BLOB NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    deal_id       BLOB NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
    pipeline_id   BLOB NOT NULL REFERENCES pipelines (id),
    stage_id      BLOB NOT NULL REFERENCES stages (id),
    entered_at    TEXT NOT NULL,
    left_at       TEXT,
    entered_by    BLOB REFERENCES members (id) ON DELETE SET NULL
) STRICT;
CREATE INDEX deal_stage_history_deal ON deal_stage_history (deal_id, entered_at);
CREATE INDEX deal_stage_history_stage ON deal_stage_history (workspace_id, stage_id, entered_at);

CREATE TABLE activities (
    id                BLOB PRIMARY KEY,
    workspace_id      BLOB NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    version           INTEGER NOT NULL,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    created_by        BLOB REFERENCES members (id) ON DELETE SET NULL,
    deleted_at        TEXT,
    kind              TEXT NOT NULL CHECK (kind IN ('note', 'task', 'call', 'email', 'meeting')),
    subject           TEXT,
    body              TEXT,
    person_id         BLOB REFERENCES people (id) ON DELETE SET NULL,
    company_id        BLOB REFERENCES companies (id) ON DELETE SET NULL,
    deal_id           BLOB REFERENCES deals (id) ON DELETE SET NULL,
    occurred_at       TEXT NOT NULL,
    ends_at           TEXT,
    due_at            TEXT,
    status            TEXT,
    completed_at      TEXT,
    priority          TEXT,
    assignee_id       BLOB REFERENCES members (id) ON DELETE SET NULL,
    direction         TEXT,
    duration_seconds  INTEGER,
    outcome           TEXT,
    transcript        TEXT,
    recording_url     TEXT,
    email_from        TEXT,
    email_to          TEXT,
    email_cc          TEXT,
    location          TEXT,
    owner_id          BLOB REFERENCES members (id) ON DELETE SET NULL,
    custom            TEXT NOT NULL DEFAULT '{}'
) STRICT;
CREATE INDEX activities_created ON activities (workspace_id, created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX activities_updated ON activities (workspace_id, updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX activities_occurred ON activities (workspace_id, occurred_at, id) WHERE deleted_at IS NULL;
-- Timelines: newest first per linked record.
CREATE INDEX activities_person ON activities (person_id, occurred_at) WHERE deleted_at IS NULL;
CREATE INDEX activities_company ON activities (company_id, occurred_at) WHERE deleted_at IS NULL;
CREATE INDEX activities_deal ON activities (deal_id, occurred_at) WHERE deleted_at IS NULL;
-- "My work": open tasks by assignee and due date.
CREATE INDEX activities_tasks ON activities (workspace_id, assignee_id, due_at) WHERE deleted_at IS NULL AND kind = 'task';
CREATE INDEX activities_kind ON activities (workspace_id, kind, id) WHERE deleted_at IS NULL;
CREATE INDEX activities_trash ON activities (workspace_id, deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE custom_fields (
    id            BLOB PRIMARY KEY,
    workspace_id  BLOB NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    object        TEXT NOT NULL,
    key           TEXT NOT NULL,
    label         TEXT NOT NULL,
    kind          TEXT NOT NULL,
    options       TEXT NOT NULL DEFAULT '[]',
    required      INTEGER NOT NULL DEFAULT 0,
    position      INTEGER NOT NULL,
    created_at    TEXT NOT NULL,
    UNIQUE (workspace_id, object, key)
) STRICT;

CREATE TABLE saved_views (
    id            BLOB PRIMARY KEY,
    workspace_id  BLOB NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    object        TEXT NOT NULL,
    name          TEXT NOT NULL,
    filter        TEXT,
    sort          TEXT,
    columns       TEXT NOT NULL DEFAULT '[]',
    shared        INTEGER NOT NULL DEFAULT 1,
    owner_id      BLOB REFERENCES members (id) ON DELETE SET NULL,
    version       INTEGER NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
) STRICT;
CREATE INDEX saved_views_object ON saved_views (workspace_id, object);

-- What happened to records besides activities: created, field changes, stage moves, trash.
-- The timeline merges these with activities.
CREATE TABLE record_events (
    id            BLOB PRIMARY KEY,
    workspace_id  BLOB NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    record_kind   TEXT NOT NULL,
    record_id     BLOB NOT NULL,
    event         TEXT NOT NULL,
    actor_id      BLOB REFERENCES members (id) ON DELETE SET NULL,
    at            TEXT NOT NULL,
    data          TEXT NOT NULL DEFAULT '{}'
) STRICT;
CREATE INDEX record_events_record ON record_events (record_id, at);

-- Responses to POSTs sent with an Idempotency-Key, replayed when the client retries.
CREATE TABLE idempotency_keys (
    workspace_id   BLOB NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    key            TEXT NOT NULL,
    request_hash   TEXT NOT NULL,
    status         INTEGER NOT NULL,
    response       TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    PRIMARY KEY (workspace_id, key)
) STRICT;
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);
