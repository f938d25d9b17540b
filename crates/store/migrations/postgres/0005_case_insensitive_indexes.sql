-- Text filters compare lower(column); these expression indexes make equality and prefix
-- (LIKE 'abc%', hence text_pattern_ops) filters on names and cities index lookups.
DROP INDEX people_city;
DROP INDEX companies_city;
CREATE INDEX people_city_ci ON people (workspace_id, lower(city) text_pattern_ops) WHERE deleted_at IS NULL;
CREATE INDEX people_first_name_ci ON people (workspace_id, lower(first_name) text_pattern_ops) WHERE deleted_at IS NULL;
CREATE INDEX people_last_name_ci ON people (workspace_id, lower(last_name) text_pattern_ops) WHERE deleted_at IS NULL;
CREATE INDEX companies_name_ci ON companies (workspace_id, lower(name) text_pattern_ops) WHERE deleted_at IS NULL;
CREATE INDEX companies_city_ci ON companies (workspace_id, lower(city) text_pattern_ops) WHERE deleted_at IS NULL;
