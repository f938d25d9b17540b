//! Deals at risk: open deals that have sat in their stage, or gone quiet,
//! for longer than won deals usually do.

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::features::quantile;
use crate::forecast::{Deal, DealState, Outcome};

/// Won deals needed before a norm is trusted.
const MIN_WON_DEALS: usize = 20;

/// What closed history says is normal for one stage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StageNorm {
    /// Days in the stage that the given share of won deals did not exceed.
    pub max_normal_days: f64,
    /// Won deals behind the norm.
    pub won_deals: usize,
}

/// Norms per open stage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StageNorms {
    /// The share of won deals that the norms cover (e.g. 0.8).
    pub quantile: f64,
    pub stages: Vec<Option<StageNorm>>,
    /// Days between the last activity and the close that won deals did not
    /// exceed (needs recorded activity on won deals).
    pub inactivity: Option<StageNorm>,
}

/// An open deal flagged as at risk, with reasons in words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RiskFlag {
    pub deal_id: String,
    pub stage: usize,
    pub reasons: Vec<String>,
}

/// Learns from won deals closed before `as_of` how long they spent in each stage.
pub fn learn_stage_norms(
    deals: &[Deal],
    stage_count: usize,
    as_of: Date,
    share: f64,
) -> StageNorms {
    let mut durations = vec![Vec::new(); stage_count];
    let mut quiet = Vec::new();
    for deal in deals {
        let DealState::Closed(Outcome {
            won: true, closed, ..
        }) = deal.state_at(as_of)
        else {
            continue;
        };
        for (i, change) in deal.stages.iter().enumerate() {
            let left = deal.stages.get(i + 1).map_or(closed, |next| next.entered);
            if change.stage < stage_count {
                durations[change.stage].push(f64::from(left.days_after(change.entered)));
            }
        }
        if let Some(last) = deal.last_activity.filter(|d| *d <= closed) {
            quiet.push(f64::from(closed.days_after(last)));
        }
    }
    let norm = |mut values: Vec<f64>| {
        (values.len() >= MIN_WON_DEALS).then(|| {
            values.sort_by(f64::total_cmp);
            StageNorm {
                max_normal_days: quantile(&values, share),
                won_deals: values.len(),
            }
        })
    };
    StageNorms {
        quantile: share,
        stages: durations.into_iter().map(norm).collect(),
        inactivity: norm(quiet),
    }
}

/// Open deals at `as_of` whose stage age or silence exceeds the norms.
/// `stage_names[i]` names open stage `i` in the reasons.
pub fn deals_at_risk(
    deals: &[Deal],
    norms: &StageNorms,
    stage_names: &[String],
    as_of: Date,
) -> Vec<RiskFlag> {
    let percent = (norms.quantile * 100.0).round();
    let mut flags = Vec::new();
    for deal in deals {
        let DealState::Open {
            stage: Some(stage),
            since,
        } = deal.state_at(as_of)
        else {
            continue;
        };
        let Some(Some(norm)) = norms.stages.get(stage) else {
            continue;
        };
        let name = stage_names.get(stage).map_or("this stage", String::as_str);
        let mut reasons = Vec::new();
        let age = as_of.days_after(since);
        if f64::from(age) > norm.max_normal_days {
            reasons.push(format!(
                "in {name} for {age} days; {percent} % of won deals left {name} within {:.0} days",
                norm.max_normal_days
            ));
        }
        // Without recorded activity on won deals, a silence longer than a
        // normal stay in the whole stage is the best available yardstick.
        let quiet_norm = norms.inactivity.as_ref().unwrap_or(norm);
        if let Some(last_touch) = deal.last_activity.filter(|d| *d < as_of) {
            let silent = as_of.days_after(last_touch);
            if f64::from(silent) > quiet_norm.max_normal_days {
                reasons.push(format!(
                    "no activity for {silent} days; {percent} % of won deals had activity within {:.0} days of closing",
                    quiet_norm.max_normal_days
                ));
            }
        }
        if !reasons.is_empty() {
            flags.push(RiskFlag {
                deal_id: deal.id.clone(),
                stage,
                reasons,
            });
        }
    }
    flags
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forecast::StageChange;
    use crate::forecast::tests::{day, steady_history};

    #[test]
    fn learns_stage_norms_from_won_deals() {
        let norms = learn_stage_norms(&steady_history(), 2, day("2017-01-01"), 0.8);
        assert_eq!(norms.stages[0].as_ref().unwrap().max_normal_days, 10.0);
        assert_eq!(norms.stages[1].as_ref().unwrap().max_normal_days, 20.0);
        assert_eq!(norms.inactivity.as_ref().unwrap().max_normal_days, 1.0);
    }

    #[test]
    fn flags_stale_and_silent_deals_with_reasons() {
        let mut deals = steady_history();
        let as_of = day("2017-01-01");
        let stale = Deal {
            id: "stale".into(),
            amount: 1.0,
            created: day("2016-11-01"),
            stages: vec![StageChange {
                stage: 1,
                entered: day("2016-11-01"),
            }],
            outcome: None,
            last_activity: Some(day("2016-12-30")),
            expected_close: None,
        };
        let fresh = Deal {
            id: "fresh".into(),
            stages: vec![StageChange {
                stage: 1,
                entered: day("2016-12-25"),
            }],
            ..stale.clone()
        };
        deals.push(stale);
        deals.push(fresh);
        let norms = learn_stage_norms(&deals, 2, as_of, 0.8);
        let names = vec!["Qualify".to_string(), "Propose".to_string()];
        let flags = deals_at_risk(&deals, &norms, &names, as_of);
        let stale_flag = flags
            .iter()
            .find(|f| f.deal_id == "stale")
            .expect("stale deal flagged");
        assert!(
            stale_flag.reasons[0].starts_with("in Propose for 61 days"),
            "{:?}",
            stale_flag.reasons
        );
        assert!(
            stale_flag
                .reasons
                .iter()
                .any(|r| r.starts_with("no activity for 2 days"))
        );
        let fresh_flag = flags
            .iter()
            .find(|f| f.deal_id == "fresh")
            .expect("silent two days > 1 day norm");
        assert_eq!(fresh_flag.reasons.len(), 1, "7 days in stage is normal");
    }
}
