-- Lead scores: each open deal's chance of being won (0–100) and the reasons in words, as
-- the workspace's latest model scored it; filterable and sortable like any field. The model
-- itself and its report (cross-validated AUC, calibration, warnings) are kept per workspace.

ALTER TABLE deals ADD COLUMN lead_score bigint;
ALTER TABLE deals ADD COLUMN lead_score_reasons jsonb;

CREATE INDEX deals_lead_score ON deals (workspace_id, lead_score DESC, id) WHERE deleted_at IS NULL;

CREATE TABLE insight_models (
    workspace_id  uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    kind          text NOT NULL,
    model         jsonb NOT NULL,
    report        jsonb NOT NULL,
    trained_at    timestamptz NOT NULL,
    PRIMARY KEY (workspace_id, kind)
);
