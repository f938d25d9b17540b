//! The data subcommands: import and export.

use std::io::{BufReader, BufWriter, Write};
use std::path::Path;

use anyhow::{Context, bail};
use relata_domain::ObjectKind;
use relata_domain::query::ListParams;
use relata_store::{Actor, Store};
use relata_transfer::{ImportOptions, ImportReport};

/// The workspace the command acts in, as its owner.
async fn owner_actor(
    store: &Store,
) -> anyhow::Result<(Actor, relata_domain::schema::ParseContext)> {
    let Some(workspace) = store.first_workspace().await? else {
        bail!(
            "there is no workspace yet: start Relata once (relata serve) or load demo data (relata demo)"
        );
    };
    let owner = store.owner(workspace.id).await?;
    let actor = Actor {
        workspace_id: workspace.id,
        member_id: Some(owner.id),
    };
    Ok((actor, workspace.settings.parse_context()))
}

fn object(name: &str) -> anyhow::Result<ObjectKind> {
    match name.parse::<ObjectKind>() {
        Ok(kind @ (ObjectKind::Person | ObjectKind::Company | ObjectKind::Deal)) => Ok(kind),
        _ => bail!("\"{name}\" cannot be imported or exported; use people, companies or deals"),
    }
}

pub struct ImportArgs {
    pub dry_run: bool,
    pub maps: Vec<String>,
    pub create_companies: bool,
    pub json: bool,
}

pub async fn import(
    store: &Store,
    object_name: &str,
    file: &Path,
    args: ImportArgs,
) -> anyhow::Result<()> {
    let kind = object(object_name)?;
    let (actor, ctx) = owner_actor(store).await?;
    let overrides = args
        .maps
        .iter()
        .map(|m| {
            m.rsplit_once('=')
                .map(|(h, f)| (h.to_owned(), f.to_owned()))
        })
        .collect::<Option<Vec<_>>>()
        .context("--map takes Header=field")?;
    let input =
        std::fs::File::open(file).with_context(|| format!("cannot open {}", file.display()))?;
    let options = ImportOptions {
        dry_run: args.dry_run,
        overrides,
        create_companies: args.create_companies,
        ctx,
    };
    let report =
        relata_transfer::import(store, actor, kind, BufReader::new(input), &options).await?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print_report(&report, kind);
    }
    Ok(())
}

fn print_report(report: &ImportReport, kind: ObjectKind) {
    let verb = if report.dry_run { "would be" } else { "were" };
    println!(
        "{} rows read: {} {} {verb} created, {} updated, {} unchanged, {} skipped ({} duplicates); {} companies {verb} created",
        report.rows,
        report.created,
        kind.plural(),
        report.updated,
        report.unchanged,
        report.skipped,
        report.duplicates,
        report.companies_created
    );
    for error in &report.errors {
        println!("  line {}: {}: {}", error.line, error.field, error.message);
    }
    if report.error_count > report.errors.len() as u64 {
        println!(
            "  … and {} more problems",
            report.error_count - report.errors.len() as u64
        );
    }
    for warning in &report.warnings {
        println!(
            "  note, line {}: {}: {}",
            warning.line, warning.field, warning.message
        );
    }
}

pub async fn export(
    store: &Store,
    object_name: &str,
    filter: Option<&str>,
    sort: Option<&str>,
    fields: Option<&str>,
    output: Option<&Path>,
) -> anyhow::Result<()> {
    let kind = object(object_name)?;
    let (actor, ctx) = owner_actor(store).await?;
    let params = ListParams {
        filter,
        sort,
        fields,
        ..ListParams::default()
    };
    let out: Box<dyn Write + Send> = match output {
        Some(path) => Box::new(
            std::fs::File::create(path)
                .with_context(|| format!("cannot create {}", path.display()))?,
        ),
        None => Box::new(std::io::stdout()),
    };
    let written = relata_transfer::export(
        store,
        actor.workspace_id,
        kind,
        params,
        &ctx,
        BufWriter::new(out),
    )
    .await?;
    eprintln!("{written} {} exported", kind.plural());
    Ok(())
}
