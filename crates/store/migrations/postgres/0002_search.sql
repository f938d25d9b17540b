-- Global search (see crates/domain/src/search.rs for what the terms are).
-- Terms compare byte-wise (COLLATE "C") so that a prefix is an index range:
-- term >= 'iva' AND term < 'iva' || U+10FFFF.

-- What each person, company and deal can be found by. A record's terms are removed by
-- recomputing them from its previous values, so no second index on record_id is needed.
CREATE TABLE search_terms (
    workspace_id  uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    term          text COLLATE "C" NOT NULL,
    record_kind   text NOT NULL,
    record_id     uuid NOT NULL,
    weight        bigint NOT NULL,
    PRIMARY KEY (workspace_id, term, record_id)
);

-- The typo-tolerant dictionary: every distinct name word with its one-letter deletions.
-- It holds far fewer rows than there are records, and a misspelt word finds its
-- candidates here through the primary key instead of by scanning similar rows.
CREATE TABLE search_variants (
    workspace_id  uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    variant       text COLLATE "C" NOT NULL,
    term          text COLLATE "C" NOT NULL,
    PRIMARY KEY (workspace_id, variant, term)
);
