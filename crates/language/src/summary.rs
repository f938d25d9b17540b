//! Extractive summaries of calls and notes: the few sentences most central to
//! the text, returned in their original order.
//!
//! Sentences are TF-IDF vectors of their content stems (IDF over the
//! sentences of the text itself); a TextRank-style power iteration over their
//! cosine similarities finds the central ones. Very short sentences ("Yeah.",
//! "Hi Anna") are discounted, since they rarely say what a call was about.

use std::collections::HashMap;

use crate::sentences::{split_sentences, split_speaker};
use crate::stopwords::is_stopword;
use crate::tokens::{Kind, annotate};

const DAMPING: f32 = 0.85;
const ITERATIONS: usize = 40;
/// Sentences with fewer content words than this are scaled down.
const FULL_LENGTH: usize = 5;

/// The `max_sentences` most central sentences, in original order. Texts with
/// that many sentences or fewer come back whole.
pub fn summarize(text: &str, max_sentences: usize) -> Vec<String> {
    // (speaker, sentence): speaker labels are kept for the output but not
    // scored, or every turn of the same person would look alike.
    let sentences: Vec<(Option<&str>, &str)> = text
        .lines()
        .flat_map(|line| {
            let (speaker, body) = split_speaker(line);
            split_sentences(body).into_iter().map(move |s| (speaker, s))
        })
        .collect();
    let shown = |(speaker, sentence): (Option<&str>, &str)| match speaker {
        Some(name) => format!("{name}: {sentence}"),
        None => sentence.to_string(),
    };
    if sentences.len() <= max_sentences {
        return sentences.into_iter().map(shown).collect();
    }
    let bags: Vec<Vec<String>> = sentences.iter().map(|(_, s)| content_stems(s)).collect();
    let vectors = tf_idf(&bags);
    let ranks = text_rank(&vectors);
    let mut scored: Vec<(usize, f32)> = ranks
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let length = (bags[i].len() as f32 / FULL_LENGTH as f32).min(1.0);
            (i, r * length)
        })
        .collect();
    scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut chosen: Vec<usize> = scored.iter().take(max_sentences).map(|(i, _)| *i).collect();
    chosen.sort_unstable();
    chosen.into_iter().map(|i| shown(sentences[i])).collect()
}

fn content_stems(sentence: &str) -> Vec<String> {
    annotate(sentence)
        .terms
        .into_iter()
        .filter(|t| t.kind == Kind::Word && !is_stopword(&t.text) && t.text.chars().count() > 1)
        .map(|t| t.stem)
        .collect()
}

/// Unit-length TF-IDF vectors as sparse maps.
fn tf_idf(bags: &[Vec<String>]) -> Vec<HashMap<&str, f32>> {
    let mut df: HashMap<&str, f32> = HashMap::new();
    for bag in bags {
        let mut seen: Vec<&str> = bag.iter().map(String::as_str).collect();
        seen.sort_unstable();
        seen.dedup();
        for stem in seen {
            *df.entry(stem).or_default() += 1.0;
        }
    }
    let n = bags.len() as f32;
    bags.iter()
        .map(|bag| {
            let mut v: HashMap<&str, f32> = HashMap::new();
            for stem in bag {
                *v.entry(stem.as_str()).or_default() += 1.0;
            }
            for (stem, w) in v.iter_mut() {
                *w *= (1.0 + n / df[stem]).ln();
            }
            let norm = v.values().map(|w| w * w).sum::<f32>().sqrt();
            if norm > 0.0 {
                v.values_mut().for_each(|w| *w /= norm);
            }
            v
        })
        .collect()
}

fn cosine(a: &HashMap<&str, f32>, b: &HashMap<&str, f32>) -> f32 {
    let (small, large) = if a.len() < b.len() { (a, b) } else { (b, a) };
    small
        .iter()
        .filter_map(|(k, w)| large.get(k).map(|v| w * v))
        .sum()
}

/// PageRank over the similarity graph.
fn text_rank(vectors: &[HashMap<&str, f32>]) -> Vec<f32> {
    let n = vectors.len();
    let mut sim = vec![vec![0.0f32; n]; n];
    for i in 0..n {
        for j in (i + 1)..n {
            let s = cosine(&vectors[i], &vectors[j]);
            sim[i][j] = s;
            sim[j][i] = s;
        }
    }
    let out_weight: Vec<f32> = sim.iter().map(|row| row.iter().sum()).collect();
    let mut rank = vec![1.0 / n as f32; n];
    for _ in 0..ITERATIONS {
        let next: Vec<f32> = (0..n)
            .map(|i| {
                let inflow: f32 = (0..n)
                    .filter(|&j| out_weight[j] > 0.0)
                    .map(|j| sim[j][i] / out_weight[j] * rank[j])
                    .sum();
                (1.0 - DAMPING) / n as f32 + DAMPING * inflow
            })
            .collect();
        rank = next;
    }
    rank
}

#[cfg(test)]
mod tests {
    use super::summarize;

    #[test]
    fn picks_central_sentences_in_original_order() {
        let call = "Hi Anna. Thanks for joining. \
            We discussed the pricing of the enterprise plan for the sales team. \
            Anna said the enterprise plan pricing is above the budget of the sales team. \
            The weather in Berlin was nice. \
            We agreed to revisit enterprise pricing after the budget review of the sales team. \
            Bye.";
        let summary = summarize(call, 2);
        assert_eq!(summary.len(), 2);
        assert!(summary.iter().all(|s| s.contains("pricing")), "{summary:?}");
        let first = call.find(summary[0].as_str()).unwrap();
        let second = call.find(summary[1].as_str()).unwrap();
        assert!(first < second);
    }

    #[test]
    fn transcripts_keep_labels_but_greetings_do_not_win() {
        let call = "Anna: Hi Bob, thanks for taking the time today.\n\
            Bob: We are evaluating a CRM for our sales team.\n\
            Anna: Great. Our CRM plan for sales teams starts at ten seats.\n\
            Bob: The sales team wants the CRM to import old deals.\n\
            Anna: Sure, bye.";
        let summary = summarize(call, 2);
        assert_eq!(summary.len(), 2);
        assert!(summary.iter().all(|s| s.contains("CRM")), "{summary:?}");
        assert!(summary[0].starts_with("Bob: ") || summary[0].starts_with("Anna: "));
    }

    #[test]
    fn russian_summary_and_short_texts() {
        let note = "Привет. Клиент жалуется на задержки поставки оборудования. \
            Поставки оборудования задерживаются уже третий месяц, клиент недоволен. \
            Кстати, в офисе новый кофе. \
            Обещали ускорить поставки оборудования к концу месяца.";
        let summary = summarize(note, 2);
        assert_eq!(summary.len(), 2);
        assert!(
            summary.iter().all(|s| s.contains("оборудования")),
            "{summary:?}"
        );
        assert_eq!(summarize("One line only.", 3), ["One line only."]);
    }
}
