//! Pipelines and their ordered stages, and what moving a deal between stages means.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::error::{FieldError, ValidationErrors};
use crate::value::Value;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StageKind {
    Open,
    Won,
    Lost,
}

impl StageKind {
    pub fn name(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Won => "won",
            Self::Lost => "lost",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        [Self::Open, Self::Won, Self::Lost]
            .into_iter()
            .find(|k| k.name() == name)
    }

    pub fn is_closed(self) -> bool {
        self != Self::Open
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stage {
    pub id: Uuid,
    pub name: String,
    pub position: i32,
    /// Chance, in percent, that a deal in this stage is won.
    pub probability: i32,
    pub kind: StageKind,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Pipeline {
    pub id: Uuid,
    pub name: String,
    pub position: i32,
    pub version: i64,
    pub stages: Vec<Stage>,
}

impl Pipeline {
    pub fn stage(&self, id: Uuid) -> Option<&Stage> {
        self.stages.iter().find(|s| s.id == id)
    }

    /// Where new deals start: the first open stage.
    pub fn first_open_stage(&self) -> Option<&Stage> {
        self.stages.iter().find(|s| s.kind == StageKind::Open)
    }
}

/// What the API accepts to create or replace a pipeline.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PipelineInput {
    pub name: String,
    pub stages: Vec<StageInput>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StageInput {
    /// Present to keep (and rename or move) an existing stage; absent for a new one.
    pub id: Option<Uuid>,
    pub name: String,
    pub probability: Option<i32>,
    pub kind: Option<StageKind>,
}

impl PipelineInput {
    /// Checks the pipeline; existing stage ids keep their identity so deals stay in place.
    pub fn parse(
        self,
        existing: Option<&Pipeline>,
    ) -> Result<(String, Vec<Stage>), ValidationErrors> {
        let mut errors = ValidationErrors::default();
        let name = self.name.trim().to_owned();
        if name.is_empty() || name.chars().count() > 100 {
            errors.push(FieldError::new("name", "must be 1 to 100 characters"));
        }
        if self.stages.is_empty() || self.stages.len() > 50 {
            errors.push(FieldError::new("stages", "a pipeline has 1 to 50 stages"));
        }
        let mut stages: Vec<Stage> = Vec::new();
        for (i, input) in self.stages.into_iter().enumerate() {
            let path = format!("stages[{i}]");
            let stage_name = input.name.trim().to_owned();
            if stage_name.is_empty() || stage_name.chars().count() > 100 {
                errors.push(FieldError::new(
                    format!("{path}.name"),
                    "must be 1 to 100 characters",
                ));
            } else if stages
                .iter()
                .any(|s| s.name.to_lowercase() == stage_name.to_lowercase())
            {
                errors.push(FieldError::new(
                    format!("{path}.name"),
                    format!("\"{stage_name}\" appears twice"),
                ));
            }
            let kind = input.kind.unwrap_or(StageKind::Open);
            let probability = input.probability.unwrap_or(match kind {
                StageKind::Won => 100,
                StageKind::Lost => 0,
                StageKind::Open => 10,
            });
            if !(0..=100).contains(&probability) {
                errors.push(FieldError::new(
                    format!("{path}.probability"),
                    "must be from 0 to 100",
                ));
            }
            let id = match input.id {
                Some(id) if existing.is_some_and(|p| p.stage(id).is_some()) => id,
                Some(id) => {
                    errors.push(FieldError::new(
                        format!("{path}.id"),
                        format!("{id} is not a stage of this pipeline"),
                    ));
                    id
                }
                None => crate::new_id(),
            };
            stages.push(Stage {
                id,
                name: stage_name,
                position: i as i32,
                probability,
                kind,
            });
        }
        if !stages.iter().any(|s| s.kind == StageKind::Open) {
            errors.push(FieldError::new(
                "stages",
                "a pipeline needs at least one open stage",
            ));
        }
        errors.into_result((name, stages))
    }
}

/// The stages a new workspace's pipeline starts with.
pub fn default_stages() -> Vec<Stage> {
    [
        ("Qualification", 10, StageKind::Open),
        ("Needs analysis", 25, StageKind::Open),
        ("Proposal", 50, StageKind::Open),
        ("Negotiation", 75, StageKind::Open),
        ("Won", 100, StageKind::Won),
        ("Lost", 0, StageKind::Lost),
    ]
    .into_iter()
    .enumerate()
    .map(|(i, (name, probability, kind))| Stage {
        id: crate::new_id(),
        name: name.into(),
        position: i as i32,
        probability,
        kind,
    })
    .collect()
}

/// A deal's `closed_at` once it enters `stage`: set when it is won or lost, cleared when
/// it is reopened.
pub fn closed_at_on_entering(stage: &Stage, now: OffsetDateTime) -> Value {
    if stage.kind.is_closed() {
        Value::DateTime(now)
    } else {
        Value::Null
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stage(name: &str, kind: Option<StageKind>) -> StageInput {
        StageInput {
            id: None,
            name: name.into(),
            probability: None,
            kind,
        }
    }

    #[test]
    fn a_pipeline_needs_open_stages_with_unique_names() {
        let input = PipelineInput {
            name: "Sales".into(),
            stages: vec![stage("Won", Some(StageKind::Won))],
        };
        assert!(
            input.parse(None).unwrap_err().0[0]
                .message
                .contains("open stage")
        );
        let input = PipelineInput {
            name: "Sales".into(),
            stages: vec![stage("A", None), stage("a", None)],
        };
        assert!(
            input.parse(None).unwrap_err().0[0]
                .message
                .contains("twice")
        );
    }

    #[test]
    fn probabilities_default_by_kind() {
        let input = PipelineInput {
            name: "Sales".into(),
            stages: vec![
                stage("New", None),
                stage("Won", Some(StageKind::Won)),
                stage("Lost", Some(StageKind::Lost)),
            ],
        };
        let (_, stages) = input.parse(None).unwrap();
        let probabilities: Vec<i32> = stages.iter().map(|s| s.probability).collect();
        assert_eq!(probabilities, [10, 100, 0]);
    }

    #[test]
    fn unknown_stage_ids_are_refused() {
        let input = PipelineInput {
            name: "Sales".into(),
            stages: vec![StageInput {
                id: Some(crate::new_id()),
                name: "A".into(),
                probability: None,
                kind: None,
            }],
        };
        assert!(input.parse(None).unwrap_err().0[0].field.ends_with(".id"));
    }
}
