//! Evidence lines and the `Match` they explain.

use crate::record::{Match, RecordId};
use crate::weights::confidence;

/// Evidence being collected for one pair: (weight in bits, sentence).
pub type Evidence = Vec<(f32, String)>;

/// A `Match` from its total weight and evidence, strongest evidence first, each line with
/// its weight ("same phone +74951234567 (+10.0)"); lines of weight 0 are notes.
pub fn to_match(a: RecordId, b: RecordId, weight: f32, offset: f32, mut lines: Evidence) -> Match {
    lines.sort_by(|x, y| y.0.total_cmp(&x.0));
    let evidence = lines
        .into_iter()
        .map(|(w, text)| {
            if w == 0.0 {
                text
            } else {
                format!("{text} ({w:+.1})")
            }
        })
        .collect();
    Match {
        a,
        b,
        confidence: confidence(weight, offset),
        weight,
        evidence,
    }
}

/// Strongest matches first; ties in id order, so output is deterministic.
pub fn sort_strongest_first(matches: &mut [Match]) {
    matches.sort_by(|x, y| {
        y.confidence
            .total_cmp(&x.confidence)
            .then(x.a.cmp(&y.a))
            .then(x.b.cmp(&y.b))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evidence_is_ordered_and_weighted() {
        let lines = vec![
            (-1.7, "no email in common".to_owned()),
            (10.0, "same phone +74951234567".to_owned()),
            (0.0, "names compared swapped".to_owned()),
        ];
        let m = to_match(1, 2, 8.3, 14.0, lines);
        assert_eq!(
            m.evidence,
            vec![
                "same phone +74951234567 (+10.0)",
                "names compared swapped",
                "no email in common (-1.7)"
            ]
        );
        assert!(m.confidence < 0.05);
    }
}
