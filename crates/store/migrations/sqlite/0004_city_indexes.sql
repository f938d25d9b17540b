-- Lists of people and companies are often filtered by city.
CREATE INDEX people_city ON people (workspace_id, city) WHERE deleted_at IS NULL;
CREATE INDEX companies_city ON companies (workspace_id, city) WHERE deleted_at IS NULL;
