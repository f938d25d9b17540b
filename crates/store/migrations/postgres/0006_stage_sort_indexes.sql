-- "Customers, most recently updated (or created) first" is a list every team keeps open:
-- indexes that filter by lifecycle stage and sort by time in one pass.
DROP INDEX people_lifecycle;
CREATE INDEX people_lifecycle_updated ON people (workspace_id, lifecycle_stage, updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX people_lifecycle_created ON people (workspace_id, lifecycle_stage, created_at, id) WHERE deleted_at IS NULL;
