//! A tiny deterministic pseudo-random generator (SplitMix64).
//!
//! Cross-validation folds and Monte Carlo bands must come out the same on
//! every run and every machine, so the crate carries its own generator instead
//! of depending on `rand`, whose streams may change between versions.

/// SplitMix64: 64 bits of state, passes BigCrush, and is a few lines long.
#[derive(Debug, Clone)]
pub struct SplitMix64 {
    state: u64,
}

impl SplitMix64 {
    /// A generator whose stream is fully determined by `seed`.
    pub fn new(seed: u64) -> Self {
        Self { state: seed }
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A uniform number in `[0, 1)` with 53 bits of precision.
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// A uniform index in `0..n` (`n > 0`), by multiply-shift so there is
    /// no modulo bias worth speaking of.
    pub fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// Fisher–Yates shuffle in place.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }

    /// A Poisson draw with the given mean: inversion for small means, a
    /// rounded normal approximation above 40 where inversion gets slow.
    pub fn poisson(&mut self, mean: f64) -> u64 {
        if mean <= 0.0 {
            return 0;
        }
        if mean > 40.0 {
            let normal = self.standard_normal();
            return (mean + normal * mean.sqrt()).round().max(0.0) as u64;
        }
        let limit = (-mean).exp();
        let mut product = self.next_f64();
        let mut count = 0;
        while product > limit {
            product *= self.next_f64();
            count += 1;
        }
        count
    }

    /// A standard normal draw (Box–Muller, one of the pair).
    pub fn standard_normal(&mut self) -> f64 {
        let u1 = self.next_f64().max(f64::MIN_POSITIVE);
        let u2 = self.next_f64();
        (-2.0 * u1.ln()).sqrt() * (2.0 * std::f64::consts::PI * u2).cos()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_stream_and_different_seed_differs() {
        let mut a = SplitMix64::new(7);
        let mut b = SplitMix64::new(7);
        let mut c = SplitMix64::new(8);
        let xs: Vec<u64> = (0..5).map(|_| a.next_u64()).collect();
        let ys: Vec<u64> = (0..5).map(|_| b.next_u64()).collect();
        let zs: Vec<u64> = (0..5).map(|_| c.next_u64()).collect();
        assert_eq!(xs, ys);
        assert_ne!(xs, zs);
    }

    #[test]
    fn uniform_draws_cover_the_range_evenly() {
        let mut rng = SplitMix64::new(1);
        let mut counts = [0usize; 10];
        for _ in 0..100_000 {
            let x = rng.next_f64();
            assert!((0.0..1.0).contains(&x));
            counts[(x * 10.0) as usize] += 1;
        }
        // Chi-squared with 9 degrees of freedom; 27.9 is its 99.9th percentile.
        let chi_squared: f64 = counts
            .iter()
            .map(|&c| (c as f64 - 10_000.0).powi(2) / 10_000.0)
            .sum();
        assert!(chi_squared < 27.9, "{counts:?}");
    }

    #[test]
    fn shuffle_is_a_permutation() {
        let mut rng = SplitMix64::new(3);
        let mut items: Vec<usize> = (0..50).collect();
        rng.shuffle(&mut items);
        assert_ne!(items, (0..50).collect::<Vec<_>>());
        items.sort_unstable();
        assert_eq!(items, (0..50).collect::<Vec<_>>());
    }

    #[test]
    fn poisson_mean_is_close_to_requested() {
        let mut rng = SplitMix64::new(5);
        for mean in [0.5, 4.0, 100.0] {
            let total: u64 = (0..4000).map(|_| rng.poisson(mean)).sum();
            let observed = total as f64 / 4000.0;
            assert!(
                (observed - mean).abs() < 0.05 * mean + 0.05,
                "{mean} vs {observed}"
            );
        }
    }
}
