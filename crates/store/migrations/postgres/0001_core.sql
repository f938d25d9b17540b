-- The core CRM schema. Every row belongs to a workspace and every query names it.
-- Ids are UUIDv7 (time-ordered), so primary-key indexes stay append-mostly.
-- Records carry version (optimistic concurrency) and deleted_at (trash with restore).

CREATE TABLE workspaces (
    id          uuid PRIMARY KEY,
    name        text NOT NULL,
    -- Workspace settings (default country code for phones, currency, …) as a JSON object.
    settings    jsonb NOT NULL DEFAULT '{}',
    version     bigint NOT NULL DEFAULT 1,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL
);

CREATE TABLE users (
    id          uuid PRIMARY KEY,
    email       text NOT NULL UNIQUE,
    name        text NOT NULL,
    created_at  timestamptz NOT NULL
);

CREATE TABLE members (
    id            uuid PRIMARY KEY,
    workspace_id  uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    user_id       uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role          text NOT NULL CHECK (role IN ('owner', 'admin', 'member', 'viewer')),
    created_at    timestamptz NOT NULL,
    deleted_at    timestamptz,
    UNIQUE (workspace_id, user_id)
);

CREATE TABLE companies (
    id              uuid PRIMARY KEY,
    workspace_id    uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    version         bigint NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    created_by      uuid REFERENCES members (id) ON DELETE SET NULL,
    deleted_at      timestamptz,
    name            text NOT NULL,
    domain          text,
    other_domains   jsonb,
    industry        text,
    employees       bigint,
    annual_revenue  bigint,
    phone           text,
    street          text,
    city            text,
    region          text,
    postal_code     text,
    country         text,
    linkedin_url    text,
    description     text,
    owner_id        uuid REFERENCES members (id) ON DELETE SET NULL,
    tags            jsonb,
    custom          jsonb NOT NULL DEFAULT '{}'
);
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
    id               uuid PRIMARY KEY,
    workspace_id     uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    version          bigint NOT NULL,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    created_by       uuid REFERENCES members (id) ON DELETE SET NULL,
    deleted_at       timestamptz,
    first_name       text,
    last_name        text,
    email            text,
    other_emails     jsonb,
    phone            text,
    other_phones     jsonb,
    job_title        text,
    company_id       uuid REFERENCES companies (id) ON DELETE SET NULL,
    city             text,
    country          text,
    source           text,
    lifecycle_stage  text,
    lead_status      text,
    linkedin_url     text,
    owner_id         uuid REFERENCES members (id) ON DELETE SET NULL,
    tags             jsonb,
    custom           jsonb NOT NULL DEFAULT '{}'
);
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
    id            uuid PRIMARY KEY,
    workspace_id  uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    name          text NOT NULL,
    position      bigint NOT NULL,
    version       bigint NOT NULL,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    deleted_at    timestamptz
);
CREATE INDEX pipelines_workspace ON pipelines (workspace_id, position);

CREATE TABLE stages (
    id            uuid PRIMARY KEY,
    workspace_id  uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    pipeline_id   uuid NOT NULL REFERENCES pipelines (id) ON DELETE CASCADE,
    name          text NOT NULL,
    position      bigint NOT NULL,
    probability   bigint NOT NULL CHECK (probability BETWEEN 0 AND 100),
    kind          text NOT NULL CHECK (kind IN ('open', 'won', 'lost')),
    -- A stage removed from its pipeline is kept for the deals' history.
    deleted_at    timestamptz
);
CREATE INDEX stages_pipeline ON stages (pipeline_id, position);

CREATE TABLE deals (
    id                   uuid PRIMARY KEY,
    workspace_id         uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    version              bigint NOT NULL,
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL,
    created_by           uuid REFERENCES members (id) ON DELETE SET NULL,
    deleted_at           timestamptz,
    name                 text NOT NULL,
    amount               bigint,
    currency             text,
    pipeline_id          uuid NOT NULL REFERENCES pipelines (id),
    stage_id             uuid NOT NULL REFERENCES stages (id),
    expected_close_date  date,
    company_id           uuid REFERENCES companies (id) ON DELETE SET NULL,
    owner_id             uuid REFERENCES members (id) ON DELETE SET NULL,
    source               text,
    lost_reason          text,
    closed_at            timestamptz,
    stage_entered_at     timestamptz,
    description          text,
    tags                 jsonb,
    custom               jsonb NOT NULL DEFAULT '{}'
);
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
    workspace_id  uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    deal_id       uuid NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
    person_id     uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    role          text,
    created_at    timestamptz NOT NULL,
    PRIMARY KEY (deal_id, person_id)
);
CREATE INDEX deal_people_person ON deal_people (person_id);

-- When each deal entered and left each stage: cycle times and conversion rates.
CREATE TABLE deal_stage_history (
    id            uuid PRIMARY KEY,
    workspace_id  uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    deal_id       uuid NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
    pipeline_id   uuid NOT NULL REFERENCES pipelines (id),
    stage_id      uuid NOT NULL REFERENCES stages (id),
    entered_at    timestamptz NOT NULL,
    left_at       timestamptz,
    entered_by    uuid REFERENCES members (id) ON DELETE SET NULL
);
CREATE INDEX deal_stage_history_deal ON deal_stage_history (deal_id, entered_at);
CREATE INDEX deal_stage_history_stage ON deal_stage_history (workspace_id, stage_id, entered_at);

CREATE TABLE activities (
    id                uuid PRIMARY KEY,
    workspace_id      uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    version           bigint NOT NULL,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    created_by        uuid REFERENCES members (id) ON DELETE SET NULL,
    deleted_at        timestamptz,
    kind              text NOT NULL CHECK (kind IN ('note', 'task', 'call', 'email', 'meeting')),
    subject           text,
    body              text,
    person_id         uuid REFERENCES people (id) ON DELETE SET NULL,
    company_id        uuid REFERENCES companies (id) ON DELETE SET NULL,
    deal_id           uuid REFERENCES deals (id) ON DELETE SET NULL,
    occurred_at       timestamptz NOT NULL,
    ends_at           timestamptz,
    due_at            timestamptz,
    status            text,
    completed_at      timestamptz,
    priority          text,
    assignee_id       uuid REFERENCES members (id) ON DELETE SET NULL,
    direction         text,
    duration_seconds  bigint,
    outcome           text,
    transcript        text,
    recording_url     text,
    email_from        text,
    email_to          jsonb,
    email_cc          jsonb,
    location          text,
    owner_id          uuid REFERENCES members (id) ON DELETE SET NULL,
    custom            jsonb NOT NULL DEFAULT '{}'
);
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
    id            uuid PRIMARY KEY,
    workspace_id  uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    object        text NOT NULL,
    key           text NOT NULL,
    label         text NOT NULL,
    kind          text NOT NULL,
    options       jsonb NOT NULL DEFAULT '[]',
    required      boolean NOT NULL DEFAULT false,
    position      bigint NOT NULL,
    created_at    timestamptz NOT NULL,
    UNIQUE (workspace_id, object, key)
);

CREATE TABLE saved_views (
    id            uuid PRIMARY KEY,
    workspace_id  uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    object        text NOT NULL,
    name          text NOT NULL,
    filter        text,
    sort          text,
    columns       jsonb NOT NULL DEFAULT '[]',
    shared        boolean NOT NULL DEFAULT true,
    owner_id      uuid REFERENCES members (id) ON DELETE SET NULL,
    version       bigint NOT NULL,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL
);
CREATE INDEX saved_views_object ON saved_views (workspace_id, object);

-- What happened to records besides activities: created, field changes, stage moves, trash.
-- The timeline merges these with activities.
CREATE TABLE record_events (
    id            uuid PRIMARY KEY,
    workspace_id  uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    record_kind   text NOT NULL,
    record_id     uuid NOT NULL,
    event         text NOT NULL,
    actor_id      uuid REFERENCES members (id) ON DELETE SET NULL,
    at            timestamptz NOT NULL,
    data          jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX record_events_record ON record_events (record_id, at);

-- Responses to POSTs sent with an Idempotency-Key, replayed when the client retries.
CREATE TABLE idempotency_keys (
    workspace_id   uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    key            text NOT NULL,
    request_hash   text NOT NULL,
    status         bigint NOT NULL,
    response       jsonb NOT NULL,
    created_at     timestamptz NOT NULL,
    PRIMARY KEY (workspace_id, key)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);
