//! `relata insight eval`: trains a model on one file and reports on another (or
//! cross-validates on one), so anyone can check Relata's models on data they hold back.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use insight::eval::{ForecastEvalConfig, LeadColumns, eval_forecast, eval_leads};
use language::Lang;

/// What to evaluate.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Model {
    Leads,
    Sentiment,
    Forecast,
    /// On generated people and companies with planted duplicates (no files needed).
    Duplicates,
}

/// Which lead columns a lead-scoring evaluation may use.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Columns {
    /// Every column, to show the leakage guard firing.
    All,
    /// Without the rep's judgement: Tags, Lead Quality, Lead Profile, Asymmetrique*.
    NoRep,
    /// Only what is known when a lead arrives (no leaky column at all).
    PreContact,
}

pub struct EvalArgs {
    pub model: Model,
    pub train: Option<PathBuf>,
    pub test: Option<PathBuf>,
    pub lang: Option<String>,
    pub columns: Option<Columns>,
    pub products: Option<PathBuf>,
    /// Duplicates: how many people to generate (companies: a tenth of it), and the seed.
    pub people: usize,
    pub seed: u64,
}

pub fn eval(args: &EvalArgs) -> anyhow::Result<()> {
    if let Model::Duplicates = args.model {
        return duplicates(args);
    }
    let Some(train) = &args.train else {
        bail!("give the data to learn from with --train FILE");
    };
    match args.model {
        Model::Leads => leads(args, train),
        Model::Sentiment => sentiment(args, train),
        _ => forecast(args, train),
    }
}

fn leads(args: &EvalArgs, train: &Path) -> anyhow::Result<()> {
    let policies = match args.columns {
        Some(Columns::All) => vec![LeadColumns::All],
        Some(Columns::NoRep) => vec![LeadColumns::WithoutRepJudgement],
        Some(Columns::PreContact) => vec![LeadColumns::PreContactOnly],
        None => vec![
            LeadColumns::All,
            LeadColumns::WithoutRepJudgement,
            LeadColumns::PreContactOnly,
        ],
    };
    for columns in policies {
        let report = eval_leads(train, args.test.as_deref(), columns)
            .with_context(|| format!("cannot evaluate lead scoring on {}", train.display()))?;
        println!("{report}");
    }
    Ok(())
}

fn sentiment(args: &EvalArgs, train: &Path) -> anyhow::Result<()> {
    let lang = match args.lang.as_deref() {
        Some(code) => match Lang::parse(code) {
            Some(lang) => lang,
            None => bail!("--lang takes en or ru, not \"{code}\""),
        },
        None => bail!("sentiment needs --lang en or --lang ru"),
    };
    let report = language::eval::eval_sentiment(train, args.test.as_deref(), lang)
        .with_context(|| format!("cannot evaluate sentiment on {}", train.display()))?;
    println!("{report}");
    Ok(())
}

fn forecast(args: &EvalArgs, train: &Path) -> anyhow::Result<()> {
    if args.test.is_some() {
        bail!("the forecast is backtested month by month on --train; it takes no --test");
    }
    let products = args
        .products
        .clone()
        .unwrap_or_else(|| sibling(train, "products.csv"));
    let report = eval_forecast(train, &products, &ForecastEvalConfig::default())
        .with_context(|| format!("cannot backtest the forecast on {}", train.display()))?;
    println!("{report}");
    Ok(())
}

fn sibling(path: &Path, name: &str) -> PathBuf {
    path.parent()
        .map_or_else(|| PathBuf::from(name), |p| p.join(name))
}

fn duplicates(args: &EvalArgs) -> anyhow::Result<()> {
    let config = dedupe::Config::default();
    let people = dedupe::eval::evaluate_people(args.people, args.seed, &config, 0)?;
    println!("{}", people.to_markdown());
    let companies = dedupe::eval::evaluate_companies(args.people / 10, args.seed, &config, 0)?;
    println!("{}", companies.to_markdown());
    Ok(())
}
