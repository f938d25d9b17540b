//! Blocking: which records are compared at all.
//!
//! Each record is filed under a few *blocking keys* (its emails, its phones, its name with its
//! city, …). Only records that share a key are compared, so the work grows with the block
//! sizes, not with the square of the record count. Entries are sorted by key (`O(k log k)`
//! for `k` entries) instead of hashed into per-key lists, which keeps memory flat.
//!
//! A block larger than `max_block` (a company switchboard shared by 3,000 people, all the
//! "Smiths" of one big employer) is not compared all-pairs: its members are sorted by a
//! second key and each is compared with the next `window` members (sorted neighbourhood).
//! We sub-block rather than skip because a giant block can still hold real duplicates, and
//! the sorted window finds the ones whose other fields sort together, at `O(size · window)`.

use serde::Serialize;

/// What one kind of blocking key produced.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BlockStats {
    pub kind: &'static str,
    /// Blocks with at least two records.
    pub blocks: usize,
    /// Members of the largest block, before windowing.
    pub largest: usize,
    /// Blocks larger than `max_block`, compared by sorted neighbourhood.
    pub windowed: usize,
    /// Pairs this kind proposed (a pair may also come from other kinds).
    pub pairs: usize,
    /// A sorted-neighbourhood pass over all records rather than keyed blocks.
    pub sorted_pass: bool,
}

/// Collects candidate pairs kind by kind.
#[derive(Debug)]
pub struct Blocker {
    max_block: usize,
    window: usize,
    pairs: Vec<u64>,
    stats: Vec<BlockStats>,
}

impl Blocker {
    pub fn new(max_block: usize, window: usize) -> Self {
        Self {
            max_block: max_block.max(2),
            window: window.max(1),
            pairs: Vec::new(),
            stats: Vec::new(),
        }
    }

    /// Files one kind of key: `entries` are (key, record) pairs; `order` is the second sort
    /// key used inside blocks too large to compare all-pairs.
    pub fn add_kind(
        &mut self,
        kind: &'static str,
        mut entries: Vec<(u64, u32)>,
        order: impl Fn(u32) -> u64,
    ) {
        entries.sort_unstable();
        entries.dedup();
        let mut stats = BlockStats {
            kind,
            blocks: 0,
            largest: 0,
            windowed: 0,
            pairs: 0,
            sorted_pass: false,
        };
        let before = self.pairs.len();
        let mut members: Vec<u32> = Vec::new();
        for block in entries.chunk_by(|a, b| a.0 == b.0) {
            if block.len() < 2 {
                continue;
            }
            stats.blocks += 1;
            stats.largest = stats.largest.max(block.len());
            members.clear();
            members.extend(block.iter().map(|(_, record)| *record));
            if members.len() <= self.max_block {
                self.all_pairs(&members);
            } else {
                stats.windowed += 1;
                members.sort_unstable_by_key(|record| (order(*record), *record));
                self.sorted_neighbourhood(&members);
            }
        }
        stats.pairs = self.pairs.len() - before;
        self.stats.push(stats);
    }

    /// One sorted-neighbourhood pass over `records`: sorted by `order`, each compared with the
    /// next `window` (typos that no exact key catches).
    pub fn add_sorted_pass(
        &mut self,
        kind: &'static str,
        mut records: Vec<u32>,
        order: impl Fn(u32) -> u64,
    ) {
        let before = self.pairs.len();
        records.sort_unstable_by_key(|record| (order(*record), *record));
        self.sorted_neighbourhood(&records);
        self.stats.push(BlockStats {
            kind,
            blocks: 1,
            largest: records.len(),
            windowed: 1,
            pairs: self.pairs.len() - before,
            sorted_pass: true,
        });
    }

    fn all_pairs(&mut self, members: &[u32]) {
        for (i, a) in members.iter().enumerate() {
            for b in &members[i + 1..] {
                self.pairs.push(pack(*a, *b));
            }
        }
    }

    fn sorted_neighbourhood(&mut self, members: &[u32]) {
        for (i, a) in members.iter().enumerate() {
            for b in members.iter().skip(i + 1).take(self.window) {
                self.pairs.push(pack(*a, *b));
            }
        }
    }

    /// The distinct candidate pairs (lower record first, sorted) and per-kind statistics.
    pub fn finish(mut self) -> (Vec<(u32, u32)>, Vec<BlockStats>) {
        self.pairs.sort_unstable();
        self.pairs.dedup();
        let pairs = self
            .pairs
            .iter()
            .map(|p| ((p >> 32) as u32, *p as u32))
            .collect();
        (pairs, self.stats)
    }
}

fn pack(a: u32, b: u32) -> u64 {
    let (lo, hi) = if a < b { (a, b) } else { (b, a) };
    (u64::from(lo) << 32) | u64::from(hi)
}

/// A 64-bit FNV-1a hash, to turn composite keys (name + city) into one sortable number.
/// Collisions only add a candidate pair; the score decides.
pub fn hash_key(parts: &[u64]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for byte in part.to_le_bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_records_sharing_a_key_are_paired() {
        let mut blocker = Blocker::new(10, 2);
        blocker.add_kind("email", vec![(7, 0), (7, 2), (9, 1), (5, 3)], u64::from);
        blocker.add_kind("phone", vec![(1, 2), (1, 0), (2, 3), (2, 1)], u64::from);
        let (pairs, stats) = blocker.finish();
        assert_eq!(pairs, vec![(0, 2), (1, 3)]);
        assert_eq!(stats[0].blocks, 1);
        assert_eq!(stats[1].pairs, 2);
    }

    #[test]
    fn giant_blocks_are_windowed_by_their_order_key() {
        let mut blocker = Blocker::new(3, 1);
        // Five records under one key; order key puts them 4,3,2,1,0.
        let entries = (0..5).map(|r| (42, r)).collect();
        blocker.add_kind("phone", entries, |r| u64::from(10 - r));
        let (pairs, stats) = blocker.finish();
        assert_eq!(pairs, vec![(0, 1), (1, 2), (2, 3), (3, 4)]);
        assert_eq!((stats[0].largest, stats[0].windowed), (5, 1));
    }
}
