//! Turning names in a file into ids in the workspace: companies by name or domain,
//! pipelines and stages by name, and checking that ids the file carries exist here.
//!
//! Every look-up is cached for the whole import, so a file with ten thousand people at
//! forty companies asks the database about forty companies.

use std::collections::{HashMap, HashSet};

use relata_domain::contact::parse_domain;
use relata_domain::custom_field::CustomFieldDef;
use relata_domain::filter::{FieldRef, Filter, Op};
use relata_domain::pipeline::Pipeline;
use relata_domain::query::{Direction, ListQuery, SortKey, Trash};
use relata_domain::record::Mode;
use relata_domain::schema::{FieldKind, ParseContext, RefTarget};
use relata_domain::{Changes, FieldError, ObjectKind, Record, Value};
use relata_store::{Actor, Store, StoreError};
use serde_json::json;
use uuid::Uuid;

/// What a company name or domain in the file comes to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum CompanyMatch {
    Found(Uuid),
    /// A dry run: the company would be created by the real import.
    WouldCreate,
    /// No match, and the import was told not to create companies.
    Missing,
    /// No match, and a company of that name cannot be created (the message says why).
    Failed(String),
}

pub(crate) struct Resolver<'s> {
    store: &'s Store,
    actor: Actor,
    dry_run: bool,
    create_companies: bool,
    ctx: ParseContext,
    companies: HashMap<String, CompanyMatch>,
    company_customs: Option<Vec<CustomFieldDef>>,
    pipelines: Option<Vec<Pipeline>>,
    members: Option<HashSet<Uuid>>,
    records: HashMap<(ObjectKind, Uuid), bool>,
    /// Companies created (or, in a dry run, that would be), each counted once.
    pub(crate) companies_created: u64,
}

impl<'s> Resolver<'s> {
    pub(crate) fn new(
        store: &'s Store,
        actor: Actor,
        dry_run: bool,
        create_companies: bool,
        ctx: ParseContext,
    ) -> Self {
        Self {
            store,
            actor,
            dry_run,
            create_companies,
            ctx,
            companies: HashMap::new(),
            company_customs: None,
            pipelines: None,
            members: None,
            records: HashMap::new(),
            companies_created: 0,
        }
    }

    /// Removes references to ids this workspace does not have (an export from another
    /// workspace carries its company and stage ids), returning a warning for each: the row
    /// is still worth importing without the link.
    pub(crate) async fn drop_foreign_ids(
        &mut self,
        kind: ObjectKind,
        changes: &mut Changes,
    ) -> Result<Vec<FieldError>, StoreError> {
        let mut warnings = Vec::new();
        let mut kept = Vec::with_capacity(changes.values.len());
        for (spec, value) in std::mem::take(&mut changes.values) {
            let (FieldKind::Ref(target), Value::Id(id)) = (&spec.kind, &value) else {
                kept.push((spec, value));
                continue;
            };
            if self.exists(*target, *id).await? {
                kept.push((spec, value));
            } else {
                warnings.push(FieldError::new(
                    spec.name,
                    format!(
                        "no {} with id {id} in this workspace (or it is in the trash); the {} is imported without it",
                        target_name(*target),
                        kind.name()
                    ),
                ));
            }
        }
        changes.values = kept;
        Ok(warnings)
    }

    async fn exists(&mut self, target: RefTarget, id: Uuid) -> Result<bool, StoreError> {
        match target {
            RefTarget::Member => Ok(self.members().await?.contains(&id)),
            RefTarget::Pipeline => Ok(self.pipelines().await?.iter().any(|p| p.id == id)),
            RefTarget::Stage => Ok(self
                .pipelines()
                .await?
                .iter()
                .any(|p| p.stage(id).is_some())),
            RefTarget::Record(kind) => {
                if let Some(known) = self.records.get(&(kind, id)) {
                    return Ok(*known);
                }
                let live = match self
                    .store
                    .get_record(self.actor.workspace_id, kind, id)
                    .await
                {
                    Ok(record) => record.deleted_at.is_none(),
                    Err(StoreError::NotFound { .. }) => false,
                    Err(other) => return Err(other),
                };
                self.records.insert((kind, id), live);
                Ok(live)
            }
        }
    }

    async fn members(&mut self) -> Result<&HashSet<Uuid>, StoreError> {
        if self.members.is_none() {
            let members = self.store.members(self.actor.workspace_id).await?;
            self.members = Some(members.into_iter().map(|m| m.id).collect());
        }
        Ok(self.members.get_or_insert_default())
    }

    async fn pipelines(&mut self) -> Result<&[Pipeline], StoreError> {
        if self.pipelines.is_none() {
            self.pipelines = Some(self.store.pipelines(self.actor.workspace_id).await?);
        }
        Ok(self.pipelines.get_or_insert_default())
    }

    /// Sets a deal's `pipeline_id` and `stage_id` from the names in the row. A stage name
    /// alone is looked for in the default pipeline first, then the others; a stage id
    /// alone brings its own pipeline, so the store does not put it in the default one.
    pub(crate) async fn place_deal(
        &mut self,
        changes: &mut Changes,
        pipeline: Option<&str>,
        stage: Option<&str>,
    ) -> Result<Result<(), FieldError>, StoreError> {
        let stage_id = changes.get("stage_id").and_then(Value::as_id);
        let pipeline_id = changes.get("pipeline_id").and_then(Value::as_id);
        if pipeline.is_none() && stage.is_none() && (stage_id.is_none() || pipeline_id.is_some()) {
            return Ok(Ok(()));
        }
        let pipelines = self.pipelines().await?;
        let named = match pipeline {
            Some(name) => match pipelines.iter().find(|p| same_name(&p.name, name)) {
                Some(p) => Some(p),
                None => {
                    let names: Vec<&str> = pipelines.iter().map(|p| p.name.as_str()).collect();
                    return Ok(Err(FieldError::new(
                        "pipeline",
                        format!(
                            "no pipeline named \"{name}\"; pipelines are: {}",
                            names.join(", ")
                        ),
                    )));
                }
            },
            None => pipeline_id.and_then(|id| pipelines.iter().find(|p| p.id == id)),
        };
        let placed = match (stage, named) {
            (Some(name), _) => {
                let candidates: Vec<&Pipeline> = match named {
                    Some(p) => vec![p],
                    None => pipelines.iter().collect(),
                };
                let found = candidates.iter().find_map(|p| {
                    p.stages
                        .iter()
                        .find(|s| same_name(&s.name, name))
                        .map(|s| (p.id, s.id))
                });
                match found {
                    Some(ids) => Some(ids),
                    None => {
                        let within = named.map_or_else(String::new, |p| {
                            let stages: Vec<&str> =
                                p.stages.iter().map(|s| s.name.as_str()).collect();
                            format!(
                                " of pipeline \"{}\"; its stages are: {}",
                                p.name,
                                stages.join(", ")
                            )
                        });
                        return Ok(Err(FieldError::new(
                            "stage",
                            format!("no stage named \"{name}\"{within}"),
                        )));
                    }
                }
            }
            (None, Some(p)) => {
                changes.set(ObjectKind::Deal, "pipeline_id", Value::Id(p.id));
                None
            }
            (None, None) => stage_id.and_then(|id| {
                pipelines
                    .iter()
                    .find(|p| p.stage(id).is_some())
                    .map(|p| (p.id, id))
            }),
        };
        if let Some((pipeline_id, stage_id)) = placed {
            changes.set(ObjectKind::Deal, "pipeline_id", Value::Id(pipeline_id));
            changes.set(ObjectKind::Deal, "stage_id", Value::Id(stage_id));
        }
        Ok(Ok(()))
    }

    /// The company a name or domain in the file means: an existing one (by domain when the
    /// value is one, else by name, case-insensitively), or a new one. A dry run creates
    /// nothing and answers [`CompanyMatch::WouldCreate`].
    pub(crate) async fn company(&mut self, value: &str) -> Result<CompanyMatch, StoreError> {
        let value = value.trim();
        let key = value.to_lowercase();
        if let Some(known) = self.companies.get(&key) {
            return Ok(known.clone());
        }
        let found = match self.find_company(value).await? {
            Some(id) => CompanyMatch::Found(id),
            None if !self.create_companies => CompanyMatch::Missing,
            None => self.create_company(value).await?,
        };
        if let CompanyMatch::Found(id) = found {
            self.records.insert((ObjectKind::Company, id), true);
        }
        self.companies.insert(key, found.clone());
        Ok(found)
    }

    async fn find_company(&mut self, value: &str) -> Result<Option<Uuid>, StoreError> {
        let domain = as_domain(value);
        if let Some(domain) = &domain {
            let filter = [
                condition("domain", Value::Text(domain.clone())),
                condition("other_domains", Value::Text(domain.clone())),
            ]
            .into_iter()
            .collect::<Option<Vec<Filter>>>()
            .map(Filter::Or);
            if let Some(company) = self.first_company(filter, 1).await?.first() {
                return Ok(Some(company.id));
            }
        }
        let wanted = value.to_lowercase();
        let named = self
            .first_company(condition("name", Value::Text(value.to_owned())), 20)
            .await?;
        // The database compared lower-cased text; compare again the way Rust lower-cases,
        // so both engines agree on what matches.
        if let Some(company) = named
            .iter()
            .find(|c| c.get("name").as_text().map(str::to_lowercase) == Some(wanted.clone()))
        {
            return Ok(Some(company.id));
        }
        Ok(None)
    }

    async fn first_company(
        &self,
        filter: Option<Filter>,
        limit: usize,
    ) -> Result<Vec<Record>, StoreError> {
        let Some(filter) = filter else {
            return Ok(Vec::new());
        };
        let query = ListQuery {
            filter: Some(filter),
            sort: oldest_first(),
            limit,
            cursor: None,
            fields: None,
            trash: Trash::Exclude,
        };
        let page = self
            .store
            .list_records(self.actor.workspace_id, ObjectKind::Company, &query)
            .await?;
        Ok(page.records)
    }

    /// Creates the company a row names (name, and domain when the name is one). In a dry
    /// run it is only checked, with the same rules, so the dry run reports the same errors.
    async fn create_company(&mut self, value: &str) -> Result<CompanyMatch, StoreError> {
        if self.company_customs.is_none() {
            let customs = self
                .store
                .custom_fields(self.actor.workspace_id, ObjectKind::Company)
                .await?;
            self.company_customs = Some(customs);
        }
        let customs = self.company_customs.as_deref().unwrap_or_default();
        let mut input = json!({ "name": value });
        if let Some(domain) = as_domain(value) {
            input["domain"] = json!(domain);
        }
        let changes = match Changes::parse(
            ObjectKind::Company,
            &input,
            Mode::Create,
            customs,
            &self.ctx,
        )
        .and_then(|changes| {
            let mut company =
                Record::new(ObjectKind::Company, None, relata_domain::timestamp::now());
            company.apply(&changes);
            company.check(customs).map(|()| changes)
        }) {
            Ok(changes) => changes,
            Err(invalid) => {
                return Ok(CompanyMatch::Failed(format!(
                    "cannot create the company \"{value}\": {invalid}"
                )));
            }
        };
        self.companies_created += 1;
        if self.dry_run {
            return Ok(CompanyMatch::WouldCreate);
        }
        match self
            .store
            .create_record(self.actor, ObjectKind::Company, &changes, customs)
            .await
        {
            Ok(company) => Ok(CompanyMatch::Found(company.id)),
            Err(StoreError::Invalid(invalid)) => {
                self.companies_created -= 1;
                Ok(CompanyMatch::Failed(format!(
                    "cannot create the company \"{value}\": {invalid}"
                )))
            }
            Err(other) => Err(other),
        }
    }
}

/// A value that reads as a web domain ("acme.com", "https://www.acme.com/") rather than a
/// name; "Acme Inc." is not one.
fn as_domain(value: &str) -> Option<String> {
    if !value.contains('.') || value.contains(char::is_whitespace) {
        return None;
    }
    parse_domain(value).ok()
}

fn same_name(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// `field eq value` on companies; `None` only if the schema lost the field.
fn condition(field: &str, value: Value) -> Option<Filter> {
    let field = FieldRef::resolve(ObjectKind::Company, field, &[]).ok()?;
    Some(Filter::Condition {
        field,
        op: Op::Eq,
        values: vec![value],
    })
}

fn oldest_first() -> Vec<SortKey> {
    FieldRef::resolve(ObjectKind::Company, "created_at", &[])
        .map(|field| SortKey {
            field,
            direction: Direction::Asc,
        })
        .into_iter()
        .collect()
}

fn target_name(target: RefTarget) -> &'static str {
    match target {
        RefTarget::Record(kind) => kind.name(),
        RefTarget::Member => "member",
        RefTarget::Pipeline => "pipeline",
        RefTarget::Stage => "stage",
    }
}
