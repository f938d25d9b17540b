//! The data subcommands: demo data, the benchmark data set, import and export.

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

pub async fn demo(store: &Store) -> anyhow::Result<()> {
    let report = relata_sample::demo::load(store).await?;
    println!(
        "demo data loaded: {} companies, {} people, {} deals, {} activities",
        report.companies, report.people, report.deals, report.activities
    );
    Ok(())
}

/// Loads demo data unless the workspace already holds people (then it is left alone).
pub async fn demo_if_empty(store: &Store) -> anyhow::Result<()> {
    match relata_sample::demo::load(store).await {
        Ok(report) => {
            tracing::info!(
                people = report.people,
                deals = report.deals,
                "demo data loaded"
            );
            Ok(())
        }
        Err(relata_sample::SampleError::NotEmpty { .. }) => {
            tracing::info!("the workspace has data already; demo data not loaded");
            Ok(())
        }
        Err(other) => Err(other.into()),
    }
}

pub async fn bench_data(
    store: &Store,
    sizes: relata_sample::bench::Sizes,
    seed: u64,
) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    let mut last_phase = String::new();
    let report = relata_sample::bench::generate(store, sizes, seed, |phase, done, total| {
        if phase != last_phase || done == total || done % 100_000 < 1_000 {
            eprintln!(
                "{phase}: {done}/{total} ({:.0} s)",
                started.elapsed().as_secs_f64()
            );
            last_phase = phase.to_owned();
        }
    })
    .await?;
    store.refresh_statistics().await?;
    let created = report.created;
    let total = created.companies + created.people + created.deals + created.activities;
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "generated {} companies, {} people, {} deals, {} activities in {seconds:.0} s ({:.0} records/s)",
        created.companies,
        created.people,
        created.deals,
        created.activities,
        total as f64 / seconds
    );
    Ok(())
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
    if !report.dry_run && report.created > 10_000 {
        store.refresh_statistics().await?;
    }
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
