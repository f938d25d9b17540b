//! Global search across people, companies and deals: prefix and typo-tolerant, ranked.
//!
//! The index is kept in the transaction of every write, so search never shows a record
//! that is not there or misses one that is.

use std::collections::{BTreeSet, HashMap, HashSet};

use relata_domain::fuzzy::edit_distance;
use relata_domain::search::{
    QueryToken, Term, allowed_typos, deletions, query_tokens, record_terms,
};
use relata_domain::{ObjectKind, Record};
use uuid::Uuid;

use crate::engine::Tx;
use crate::records::{record_from_row, select_list};
use crate::sql::InList;
use crate::{Store, StoreError};

/// The most index rows read per query word; beyond this a word is too common to rank by.
const CANDIDATES_PER_TOKEN: i64 = 2_000;
/// The highest code point: appended to a prefix it bounds the prefix's index range.
const MAX_CHAR: char = '\u{10FFFF}';

fn is_searchable(kind: ObjectKind) -> bool {
    matches!(
        kind,
        ObjectKind::Person | ObjectKind::Company | ObjectKind::Deal
    )
}

/// Removes the terms `record` was indexed under (before a re-index, or when it goes to the
/// trash). The terms are recomputed from the record, so they are found by primary key.
pub(crate) async fn unindex(
    tx: &mut Tx,
    workspace_id: Uuid,
    record: &Record,
) -> Result<(), StoreError> {
    let terms = record_terms(record);
    if terms.is_empty() {
        return Ok(());
    }
    let mut sql = tx.sql("DELETE FROM search_terms WHERE workspace_id = ");
    sql.bind(workspace_id)
        .push(" AND record_id = ")
        .bind(record.id)
        .push(" AND ");
    sql.push_in(
        "term",
        InList::Texts(terms.into_iter().map(|t| t.text).collect()),
    );
    tx.execute(sql).await?;
    Ok(())
}

/// Adds the terms of live records, and new name words to the typo dictionary.
pub(crate) async fn index(
    tx: &mut Tx,
    workspace_id: Uuid,
    records: &[&Record],
) -> Result<(), StoreError> {
    let rows: Vec<(&Record, Term)> = records
        .iter()
        .filter(|r| is_searchable(r.kind) && r.deleted_at.is_none())
        .flat_map(|r| record_terms(r).into_iter().map(move |t| (*r, t)))
        .collect();
    for chunk in rows.chunks(5_000) {
        let mut sql = tx.sql(
            "INSERT INTO search_terms (workspace_id, term, record_kind, record_id, weight) VALUES ",
        );
        for (i, (record, term)) in chunk.iter().enumerate() {
            sql.push(if i == 0 { "(" } else { ", (" });
            sql.bind(workspace_id)
                .push(", ")
                .bind(term.text.as_str())
                .push(", ")
                .bind(record.kind.name());
            sql.push(", ")
                .bind(record.id)
                .push(", ")
                .bind(term.weight)
                .push(")");
        }
        sql.push(" ON CONFLICT DO NOTHING");
        tx.execute(sql).await?;
    }
    // Sorted, so concurrent writers take the dictionary's row locks in one order and never
    // deadlock over a word they both add.
    let words: BTreeSet<&str> = rows
        .iter()
        .filter(|(_, t)| t.fuzzy)
        .map(|(_, t)| t.text.as_str())
        .collect();
    add_to_dictionary(tx, workspace_id, words.into_iter().collect()).await
}

/// Stores the deletions of words the dictionary does not know yet.
async fn add_to_dictionary(
    tx: &mut Tx,
    workspace_id: Uuid,
    words: Vec<&str>,
) -> Result<(), StoreError> {
    for chunk in words.chunks(1_000) {
        let mut known = tx.sql("SELECT term FROM search_variants WHERE workspace_id = ");
        known.bind(workspace_id).push(" AND variant = term AND ");
        known.push_in(
            "variant",
            InList::Texts(chunk.iter().map(|w| (*w).to_owned()).collect()),
        );
        let known: HashSet<String> = tx
            .fetch_all(known)
            .await?
            .iter()
            .filter_map(|r| r.text("term").ok())
            .collect();
        let mut pairs: Vec<(String, &str)> = chunk
            .iter()
            .filter(|w| !known.contains(**w))
            .flat_map(|w| deletions(w).into_iter().map(move |d| (d, *w)))
            .collect();
        pairs.sort();
        for pairs in pairs.chunks(5_000) {
            let mut sql =
                tx.sql("INSERT INTO search_variants (workspace_id, variant, term) VALUES ");
            for (i, (variant, word)) in pairs.iter().enumerate() {
                sql.push(if i == 0 { "(" } else { ", (" });
                sql.bind(workspace_id)
                    .push(", ")
                    .bind(variant.as_str())
                    .push(", ")
                    .bind(*word)
                    .push(")");
            }
            sql.push(" ON CONFLICT DO NOTHING");
            tx.execute(sql).await?;
        }
    }
    Ok(())
}

/// Whether a write changed what a record is found by.
pub(crate) fn terms_changed(before: &Record, after: &Record) -> bool {
    is_searchable(after.kind)
        && (before.deleted_at.is_some() != after.deleted_at.is_some()
            || record_terms(before) != record_terms(after))
}

/// One search result.
#[derive(Debug, Clone)]
pub struct SearchHit {
    pub score: i64,
    pub record: Record,
}

/// How well one index term answers one query word: exact beats prefix beats a typo.
fn match_score(token: &QueryToken, term: &str, weight: i64) -> Option<i64> {
    if term == token.text {
        return Some(weight * 10);
    }
    if term.starts_with(&token.text) {
        return Some(weight * 6);
    }
    if token.fuzzy {
        let allowed = allowed_typos(&token.text);
        if allowed > 0 {
            let distance = edit_distance(&token.text, term);
            if distance <= allowed {
                return Some(weight * (4 - distance as i64).max(1));
            }
        }
    }
    None
}

type Candidates = HashMap<(String, Uuid), i64>;

impl Store {
    /// People, companies and deals matching every word of `query`, best first.
    pub async fn search(
        &self,
        workspace_id: Uuid,
        query: &str,
        default_country_code: &str,
        limit: usize,
    ) -> Result<Vec<SearchHit>, StoreError> {
        let tokens = query_tokens(query, default_country_code);
        if tokens.is_empty() {
            return Ok(Vec::new());
        }
        let mut per_token = Vec::with_capacity(tokens.len());
        for token in &tokens {
            per_token.push(self.token_candidates(workspace_id, token).await?);
        }
        // Rank the records every word matches, starting from the rarest word's matches.
        let rarest_at = (0..per_token.len())
            .min_by_key(|i| per_token[*i].len())
            .unwrap_or(0);
        let rarest = per_token.swap_remove(rarest_at);
        let others = per_token;
        let mut scored: Vec<((String, Uuid), i64)> = rarest
            .into_iter()
            .filter_map(|(key, score)| {
                others
                    .iter()
                    .try_fold(score, |total, candidates| {
                        candidates.get(&key).map(|s| total + s)
                    })
                    .map(|total| (key, total))
            })
            .collect();
        if scored.is_empty() && tokens.len() > 1 {
            scored = self.verify_rarest(workspace_id, &tokens, rarest_at).await?;
        }
        scored.sort_by(|a, b| b.1.cmp(&a.1).then(b.0.1.cmp(&a.0.1)));
        scored.truncate(limit);
        self.load_hits(workspace_id, scored).await
    }

    /// Index rows matching one word: by prefix, and by the typo dictionary when the word
    /// itself is rare.
    async fn token_candidates(
        &self,
        workspace_id: Uuid,
        token: &QueryToken,
    ) -> Result<Candidates, StoreError> {
        let mut sql = self.pools.sql(
            "SELECT term, record_kind, record_id, weight FROM search_terms WHERE workspace_id = ",
        );
        sql.bind(workspace_id)
            .push(" AND term >= ")
            .bind(token.text.as_str());
        sql.push(" AND term < ")
            .bind(format!("{}{MAX_CHAR}", token.text));
        sql.push(" ORDER BY term, record_id LIMIT ")
            .bind(CANDIDATES_PER_TOKEN);
        let mut rows = self.pools.fetch_all(sql).await?;
        if token.fuzzy && allowed_typos(&token.text) > 0 && rows.len() < 50 {
            let words = self.similar_words(workspace_id, &token.text).await?;
            if !words.is_empty() {
                let mut sql = self.pools.sql("SELECT term, record_kind, record_id, weight FROM search_terms WHERE workspace_id = ");
                sql.bind(workspace_id).push(" AND ");
                sql.push_in("term", InList::Texts(words))
                    .push(" LIMIT ")
                    .bind(CANDIDATES_PER_TOKEN);
                rows.extend(self.pools.fetch_all(sql).await?);
            }
        }
        let mut candidates = Candidates::new();
        for row in &rows {
            let term = row.text("term")?;
            if let Some(score) = match_score(token, &term, row.int("weight")?) {
                let best = candidates
                    .entry((row.text("record_kind")?, row.id("record_id")?))
                    .or_insert(0);
                *best = (*best).max(score);
            }
        }
        Ok(candidates)
    }

    /// Dictionary words within the allowed typos of `word`.
    async fn similar_words(
        &self,
        workspace_id: Uuid,
        word: &str,
    ) -> Result<Vec<String>, StoreError> {
        let mut sql = self
            .pools
            .sql("SELECT DISTINCT term FROM search_variants WHERE workspace_id = ");
        sql.bind(workspace_id).push(" AND ");
        sql.push_in("variant", InList::Texts(deletions(word)));
        let allowed = allowed_typos(word);
        Ok(self
            .pools
            .fetch_all(sql)
            .await?
            .iter()
            .filter_map(|row| row.text("term").ok())
            .filter(|term| term != word && edit_distance(word, term) <= allowed)
            .collect())
    }

    /// When every word is common, the capped candidate lists may not overlap: check the
    /// other words against the terms of the rarest word's records instead.
    async fn verify_rarest(
        &self,
        workspace_id: Uuid,
        tokens: &[QueryToken],
        rarest_at: usize,
    ) -> Result<Vec<((String, Uuid), i64)>, StoreError> {
        let first = self
            .token_candidates(workspace_id, &tokens[rarest_at])
            .await?;
        let candidates: Vec<((String, Uuid), i64)> = first
            .into_iter()
            .take(500)
            .map(|(key, _)| (key, 0))
            .collect();
        let records = self.load_hits(workspace_id, candidates).await?;
        Ok(records
            .into_iter()
            .filter_map(|hit| {
                let terms = record_terms(&hit.record);
                let total = tokens.iter().try_fold(0, |total, token| {
                    terms
                        .iter()
                        .filter_map(|term| match_score(token, &term.text, term.weight))
                        .max()
                        .map(|s| total + s)
                })?;
                Some(((hit.record.kind.name().to_owned(), hit.record.id), total))
            })
            .collect())
    }

    async fn load_hits(
        &self,
        workspace_id: Uuid,
        scored: Vec<((String, Uuid), i64)>,
    ) -> Result<Vec<SearchHit>, StoreError> {
        let mut records: HashMap<Uuid, Record> = HashMap::new();
        for kind in [ObjectKind::Person, ObjectKind::Company, ObjectKind::Deal] {
            let ids: Vec<Uuid> = scored
                .iter()
                .filter(|((k, _), _)| k == kind.name())
                .map(|((_, id), _)| *id)
                .collect();
            if ids.is_empty() {
                continue;
            }
            let mut sql = self.pools.sql("SELECT ");
            sql.push(&select_list(kind))
                .push(" FROM ")
                .push(kind.plural())
                .push(" WHERE workspace_id = ");
            sql.bind(workspace_id).push(" AND deleted_at IS NULL AND ");
            sql.push_in("id", InList::Ids(ids));
            for row in self.pools.fetch_all(sql).await? {
                let record = record_from_row(kind, &row)?;
                records.insert(record.id, record);
            }
        }
        Ok(scored
            .into_iter()
            .filter_map(|((_, id), score)| {
                records
                    .remove(&id)
                    .map(|record| SearchHit { score, record })
            })
            .collect())
    }
}
