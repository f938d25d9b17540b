//! Evaluations as Markdown tables.

use std::fmt::Write;
use std::time::Duration;

use super::Evaluation;

fn seconds(d: Duration) -> String {
    format!("{:.2} s", d.as_secs_f64())
}

fn ratio(a: usize, b: usize) -> String {
    if b == 0 {
        "–".to_owned()
    } else {
        format!("{:.3}", a as f64 / b as f64)
    }
}

impl Evaluation {
    /// The run as Markdown: speed, blocking, overall scores, per-kind recall, look-alikes,
    /// confidence bands and examples.
    pub fn to_markdown(&self) -> String {
        let mut out = String::new();
        let t = &self.timings;
        let m = &self.measured;
        let _ = writeln!(
            out,
            "## {}: {} records (seed {})\n",
            self.title, self.records, self.seed
        );
        let _ = writeln!(out, "| stage | time |\n| --- | ---: |");
        let _ = writeln!(
            out,
            "| generate data (not part of the scan) | {} |",
            seconds(self.generation)
        );
        for (stage, time) in [
            ("normalise", t.prepare),
            ("block", t.blocking),
            ("score", t.scoring),
            ("cluster", t.clustering),
        ] {
            let _ = writeln!(out, "| {stage} | {} |", seconds(time));
        }
        let _ = writeln!(out, "| **scan total** | **{}** |\n", seconds(t.total()));
        let _ = writeln!(
            out,
            "Pairs compared: {} ({:.2} per record). Largest block: {} (blocks over {} are compared by sorted neighbourhood). Matches: {}. Review clusters: {}. True pairs that shared a block: {:.3}.\n",
            self.pairs_compared,
            self.pairs_compared as f64 / self.records.max(1) as f64,
            self.largest_block(),
            self.max_block,
            self.matches,
            self.clusters,
            m.blocking_recall
        );
        let _ = writeln!(
            out,
            "| blocking key | blocks | largest | windowed | pairs proposed |\n| --- | ---: | ---: | ---: | ---: |"
        );
        for b in &self.blocks {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                b.kind, b.blocks, b.largest, b.windowed, b.pairs
            );
        }
        let _ = writeln!(
            out,
            "\n| level | precision | recall | F1 | TP | FP | FN |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
        );
        for (level, s) in [
            ("pairs (matches)", m.pairwise),
            ("clusters (all pairs within)", m.clustered),
        ] {
            let _ = writeln!(
                out,
                "| {level} | {:.4} | {:.4} | {:.4} | {} | {} | {} |",
                s.precision, s.recall, s.f1, s.true_positives, s.false_positives, s.false_negatives
            );
        }
        let _ = writeln!(
            out,
            "\nOf the {} wrong matches, {} are pairs with the {}: nothing in the fields tells them apart.",
            m.pairwise.false_positives, self.indistinguishable, self.indistinguishable_label
        );
        let _ = writeln!(
            out,
            "\n| planted duplicate | pairs | shared a block | found | recall |\n| --- | ---: | ---: | ---: | ---: |"
        );
        for k in &m.by_kind {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                k.kind,
                k.pairs,
                k.blocked,
                k.found,
                ratio(k.found, k.pairs)
            );
        }
        let _ = writeln!(
            out,
            "\n| planted look-alike (not a duplicate) | pairs | wrongly matched | rate |\n| --- | ---: | ---: | ---: |"
        );
        for h in &m.hard {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                h.kind,
                h.pairs,
                h.flagged,
                ratio(h.flagged, h.pairs)
            );
        }
        let _ = writeln!(
            out,
            "\n| confidence | matches | correct | precision |\n| --- | ---: | ---: | ---: |"
        );
        for b in &m.bands {
            let _ = writeln!(
                out,
                "| {:.2}–{:.2} | {} | {} | {} |",
                b.from,
                b.to,
                b.matches,
                b.correct,
                ratio(b.correct, b.matches)
            );
        }
        self.examples_markdown(&mut out);
        out
    }

    fn examples_markdown(&self, out: &mut String) {
        if !self.false_positives.is_empty() {
            let _ = writeln!(
                out,
                "\nWrong matches (first {}):\n",
                self.false_positives.len()
            );
            for (m, text) in &self.false_positives {
                let _ = writeln!(
                    out,
                    "- {text} — confidence {:.2}: {}",
                    m.confidence,
                    m.evidence.join("; ")
                );
            }
        }
        if !self.false_negatives.is_empty() {
            let _ = writeln!(
                out,
                "\nMissed duplicates (first {}):\n",
                self.false_negatives.len()
            );
            for (m, text, blocked) in &self.false_negatives {
                let how = if *blocked {
                    "compared"
                } else {
                    "never compared"
                };
                let _ = writeln!(
                    out,
                    "- {text} — {how}, confidence {:.2}: {}",
                    m.confidence,
                    m.evidence.join("; ")
                );
            }
        }
    }
}
