//! Tiny helpers for Markdown tables.

use std::fmt;

/// Writes a Markdown table with a header row; `right` marks numeric columns.
pub(crate) fn table(
    f: &mut fmt::Formatter<'_>,
    header: &[&str],
    right: &[bool],
    rows: &[Vec<String>],
) -> fmt::Result {
    writeln!(f, "| {} |", header.join(" | "))?;
    let rule: Vec<&str> = right
        .iter()
        .map(|&r| if r { "---:" } else { "---" })
        .collect();
    writeln!(f, "| {} |", rule.join(" | "))?;
    for row in rows {
        let cells: Vec<String> = row.iter().map(|c| c.replace('|', "\\|")).collect();
        writeln!(f, "| {} |", cells.join(" | "))?;
    }
    Ok(())
}

/// A whole number with thousands separators: 1234567 → "1,234,567".
pub(crate) fn thousands(value: f64) -> String {
    let rounded = value.round() as i64;
    let digits = rounded.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    if rounded < 0 { format!("-{out}") } else { out }
}

#[cfg(test)]
mod tests {
    use super::thousands;

    #[test]
    fn groups_digits() {
        assert_eq!(thousands(1_234_567.4), "1,234,567");
        assert_eq!(thousands(-999.0), "-999");
        assert_eq!(thousands(1000.0), "1,000");
    }
}
