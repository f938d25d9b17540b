//! Money amounts, kept as integer minor units (cents, kopecks) so that sums are exact.

/// Every amount has two decimal places; currencies with none (JPY) simply use `.00`.
pub const MINOR_PER_MAJOR: i64 = 100;
/// Ten trillion in major units: larger than any deal, small enough to never overflow a sum.
const MAX_MAJOR: f64 = 1e13;

/// Parses `12500`, `12500.5`, `"12500.50"` into minor units.
pub fn parse_amount(value: &serde_json::Value) -> Result<i64, String> {
    let text = match value {
        serde_json::Value::Number(n) => n.to_string(),
        serde_json::Value::String(s) => s.trim().replace([' ', '\u{a0}', '_'], ""),
        _ => return Err("must be a number such as 12500.50".into()),
    };
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let fraction = fraction.trim_end_matches('0');
    if fraction.len() > 2 {
        return Err(format!("{text} has more than two decimal places"));
    }
    let major: f64 = text
        .parse()
        .map_err(|_| format!("\"{text}\" is not a number"))?;
    if !major.is_finite() || major.abs() >= MAX_MAJOR {
        return Err(format!("{text} is out of range"));
    }
    let whole: i64 = whole
        .parse()
        .map_err(|_| format!("\"{text}\" is not a plain decimal number"))?;
    let cents: i64 = format!("{fraction:0<2}").parse().unwrap_or(0);
    let sign = if text.starts_with('-') { -1 } else { 1 };
    Ok(whole * MINOR_PER_MAJOR + sign * cents)
}

/// Minor units back to a JSON number (`1250050` → `12500.5`).
pub fn amount_to_json(minor: i64) -> serde_json::Value {
    if minor % MINOR_PER_MAJOR == 0 {
        return serde_json::Value::from(minor / MINOR_PER_MAJOR);
    }
    let major = minor as f64 / MINOR_PER_MAJOR as f64;
    serde_json::Number::from_f64(major).map_or(serde_json::Value::Null, serde_json::Value::Number)
}

/// An ISO 4217 code: three letters, upper-cased.
pub fn parse_currency(input: &str) -> Result<String, String> {
    let code = input.trim().to_uppercase();
    if code.len() == 3 && code.chars().all(|c| c.is_ascii_uppercase()) {
        Ok(code)
    } else {
        Err(format!(
            "\"{input}\" is not a currency code; use three letters such as USD, EUR or RUB"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn amounts_become_exact_minor_units() {
        assert_eq!(parse_amount(&json!(12500)).unwrap(), 1_250_000);
        assert_eq!(parse_amount(&json!(12500.5)).unwrap(), 1_250_050);
        assert_eq!(parse_amount(&json!("12 500.05")).unwrap(), 1_250_005);
        assert_eq!(parse_amount(&json!("-3.1")).unwrap(), -310);
        assert_eq!(parse_amount(&json!(0.1)).unwrap(), 10);
    }

    #[test]
    fn bad_amounts_are_refused() {
        assert!(parse_amount(&json!("1.005")).is_err());
        assert!(parse_amount(&json!("ten")).is_err());
        assert!(parse_amount(&json!(true)).is_err());
        assert!(parse_amount(&json!(1e20)).is_err());
    }

    #[test]
    fn amounts_round_trip_to_json() {
        assert_eq!(amount_to_json(1_250_050), json!(12500.5));
        assert_eq!(amount_to_json(2_000_000), json!(20000));
    }

    #[test]
    fn currency_codes_are_three_letters() {
        assert_eq!(parse_currency("rub").unwrap(), "RUB");
        assert!(parse_currency("RUBL").is_err());
    }
}
