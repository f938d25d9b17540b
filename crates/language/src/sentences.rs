//! Sentence splitting for summaries and action items: on `.`, `!`, `?`, `…`
//! followed by a space, and on line breaks (transcripts put one turn per
//! line), but not after common abbreviations.

/// Abbreviations (lowercase, without the final dot) that do not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "e.g", "i.e", "etc", "vs", "approx", "inc", "ltd", "jr", "sr",
    "st", "no", "т.е", "т.к", "т.д", "т.п", "др", "г", "гг", "ул", "им", "см", "руб", "тыс", "млн",
    "млрд", "стр", "напр",
];

/// "Anna: text" → (Some("Anna"), "text"): a transcript's speaker label, of
/// up to three capitalised words.
pub(crate) fn split_speaker(line: &str) -> (Option<&str>, &str) {
    if let Some((label, rest)) = line.split_once(':') {
        let words: Vec<&str> = label.split_whitespace().collect();
        let is_label = !words.is_empty()
            && words.len() <= 3
            && words
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase));
        if is_label && !rest.trim().is_empty() {
            return (Some(label.trim()), rest.trim());
        }
    }
    (None, line)
}

/// Splits text into trimmed, non-empty sentences.
pub(crate) fn split_sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (n, &(i, c)) in chars.iter().enumerate() {
        let end = i + c.len_utf8();
        let boundary = match c {
            '\n' => true,
            '.' | '!' | '?' | '…' => {
                let next = chars.get(n + 1).map(|&(_, c)| c);
                next.is_none_or(char::is_whitespace)
                    && !(c == '.' && is_abbreviation(&text[start..i]))
            }
            _ => false,
        };
        if boundary {
            push_trimmed(&text[start..end], &mut out);
            start = end;
        }
    }
    push_trimmed(&text[start..], &mut out);
    out
}

fn push_trimmed<'a>(piece: &'a str, out: &mut Vec<&'a str>) {
    let piece = piece.trim();
    if piece.chars().any(char::is_alphanumeric) {
        out.push(piece);
    }
}

fn is_abbreviation(before: &str) -> bool {
    let last = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("")
        .to_lowercase();
    ABBREVIATIONS.contains(&last.as_str())
        || (last.chars().count() == 1 && last.chars().all(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::{split_sentences, split_speaker};

    #[test]
    fn speaker_labels() {
        assert_eq!(split_speaker("Anna Lee: hi"), (Some("Anna Lee"), "hi"));
        assert_eq!(split_speaker("note: call back"), (None, "note: call back"));
        assert_eq!(split_speaker("Time: 10:30"), (Some("Time"), "10:30"));
    }

    #[test]
    fn splits_on_marks_and_lines_not_abbreviations() {
        assert_eq!(
            split_sentences("Hi Mr. Smith! Price is 3.5k, e.g. for 10 seats?\nAnna: ok"),
            [
                "Hi Mr. Smith!",
                "Price is 3.5k, e.g. for 10 seats?",
                "Anna: ok"
            ]
        );
        assert_eq!(
            split_sentences("Встреча в 10 ч., т.е. утром. Жду!"),
            ["Встреча в 10 ч., т.е. утром.", "Жду!"]
        );
    }
}
