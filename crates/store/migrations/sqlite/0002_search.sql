-- Global search (see crates/domain/src/search.rs for what the terms are).
-- SQLite compares text byte-wise, so a prefix is an index range:
-- term >= 'iva' AND term < 'iva' || U+10FFFF.

-- What each person, company and deal can be found by. A record's terms are removed by
-- recomputing them from its previous values, so no second index on record_id is needed.
CREATE TABLE search_terms (
    workspace_id  BLOB NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    term          TEXT NOT NULL,
    record_kind   TEXT NOT NULL,
    record_id     BLOB NOT NULL,
    weight        INTEGER NOT NULL,
    PRIMARY KEY (workspace_id, term, record_id)
) STRICT, WITHOUT ROWID;

-- The typo-tolerant dictionary: every distinct name word with its one-letter deletions.
-- It holds far fewer rows than there are records, and a misspelt word finds its
-- candidates here through the primary key instead of by scanning similar rows.
CREATE TABLE search_variants (
    workspace_id  BLOB NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    variant       TEXT NOT NULL,
    term          TEXT NOT NULL,
    PRIMARY KEY (workspace_id, variant, term)
) STRICT, WITHOUT ROWID;
