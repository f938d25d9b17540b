//! The adapter for the leads file (`leads/train.csv` format).

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::InsightError;
use crate::features::Example;

/// Which columns the model may see.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum LeadColumns {
    /// Every column except the IDs and the label (shows the leakage guard firing).
    All,
    /// Without the rep's judgements: Tags, Lead Quality, Lead Profile, Asymmetrique*.
    WithoutRepJudgement,
    /// Without any column recorded after contact, as a new lead has it.
    PreContactOnly,
}

impl LeadColumns {
    /// A short human label.
    pub fn label(self) -> &'static str {
        match self {
            LeadColumns::All => "all columns",
            LeadColumns::WithoutRepJudgement => {
                "without Tags, Lead Quality, Lead Profile, Asymmetrique*"
            }
            LeadColumns::PreContactOnly => {
                "without any leaky column (also without Last Activity, Last Notable Activity)"
            }
        }
    }

    fn excludes(self, column: &str) -> bool {
        let rep_judgement = REP_JUDGEMENT.contains(&column) || column.starts_with("Asymmetrique");
        match self {
            LeadColumns::All => false,
            LeadColumns::WithoutRepJudgement => rep_judgement,
            LeadColumns::PreContactOnly => rep_judgement || AFTER_CONTACT.contains(&column),
        }
    }
}

const LABEL: &str = "Converted";
const IDS: [&str; 2] = ["Prospect ID", "Lead Number"];
const REP_JUDGEMENT: [&str; 3] = ["Tags", "Lead Quality", "Lead Profile"];
const AFTER_CONTACT: [&str; 2] = ["Last Activity", "Last Notable Activity"];
const NUMERIC: [&str; 5] = [
    "TotalVisits",
    "Total Time Spent on Website",
    "Page Views Per Visit",
    "Asymmetrique Activity Score",
    "Asymmetrique Profile Score",
];
/// The web form's "not answered" placeholder.
const PLACEHOLDER: &str = "Select";

/// Reads a leads file into examples and labels under a column policy.
pub fn load_leads(
    path: &Path,
    columns: LeadColumns,
) -> Result<(Vec<Example>, Vec<bool>), InsightError> {
    let name = path.display().to_string();
    let csv_error = |source| InsightError::Csv {
        path: name.clone(),
        source,
    };
    let mut reader = csv::Reader::from_path(path).map_err(csv_error)?;
    let header: Vec<String> = reader
        .headers()
        .map_err(csv_error)?
        .iter()
        .map(str::to_string)
        .collect();
    let label_index = header
        .iter()
        .position(|h| h == LABEL)
        .ok_or_else(|| InsightError::BadInput(format!("{name} has no {LABEL} column")))?;
    let mut examples = Vec::new();
    let mut labels = Vec::new();
    for record in reader.records() {
        let record = record.map_err(csv_error)?;
        labels.push(match record.get(label_index) {
            Some("1") => true,
            Some("0") => false,
            other => return Err(InsightError::BadInput(format!("{name}: label {other:?}"))),
        });
        let mut example = Example::new();
        for (column, value) in header.iter().zip(record.iter()) {
            let skip =
                column == LABEL || IDS.contains(&column.as_str()) || columns.excludes(column);
            let value = value.trim();
            if skip || value.is_empty() || value == PLACEHOLDER {
                continue;
            }
            if NUMERIC.contains(&column.as_str()) {
                let number = value
                    .parse()
                    .map_err(|_| InsightError::BadInput(format!("{name}: {column} = {value:?}")))?;
                example.set_number(column.as_str(), number);
            } else {
                example.set_category(column.as_str(), value);
            }
        }
        examples.push(example);
    }
    Ok((examples, labels))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policies_drop_the_right_columns() {
        assert!(!LeadColumns::All.excludes("Tags"));
        assert!(LeadColumns::WithoutRepJudgement.excludes("Asymmetrique Profile Score"));
        assert!(!LeadColumns::WithoutRepJudgement.excludes("Last Activity"));
        assert!(LeadColumns::PreContactOnly.excludes("Last Notable Activity"));
        assert!(!LeadColumns::PreContactOnly.excludes("Lead Source"));
    }

    #[test]
    fn reads_placeholders_and_blanks_as_missing() {
        let dir = std::env::temp_dir().join(format!("insight-leads-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("leads.csv");
        std::fs::write(
            &path,
            "Prospect ID,Converted,Lead Source,City,TotalVisits,Tags\nabc,1,Google,Select,3,Closed\ndef,0,,Mumbai,,\n",
        )
        .unwrap();
        let (examples, labels) = load_leads(&path, LeadColumns::WithoutRepJudgement).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(labels, vec![true, false]);
        assert_eq!(examples[0].category("Lead Source"), Some("Google"));
        assert_eq!(
            examples[0].category("City"),
            None,
            "Select means not answered"
        );
        assert_eq!(examples[0].number("TotalVisits"), Some(3.0));
        assert_eq!(examples[0].category("Tags"), None, "excluded by the policy");
        assert_eq!(
            examples[0].category("Prospect ID"),
            None,
            "IDs are never features"
        );
        assert_eq!(examples[1].category("City"), Some("Mumbai"));
        assert_eq!(examples[1].number("TotalVisits"), None);
    }
}
