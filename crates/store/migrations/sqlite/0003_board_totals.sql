-- The board sums amounts per stage and currency over every live deal of a pipeline. This
-- index holds all it reads, in the order it groups by, so the sums come from the index
-- alone instead of from the deals' rows.
DROP INDEX deals_pipeline;
CREATE INDEX deals_board ON deals (workspace_id, pipeline_id, stage_id, currency, amount) WHERE deleted_at IS NULL;
