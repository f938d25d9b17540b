//! The truth about generated records: which real entity each is, and how it was planted.

use super::prng::Rng;

/// Where a generated record came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Original,
    /// A second record of the entity of record `of`, made by `kind`.
    Duplicate {
        kind: &'static str,
        of: u32,
    },
    /// A different entity made to look like record `of`.
    Hard {
        kind: &'static str,
        of: u32,
    },
}

/// Generated records with their truth; `entity[i]` is the real entity behind record `i`.
#[derive(Debug, Clone)]
pub struct Synthetic<T> {
    pub records: Vec<T>,
    pub entity: Vec<u32>,
    pub origin: Vec<Origin>,
}

impl<T: Clone> Synthetic<T> {
    pub fn with_capacity(n: usize) -> Self {
        Self {
            records: Vec::with_capacity(n),
            entity: Vec::with_capacity(n),
            origin: Vec::with_capacity(n),
        }
    }

    pub fn push(&mut self, record: T, entity: u32, origin: Origin) -> u32 {
        self.records.push(record);
        self.entity.push(entity);
        self.origin.push(origin);
        (self.records.len() - 1) as u32
    }

    /// Keeps the first `n` records; links to records past the cut are dropped.
    pub fn truncate(&mut self, n: usize) {
        self.records.truncate(n);
        self.entity.truncate(n);
        self.origin.truncate(n);
        for origin in &mut self.origin {
            if let Origin::Duplicate { of, .. } | Origin::Hard { of, .. } = origin
                && *of as usize >= n
            {
                *origin = Origin::Original;
            }
        }
    }

    /// Shuffles the records (so that input order tells the matcher nothing) and renumbers
    /// them with `set_id(record, new index)`.
    pub fn shuffle(&mut self, rng: &mut Rng, set_id: impl Fn(&mut T, u32)) {
        let mut order: Vec<usize> = (0..self.records.len()).collect();
        rng.shuffle(&mut order);
        let mut position = vec![0u32; order.len()];
        for (new, old) in order.iter().enumerate() {
            position[*old] = new as u32;
        }
        let relink = |origin: Origin| match origin {
            Origin::Duplicate { kind, of } => Origin::Duplicate {
                kind,
                of: position[of as usize],
            },
            Origin::Hard { kind, of } => Origin::Hard {
                kind,
                of: position[of as usize],
            },
            Origin::Original => Origin::Original,
        };
        self.records = order.iter().map(|i| self.records[*i].clone()).collect();
        self.entity = order.iter().map(|i| self.entity[*i]).collect();
        self.origin = order.iter().map(|i| relink(self.origin[*i])).collect();
        for (i, record) in self.records.iter_mut().enumerate() {
            set_id(record, i as u32);
        }
    }
}
