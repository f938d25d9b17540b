//! Review clusters: matches joined transitively with union–find.

use std::collections::HashMap;

use crate::record::{Cluster, Match, RecordId};

/// Disjoint sets over `0..n` with path halving and union by size.
#[derive(Debug, Clone)]
pub struct UnionFind {
    parent: Vec<usize>,
    size: Vec<usize>,
}

impl UnionFind {
    pub fn new(n: usize) -> Self {
        Self {
            parent: (0..n).collect(),
            size: vec![1; n],
        }
    }

    pub fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    /// Joins the sets of `a` and `b`; the new root, or `None` if they were already one.
    pub fn union(&mut self, a: usize, b: usize) -> Option<usize> {
        let (mut ra, mut rb) = (self.find(a), self.find(b));
        if ra == rb {
            return None;
        }
        if self.size[ra] < self.size[rb] {
            std::mem::swap(&mut ra, &mut rb);
        }
        self.parent[rb] = ra;
        self.size[ra] += self.size[rb];
        Some(ra)
    }
}

/// Groups matches into clusters, strongest first. A cluster's confidence is its weakest
/// link: joining strongest matches first (Kruskal), the lowest confidence that had to be
/// accepted to connect all members.
pub fn clusters(matches: &[Match]) -> Vec<Cluster> {
    let mut index: HashMap<RecordId, usize> = HashMap::new();
    let mut ids: Vec<RecordId> = Vec::new();
    let mut slot = |id: RecordId| {
        *index.entry(id).or_insert_with(|| {
            ids.push(id);
            ids.len() - 1
        })
    };
    let edges: Vec<(usize, usize)> = matches.iter().map(|m| (slot(m.a), slot(m.b))).collect();
    let mut order: Vec<usize> = (0..matches.len()).collect();
    order.sort_by(|x, y| matches[*y].confidence.total_cmp(&matches[*x].confidence));
    let mut sets = UnionFind::new(ids.len());
    let mut weakest = vec![f32::INFINITY; ids.len()];
    for m in order {
        let (a, b) = edges[m];
        let (ra, rb) = (sets.find(a), sets.find(b));
        if let Some(root) = sets.union(a, b) {
            weakest[root] = weakest[ra].min(weakest[rb]).min(matches[m].confidence);
        }
    }
    let mut groups: HashMap<usize, Cluster> = HashMap::new();
    for (m, (a, _)) in matches.iter().zip(&edges) {
        let root = sets.find(*a);
        groups
            .entry(root)
            .or_insert_with(|| Cluster {
                members: Vec::new(),
                confidence: weakest[root],
                matches: Vec::new(),
            })
            .matches
            .push(m.clone());
    }
    for (slot, id) in ids.iter().enumerate() {
        let root = sets.find(slot);
        if let Some(cluster) = groups.get_mut(&root) {
            cluster.members.push(*id);
        }
    }
    let mut out: Vec<Cluster> = groups.into_values().collect();
    for cluster in &mut out {
        cluster.members.sort_unstable();
        cluster.matches.sort_by(|x, y| {
            y.confidence
                .total_cmp(&x.confidence)
                .then(x.a.cmp(&y.a))
                .then(x.b.cmp(&y.b))
        });
    }
    out.sort_by(|x, y| {
        y.confidence
            .total_cmp(&x.confidence)
            .then(x.members.cmp(&y.members))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(a: RecordId, b: RecordId, confidence: f32) -> Match {
        Match {
            a,
            b,
            confidence,
            weight: 0.0,
            evidence: Vec::new(),
        }
    }

    #[test]
    fn chains_join_and_take_the_weakest_link() {
        let found = clusters(&[
            link(1, 2, 0.9),
            link(2, 3, 0.6),
            link(1, 3, 0.95),
            link(7, 8, 0.8),
        ]);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].members, vec![1, 2, 3]);
        // 1–3 (0.95) and 1–2 (0.9) connect everything; 0.6 is not needed.
        assert!((found[0].confidence - 0.9).abs() < 1e-6);
        assert_eq!(found[0].matches.len(), 3);
        assert_eq!(found[1].members, vec![7, 8]);
    }
}
