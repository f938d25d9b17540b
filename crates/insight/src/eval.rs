//! Evaluation on the public data sets (the only module that reads files).
//!
//! - [`eval_leads`]: lead scoring on the X Education leads file, under three
//!   column policies, with cross-validation or a held-out file;
//! - [`eval_forecast`]: the revenue forecast on the CRM opportunities file,
//!   backtested month by month.
//!
//! Reports implement `Display` as Markdown.

mod forecast_report;
mod lead_report;
mod leads;
mod markdown;
mod pipeline;

pub use forecast_report::{ForecastEvalConfig, ForecastReport, RiskCheck, eval_forecast};
pub use lead_report::{LeadReport, ModelResult, eval_leads, eval_leads_with};
pub use leads::{LeadColumns, load_leads};
pub use pipeline::{PipelineData, load_pipeline};

#[cfg(test)]
mod tests {
    use std::fmt::Write as _;
    use std::path::PathBuf;

    use super::*;
    use crate::date::Date;
    use crate::rng::SplitMix64;

    fn temp_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("insight-eval-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    /// 400 synthetic leads: source and minutes drive conversion; "Tags" is a
    /// rep's note written after the outcome, filled in for about 60 %.
    fn write_leads(path: &std::path::Path) {
        let mut rng = SplitMix64::new(21);
        let mut text =
            String::from("Prospect ID,Converted,Lead Source,Total Time Spent on Website,Tags\n");
        for i in 0..400 {
            let source = ["Referral", "Search", "Ad"][rng.below(3)];
            let minutes = (rng.next_f64() * 7.0).exp().round();
            let lift = if source == "Referral" { 1.5 } else { -0.5 };
            let converted = rng.next_f64() < crate::model::sigmoid(lift + (minutes.ln_1p() - 3.5));
            let tag = match (rng.next_f64() < 0.6, converted) {
                (false, _) => "",
                (true, true) => "Closed won",
                (true, false) => "Not interested",
            };
            writeln!(
                text,
                "L{i},{},{source},{minutes},{tag}",
                u8::from(converted)
            )
            .unwrap();
        }
        std::fs::write(path, text).unwrap();
    }

    #[test]
    fn lead_report_flags_the_planted_leak_and_renders_markdown() {
        let dir = temp_dir("leads");
        let path = dir.join("leads.csv");
        write_leads(&path);
        let all = eval_leads(&path, None, LeadColumns::All).unwrap();
        let honest = eval_leads(&path, None, LeadColumns::PreContactOnly).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        let tags = all.audits.iter().find(|a| a.feature == "Tags").unwrap();
        assert!(tags.suspicion.is_some(), "{tags:?}");
        assert!(
            honest
                .audits
                .iter()
                .all(|a| a.feature != "Tags" && a.suspicion.is_none())
        );
        let chosen = honest.models.iter().find(|m| m.chosen).unwrap();
        assert!(
            chosen.auc > 0.7 && chosen.auc < all.models[0].auc,
            "the leak inflates AUC"
        );
        assert_eq!(
            honest.calibration.iter().map(|b| b.count).sum::<usize>(),
            400
        );
        let text = all.to_string();
        assert!(text.contains("| Model | ROC AUC | Brier |"));
        assert!(text.contains("⚠ \"Tags\" is probably only known after the outcome"));
    }

    #[test]
    fn forecast_report_backtests_a_synthetic_pipeline() {
        let dir = temp_dir("pipeline");
        let products = dir.join("products.csv");
        let pipeline = dir.join("pipeline.csv");
        std::fs::write(&products, "product,series,sales_price\nWidget Pro,W,1000\n").unwrap();
        let mut rng = SplitMix64::new(5);
        let mut text = String::from(
            "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\n",
        );
        let start = Date::parse("2016-01-01").unwrap();
        let end = Date::parse("2017-06-30").unwrap();
        for i in 0..3000 {
            let engaged = start.add_days(rng.below(540) as i32);
            let closed = engaged.add_days(5 + rng.below(60) as i32);
            let won = rng.next_f64() < 0.6;
            let line = if closed > end {
                format!("D{i},a,WidgetPro,x,Engaging,{engaged},,")
            } else if won {
                format!("D{i},a,WidgetPro,x,Won,{engaged},{closed},1000")
            } else {
                format!("D{i},a,WidgetPro,x,Lost,{engaged},{closed},0")
            };
            writeln!(text, "{line}").unwrap();
        }
        std::fs::write(&pipeline, text).unwrap();
        let config = ForecastEvalConfig {
            forecast: crate::forecast::ForecastConfig {
                simulations: 300,
                ..Default::default()
            },
            ..Default::default()
        };
        let report = eval_forecast(&pipeline, &products, &config).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(
            report.fuzzy_product_matches, 3000,
            "WidgetPro priced as Widget Pro"
        );
        let model = report
            .backtest
            .mape(crate::forecast::Method::Model, Some(1))
            .unwrap();
        assert!(model < 0.15, "steady synthetic pipeline, MAPE {model}");
        assert!(
            report
                .to_string()
                .contains("| Horizon | Months | MAPE model |")
        );
        assert!(
            report.stage_win_rates[1]
                .1
                .is_some_and(|p| (p - 0.6).abs() < 0.05)
        );
    }
}
