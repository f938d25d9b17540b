-- Text filters compare case-insensitively in every script. SQLite's own NOCASE folds only
-- ASCII, so Relata registers a collation `unicase` (Unicode lower-case comparison) on each
-- connection; these indexes use it, so equality and prefix filters on names and cities
-- are index lookups. A tool opening this database must register `unicase` to write to
-- these tables.
DROP INDEX people_city;
DROP INDEX companies_city;
CREATE INDEX people_city_ci ON people (workspace_id, city COLLATE unicase) WHERE deleted_at IS NULL;
CREATE INDEX people_first_name_ci ON people (workspace_id, first_name COLLATE unicase) WHERE deleted_at IS NULL;
CREATE INDEX people_last_name_ci ON people (workspace_id, last_name COLLATE unicase) WHERE deleted_at IS NULL;
CREATE INDEX companies_name_ci ON companies (workspace_id, name COLLATE unicase) WHERE deleted_at IS NULL;
CREATE INDEX companies_city_ci ON companies (workspace_id, city COLLATE unicase) WHERE deleted_at IS NULL;
