//! Pairwise precision and recall against the generator's truth.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;

use crate::record::{Cluster, Match};

use super::truth::Origin;

/// Precision, recall and F1 of a set of predicted pairs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Scores {
    pub true_positives: usize,
    pub false_positives: usize,
    pub false_negatives: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Scores {
    fn from_counts(tp: usize, fp: usize, fn_: usize) -> Self {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let precision = ratio(tp, tp + fp);
        let recall = ratio(tp, tp + fn_);
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        Self {
            true_positives: tp,
            false_positives: fp,
            false_negatives: fn_,
            precision,
            recall,
            f1,
        }
    }
}

/// Recall of one kind of planted duplicate.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KindRecall {
    pub kind: String,
    pub pairs: usize,
    /// Pairs that shared a block (the most the scorer could find).
    pub blocked: usize,
    pub found: usize,
}

/// How often one kind of look-alike was wrongly matched.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HardRate {
    pub kind: String,
    pub pairs: usize,
    pub flagged: usize,
}

/// Precision of matches by confidence band: is the confidence honest?
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Band {
    pub from: f32,
    pub to: f32,
    pub matches: usize,
    pub correct: usize,
}

/// The true pairs of a generated set, each labelled with how it was planted.
pub struct Truth<'a> {
    pub entity: &'a [u32],
    pub origin: &'a [Origin],
}

pub fn pack(a: u32, b: u32) -> u64 {
    let (lo, hi) = if a < b { (a, b) } else { (b, a) };
    (u64::from(lo) << 32) | u64::from(hi)
}

impl Truth<'_> {
    pub fn same(&self, a: u32, b: u32) -> bool {
        self.entity[a as usize] == self.entity[b as usize]
    }

    /// Every pair of records of one entity, with its kind.
    pub fn true_pairs(&self) -> Vec<(u64, &'static str)> {
        let mut by_entity: HashMap<u32, Vec<u32>> = HashMap::new();
        for (record, entity) in self.entity.iter().enumerate() {
            by_entity.entry(*entity).or_default().push(record as u32);
        }
        let mut pairs = Vec::new();
        for members in by_entity.values().filter(|m| m.len() > 1) {
            for (i, a) in members.iter().enumerate() {
                for b in &members[i + 1..] {
                    pairs.push((pack(*a, *b), self.kind_of(*a, *b)));
                }
            }
        }
        pairs.sort_unstable();
        pairs
    }

    fn kind_of(&self, a: u32, b: u32) -> &'static str {
        match (self.origin[a as usize], self.origin[b as usize]) {
            (Origin::Duplicate { kind, .. }, Origin::Original)
            | (Origin::Original, Origin::Duplicate { kind, .. }) => kind,
            (Origin::Duplicate { .. }, Origin::Duplicate { .. }) => "between two duplicates",
            _ => "other",
        }
    }

    /// (record, the record it imitates, kind) for every planted look-alike.
    pub fn hard_pairs(&self) -> Vec<(u64, &'static str)> {
        self.origin
            .iter()
            .enumerate()
            .filter_map(|(i, origin)| match origin {
                Origin::Hard { kind, of } => Some((pack(i as u32, *of), *kind)),
                _ => None,
            })
            .collect()
    }
}

/// Pairwise scores of matches, per-kind recall and look-alike rates.
pub struct Measured {
    pub pairwise: Scores,
    pub clustered: Scores,
    pub blocking_recall: f64,
    pub by_kind: Vec<KindRecall>,
    pub hard: Vec<HardRate>,
    pub bands: Vec<Band>,
}

pub fn measure(
    truth: &Truth,
    candidates: &[(u32, u32)],
    matches: &[Match],
    clusters: &[Cluster],
) -> Measured {
    let true_pairs = truth.true_pairs();
    let predicted: HashSet<u64> = matches
        .iter()
        .map(|m| pack(m.a as u32, m.b as u32))
        .collect();
    let blocked = |p: u64| {
        candidates
            .binary_search(&((p >> 32) as u32, p as u32))
            .is_ok()
    };
    let tp = true_pairs
        .iter()
        .filter(|(p, _)| predicted.contains(p))
        .count();
    let pairwise = Scores::from_counts(tp, predicted.len() - tp, true_pairs.len() - tp);
    let blocked_count = true_pairs.iter().filter(|(p, _)| blocked(*p)).count();
    let mut kinds: BTreeMap<&str, KindRecall> = BTreeMap::new();
    for (pair, kind) in &true_pairs {
        let entry = kinds.entry(kind).or_insert_with(|| KindRecall {
            kind: (*kind).to_owned(),
            pairs: 0,
            blocked: 0,
            found: 0,
        });
        entry.pairs += 1;
        entry.blocked += usize::from(blocked(*pair));
        entry.found += usize::from(predicted.contains(pair));
    }
    let mut hard: BTreeMap<&str, HardRate> = BTreeMap::new();
    for (pair, kind) in truth.hard_pairs() {
        let entry = hard.entry(kind).or_insert_with(|| HardRate {
            kind: kind.to_owned(),
            pairs: 0,
            flagged: 0,
        });
        entry.pairs += 1;
        entry.flagged += usize::from(predicted.contains(&pair));
    }
    Measured {
        pairwise,
        clustered: cluster_scores(truth, &true_pairs, clusters),
        blocking_recall: if true_pairs.is_empty() {
            0.0
        } else {
            blocked_count as f64 / true_pairs.len() as f64
        },
        by_kind: kinds.into_values().collect(),
        hard: hard.into_values().collect(),
        bands: bands(truth, matches),
    }
}

/// Scores of the pairs the review clusters imply (every two members of a cluster).
fn cluster_scores(truth: &Truth, true_pairs: &[(u64, &str)], clusters: &[Cluster]) -> Scores {
    let (mut tp, mut predicted) = (0, 0);
    for cluster in clusters {
        let members: Vec<u32> = cluster.members.iter().map(|m| *m as u32).collect();
        for (i, a) in members.iter().enumerate() {
            for b in &members[i + 1..] {
                predicted += 1;
                tp += usize::from(truth.same(*a, *b));
            }
        }
    }
    Scores::from_counts(tp, predicted - tp, true_pairs.len() - tp)
}

fn bands(truth: &Truth, matches: &[Match]) -> Vec<Band> {
    const EDGES: [f32; 7] = [0.5, 0.6, 0.7, 0.8, 0.9, 0.99, 1.0001];
    EDGES
        .windows(2)
        .map(|edge| {
            let inside: Vec<&Match> = matches
                .iter()
                .filter(|m| m.confidence >= edge[0] && m.confidence < edge[1])
                .collect();
            Band {
                from: edge[0],
                to: edge[1].min(1.0),
                matches: inside.len(),
                correct: inside
                    .iter()
                    .filter(|m| truth.same(m.a as u32, m.b as u32))
                    .count(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_count_pairs_not_records() {
        // Records 0,1,2 are one entity (three true pairs); 3 is alone.
        let entity = [7, 7, 7, 9];
        let origin = [
            Origin::Original,
            Origin::Duplicate {
                kind: "typo",
                of: 0,
            },
            Origin::Duplicate {
                kind: "copy",
                of: 0,
            },
            Origin::Hard {
                kind: "namesake",
                of: 0,
            },
        ];
        let truth = Truth {
            entity: &entity,
            origin: &origin,
        };
        let found = |a: u128, b: u128| Match {
            a,
            b,
            confidence: 0.9,
            weight: 20.0,
            evidence: vec![],
        };
        let matches = [found(0, 1), found(0, 3)];
        let measured = measure(&truth, &[(0, 1), (0, 3)], &matches, &[]);
        assert_eq!(measured.pairwise.true_positives, 1);
        assert_eq!(measured.pairwise.false_positives, 1);
        assert_eq!(measured.pairwise.false_negatives, 2);
        assert!((measured.pairwise.precision - 0.5).abs() < 1e-9);
        assert_eq!(measured.hard[0].flagged, 1);
        let typo = measured
            .by_kind
            .iter()
            .find(|k| k.kind == "typo")
            .map(|k| k.found);
        assert_eq!(typo, Some(1));
    }
}
