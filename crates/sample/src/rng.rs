//! A small seeded random source and the distributions sample data needs.
//!
//! Written here rather than taken from a crate so that a seed gives the same data on every
//! platform and with every dependency update: benchmark results stay comparable over time.

/// SplitMix64: tiny, fast, passes BigCrush, and any 64-bit seed is a good one.
#[derive(Debug, Clone)]
pub struct Rng {
    state: u64,
}

const GOLDEN_GAMMA: u64 = 0x9E37_79B9_7F4A_7C15;

/// The SplitMix64 output function, also a good 64-bit hash of an integer.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// A 64-bit hash of a string, for remembering which values were used without keeping them.
pub fn hash_str(s: &str) -> u64 {
    s.bytes().fold(0xCBF2_9CE4_8422_2325, |h, b| {
        mix(h ^ u64::from(b)).wrapping_add(GOLDEN_GAMMA)
    })
}

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng { state: mix(seed) }
    }

    /// An independent stream for item `index` of `stream`, so that one item's attributes can
    /// be regenerated later without replaying every item before it.
    pub fn for_item(seed: u64, stream: u64, index: u64) -> Rng {
        Rng::new(mix(seed ^ mix(stream.wrapping_add(GOLDEN_GAMMA))) ^ mix(index))
    }

    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(GOLDEN_GAMMA);
        mix(self.state)
    }

    /// Uniform in `0..n` (Lemire's multiply-shift; the tiny bias is irrelevant here).
    pub fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// Uniform in `lo..=hi`.
    pub fn between(&mut self, lo: i64, hi: i64) -> i64 {
        let span = (hi - lo).unsigned_abs() as usize + 1;
        lo + self.below(span) as i64
    }

    /// Uniform in `[0, 1)`, with 53 bits of precision.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn chance(&mut self, probability: f64) -> bool {
        self.unit() < probability
    }

    /// One item of a non-empty slice, uniformly.
    ///
    /// # Panics
    /// On an empty slice; every list this crate picks from is a non-empty constant.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// Standard normal, by Box-Muller.
    pub fn normal(&mut self) -> f64 {
        let u1 = 1.0 - self.unit();
        let u2 = self.unit();
        (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()
    }

    /// Log-normal with the given median: how deal sizes and company sizes are spread (most
    /// small, a few very large).
    pub fn log_normal(&mut self, median: f64, sigma: f64) -> f64 {
        median * (sigma * self.normal()).exp()
    }
}

/// Picks an index with probability proportional to its weight (binary search over the
/// cumulative weights, so thousands of options cost a dozen comparisons).
#[derive(Debug, Clone)]
pub struct WeightedIndex {
    cumulative: Vec<f64>,
}

impl WeightedIndex {
    /// Negative or non-finite weights count as zero; all-zero weights pick uniformly.
    pub fn new(weights: impl IntoIterator<Item = f64>) -> WeightedIndex {
        let mut total = 0.0;
        let mut cumulative: Vec<f64> = weights
            .into_iter()
            .map(|w| {
                total += if w.is_finite() && w > 0.0 { w } else { 0.0 };
                total
            })
            .collect();
        if total <= 0.0 {
            cumulative = (1..=cumulative.len()).map(|i| i as f64).collect();
        }
        WeightedIndex { cumulative }
    }

    pub fn len(&self) -> usize {
        self.cumulative.len()
    }

    pub fn is_empty(&self) -> bool {
        self.cumulative.is_empty()
    }

    /// An index in `0..len()`; 0 when there are no options.
    pub fn sample(&self, rng: &mut Rng) -> usize {
        let Some(total) = self.cumulative.last() else {
            return 0;
        };
        let target = rng.unit() * total;
        self.cumulative
            .partition_point(|c| *c <= target)
            .min(self.len() - 1)
    }
}

/// Ranks drawn with Zipf's law: rank `k` (from 0) has weight `1 / (k + 1)^exponent`. Names,
/// like words, follow it: a few are everywhere, thousands appear now and then.
#[derive(Debug, Clone)]
pub struct Zipf {
    index: WeightedIndex,
}

impl Zipf {
    pub fn new(ranks: usize, exponent: f64) -> Zipf {
        Zipf {
            index: WeightedIndex::new((1..=ranks).map(|k| (k as f64).powf(-exponent))),
        }
    }

    pub fn sample(&self, rng: &mut Rng) -> usize {
        self.index.sample(rng)
    }
}

/// One option from a short list of `(option, weight)` pairs.
pub fn weighted<'a, T>(rng: &mut Rng, options: &'a [(T, u32)]) -> &'a T {
    let total: u32 = options.iter().map(|(_, w)| w).sum();
    let mut target = rng.below(total.max(1) as usize) as u32;
    for (option, weight) in options {
        if target < *weight {
            return option;
        }
        target -= weight;
    }
    &options[options.len() - 1].0
}

/// Splits `total` among items in proportion to their weights, exactly (the parts always sum
/// to `total`), one item at a time, so that a million items need no table in memory.
///
/// The weights are given twice: once summed up front, then again item by item; callers
/// regenerate them from [`Rng::for_item`] rather than store them.
#[derive(Debug, Clone)]
pub struct Apportion {
    total: usize,
    weight_sum: f64,
    cumulative: f64,
    assigned: usize,
}

impl Apportion {
    pub fn new(total: usize, weight_sum: f64) -> Apportion {
        Apportion {
            total,
            weight_sum,
            cumulative: 0.0,
            assigned: 0,
        }
    }

    /// The share of the next item. Rounding the running total (not each share) keeps the
    /// error below one for every item and the sum exact.
    pub fn next(&mut self, weight: f64) -> usize {
        self.cumulative += weight.max(0.0);
        let target = if self.weight_sum > 0.0 {
            (self.total as f64 * (self.cumulative / self.weight_sum)).round() as usize
        } else {
            0
        };
        let share = target.min(self.total).saturating_sub(self.assigned);
        self.assigned += share;
        share
    }

    /// What is still unassigned (floating-point dust): give it to the last item.
    pub fn remainder(&self) -> usize {
        self.total - self.assigned
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_seed_gives_the_same_sequence_and_another_seed_does_not() {
        let a: Vec<u64> = (0..8)
            .scan(Rng::new(42), |r, _| Some(r.next_u64()))
            .collect();
        let b: Vec<u64> = (0..8)
            .scan(Rng::new(42), |r, _| Some(r.next_u64()))
            .collect();
        let c: Vec<u64> = (0..8)
            .scan(Rng::new(43), |r, _| Some(r.next_u64()))
            .collect();
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_eq!(
            Rng::for_item(1, 2, 3).next_u64(),
            Rng::for_item(1, 2, 3).next_u64()
        );
        assert_ne!(
            Rng::for_item(1, 2, 3).next_u64(),
            Rng::for_item(1, 2, 4).next_u64()
        );
    }

    #[test]
    fn the_known_first_output_never_changes() {
        // Pinned so that a change to the generator, which would silently change every
        // benchmark data set, fails here first.
        assert_eq!(mix(0), 0);
        assert_eq!(Rng { state: 0 }.next_u64(), 0xE220_A839_7B1D_CDAF);
    }

    #[test]
    fn uniform_draws_stay_in_range() {
        let mut rng = Rng::new(7);
        for _ in 0..10_000 {
            assert!(rng.below(10) < 10);
            let x = rng.between(-3, 3);
            assert!((-3..=3).contains(&x));
            let u = rng.unit();
            assert!((0.0..1.0).contains(&u));
        }
    }

    #[test]
    fn zipf_frequencies_decrease_with_rank() {
        let zipf = Zipf::new(1000, 1.0);
        let mut rng = Rng::new(1);
        let mut counts = vec![0usize; 1000];
        for _ in 0..200_000 {
            counts[zipf.sample(&mut rng)] += 1;
        }
        assert!(counts[0] > counts[1] && counts[1] > counts[2] && counts[2] > counts[4]);
        assert!(counts[9] > counts[99] && counts[99] > counts[999]);
        // Rank 1 is drawn about twice as often as rank 2 (ratio 2 under exponent 1).
        let ratio = counts[0] as f64 / counts[1] as f64;
        assert!((1.8..2.2).contains(&ratio), "{ratio}");
        // The long tail is reached: most ranks appear at least once.
        assert!(counts.iter().filter(|c| **c > 0).count() > 950);
    }

    #[test]
    fn weighted_choices_follow_their_weights() {
        let mut rng = Rng::new(3);
        let options = [("a", 1), ("b", 0), ("c", 3)];
        let mut counts = [0usize; 3];
        for _ in 0..40_000 {
            match *weighted(&mut rng, &options) {
                "a" => counts[0] += 1,
                "b" => counts[1] += 1,
                _ => counts[2] += 1,
            }
        }
        assert_eq!(counts[1], 0);
        let ratio = counts[2] as f64 / counts[0] as f64;
        assert!((2.7..3.3).contains(&ratio), "{ratio}");
        let index = WeightedIndex::new([0.0, 2.0, 0.0]);
        assert!((0..100).all(|_| index.sample(&mut rng) == 1));
    }

    #[test]
    fn apportioned_parts_sum_to_the_total() {
        let weights: Vec<f64> = (0..997).map(|i| 1.0 + (i % 13) as f64 * 0.37).collect();
        let sum: f64 = weights.iter().sum();
        let mut split = Apportion::new(10_001, sum);
        let parts: Vec<usize> = weights.iter().map(|w| split.next(*w)).collect();
        assert_eq!(parts.iter().sum::<usize>() + split.remainder(), 10_001);
        assert!(split.remainder() <= 1);
        // Heavier items get more.
        assert!(parts[12] > parts[0]);
    }
}
