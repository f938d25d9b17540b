//! String similarity for names: Jaro–Winkler for "how alike", edit distance for "how many
//! typos".

/// Typos between two names: the domain's optimal-string-alignment distance.
pub use relata_domain::fuzzy::edit_distance;

/// Jaro–Winkler similarity in 0..=1 (1 = equal), with the usual prefix bonus of 0.1 per
/// common leading character, up to four.
pub fn jaro_winkler(a: &str, b: &str) -> f64 {
    if a.is_ascii() && b.is_ascii() {
        jaro_winkler_of(a.as_bytes(), b.as_bytes())
    } else {
        let a: Vec<char> = a.chars().collect();
        let b: Vec<char> = b.chars().collect();
        jaro_winkler_of(&a, &b)
    }
}

fn jaro_winkler_of<T: PartialEq>(a: &[T], b: &[T]) -> f64 {
    let jaro = jaro_of(a, b);
    let prefix = a.iter().zip(b).take(4).take_while(|(x, y)| x == y).count();
    jaro + prefix as f64 * 0.1 * (1.0 - jaro)
}

fn jaro_of<T: PartialEq>(a: &[T], b: &[T]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let window = (a.len().max(b.len()) / 2).saturating_sub(1);
    let mut b_used = vec![false; b.len()];
    let mut a_matched: Vec<usize> = Vec::with_capacity(a.len());
    for (i, x) in a.iter().enumerate() {
        let lo = i.saturating_sub(window);
        let hi = (i + window + 1).min(b.len());
        if let Some(j) = (lo..hi).find(|&j| !b_used[j] && b[j] == *x) {
            b_used[j] = true;
            a_matched.push(i);
        }
    }
    let matches = a_matched.len();
    if matches == 0 {
        return 0.0;
    }
    let b_matched = b_used
        .iter()
        .enumerate()
        .filter(|(_, used)| **used)
        .map(|(j, _)| j);
    let half_transpositions = a_matched
        .iter()
        .zip(b_matched)
        .filter(|(i, j)| a[**i] != b[*j])
        .count();
    let m = matches as f64;
    let t = (half_transpositions / 2) as f64;
    (m / a.len() as f64 + m / b.len() as f64 + (m - t) / m) / 3.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_typos() {
        assert_eq!(edit_distance("ivanov", "ivanov"), 0);
        assert_eq!(edit_distance("ivanov", "ivanvo"), 1);
        assert_eq!(edit_distance("иванов", "ивонов"), 1);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }

    #[test]
    fn jaro_winkler_textbook_values() {
        assert!((jaro_winkler("martha", "marhta") - 0.9611).abs() < 1e-3);
        assert!((jaro_winkler("dwayne", "duane") - 0.84).abs() < 1e-3);
        assert!((jaro_winkler("dixon", "dicksonx") - 0.8133).abs() < 1e-3);
        assert_eq!(jaro_winkler("abc", "abc"), 1.0);
        assert_eq!(jaro_winkler("abc", "xyz"), 0.0);
    }

    #[test]
    fn jaro_winkler_works_on_cyrillic() {
        assert!(jaro_winkler("иванов", "иванова") > 0.95);
    }
}
