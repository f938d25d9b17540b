//! Equal strings as one small number, so that records are compared and grouped by integers.

use std::collections::HashMap;

/// Marks "no value" in `u32` id fields.
pub const NONE: u32 = u32::MAX;

/// Gives each distinct string an id (0, 1, 2, …) and counts how many records use it.
#[derive(Debug, Default)]
pub struct Interner {
    ids: HashMap<String, u32>,
    counts: Vec<u32>,
}

impl Interner {
    /// The id of `value`, counting one more use of it.
    pub fn intern(&mut self, value: String) -> u32 {
        let next = self.counts.len() as u32;
        let id = *self.ids.entry(value).or_insert(next);
        if id == next {
            self.counts.push(0);
        }
        self.counts[id as usize] += 1;
        id
    }

    /// The id of `value` if it was interned.
    pub fn get(&self, value: &str) -> Option<u32> {
        self.ids.get(value).copied()
    }

    /// How many uses of each id were counted, indexed by id.
    pub fn into_counts(self) -> Vec<u32> {
        self.counts
    }

    /// The strings in id order.
    pub fn values_by_id(&self) -> Vec<&str> {
        let mut values = vec![""; self.counts.len()];
        for (value, id) in &self.ids {
            values[*id as usize] = value;
        }
        values
    }
}

/// Lists of small ids per record, stored flat (one allocation for all records).
#[derive(Debug, Default, Clone)]
pub struct Ragged {
    starts: Vec<u32>,
    items: Vec<u32>,
}

impl Ragged {
    pub fn new() -> Self {
        Self {
            starts: vec![0],
            items: Vec::new(),
        }
    }

    /// Adds the next record's list (duplicates removed).
    pub fn push_row(&mut self, row: &mut Vec<u32>) {
        row.sort_unstable();
        row.dedup();
        self.items.extend_from_slice(row);
        self.starts.push(self.items.len() as u32);
        row.clear();
    }

    pub fn row(&self, record: usize) -> &[u32] {
        &self.items[self.starts[record] as usize..self.starts[record + 1] as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_strings_share_an_id_and_are_counted() {
        let mut interner = Interner::default();
        let a = interner.intern("x".into());
        let b = interner.intern("y".into());
        assert_eq!(interner.intern("x".into()), a);
        assert_ne!(a, b);
        assert_eq!(interner.values_by_id(), vec!["x", "y"]);
        assert_eq!(interner.into_counts(), vec![2, 1]);
    }

    #[test]
    fn ragged_rows_are_sorted_and_deduplicated() {
        let mut ragged = Ragged::new();
        ragged.push_row(&mut vec![3, 1, 3]);
        ragged.push_row(&mut vec![]);
        assert_eq!(ragged.row(0), &[1, 3]);
        assert!(ragged.row(1).is_empty());
    }
}
