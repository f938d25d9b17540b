//! Duplicate companies: normalise, block, score, cluster.

mod blocks;
mod prepare;
mod score;

use crate::blocking::BlockStats;
use crate::cluster::clusters;
use crate::config::Config;
use crate::error::DedupeError;
use crate::evidence::{Evidence, sort_strongest_first, to_match};
use crate::record::{CompanyKey, Match, Report};
use crate::weights::{CompanyWeights, confidence};

use prepare::PreparedCompanies;
use score::CompanyScorer;

/// One scan over a set of companies, in stages.
pub struct CompanyScan<'a> {
    keys: &'a [CompanyKey],
    prepared: PreparedCompanies,
    config: Config,
    weights: CompanyWeights,
}

impl<'a> CompanyScan<'a> {
    /// Normalises every company (names, domains, phones, places).
    pub fn new(companies: &'a [CompanyKey], config: &Config) -> Result<Self, DedupeError> {
        config.validate()?;
        Ok(Self {
            keys: companies,
            prepared: prepare::prepare(companies, config),
            config: config.clone(),
            weights: CompanyWeights::default(),
        })
    }

    /// Replaces the default evidence weights.
    pub fn with_weights(mut self, weights: CompanyWeights) -> Self {
        self.weights = weights;
        self
    }

    /// The pairs (indices into the input, lower first) that share a block.
    pub fn candidate_pairs(&self) -> (Vec<(u32, u32)>, Vec<BlockStats>) {
        blocks::candidate_pairs(&self.prepared, &self.config)
    }

    /// Scores candidate pairs and keeps those at or above the threshold, strongest first.
    pub fn score_pairs(&self, pairs: &[(u32, u32)]) -> Vec<Match> {
        let scorer = self.scorer();
        let mut matches: Vec<Match> = pairs
            .iter()
            .filter_map(|&(a, b)| {
                let weight = scorer.score(a as usize, b as usize, None);
                (confidence(weight, self.weights.offset) >= self.config.threshold)
                    .then(|| self.explain_with(&scorer, a as usize, b as usize))
            })
            .collect();
        sort_strongest_first(&mut matches);
        matches
    }

    /// The score and evidence of any two companies (indices into the input).
    pub fn explain(&self, a: usize, b: usize) -> Match {
        self.explain_with(&self.scorer(), a, b)
    }

    fn scorer(&self) -> CompanyScorer<'_> {
        CompanyScorer {
            keys: self.keys,
            companies: &self.prepared,
            weights: self.weights,
            default_country_code: &self.config.default_country_code,
        }
    }

    fn explain_with(&self, scorer: &CompanyScorer, a: usize, b: usize) -> Match {
        let mut lines = Evidence::new();
        let weight = scorer.score(a, b, Some(&mut lines));
        to_match(
            self.keys[a].id,
            self.keys[b].id,
            weight,
            self.weights.offset,
            lines,
        )
    }
}

/// Finds duplicate companies: every pair at or above `config.threshold`, and the clusters.
pub fn find_company_duplicates(
    companies: &[CompanyKey],
    config: &Config,
) -> Result<Report, DedupeError> {
    let scan = CompanyScan::new(companies, config)?;
    let (pairs, blocks) = scan.candidate_pairs();
    let matches = scan.score_pairs(&pairs);
    Ok(Report {
        clusters: clusters(&matches),
        matches,
        blocks,
        pairs_compared: pairs.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn company(id: u128, name: &str, domain: Option<&str>, city: &str) -> CompanyKey {
        CompanyKey {
            id,
            name: name.to_owned(),
            domains: domain.map(str::to_owned).into_iter().collect(),
            phones: Vec::new(),
            city: Some(city.to_owned()),
            country: None,
        }
    }

    fn find(companies: &[CompanyKey]) -> Report {
        find_company_duplicates(companies, &Config::default()).unwrap()
    }

    #[test]
    fn legal_forms_scripts_and_links_fold_together() {
        let report = find(&[
            company(
                1,
                "ООО «Ромашка»",
                Some("https://www.romashka.ru/"),
                "Москва",
            ),
            company(2, "Romashka LLC", Some("romashka.ru"), "Moscow"),
            company(
                3,
                "Acme Logistics Inc.",
                Some("acme-logistics.com"),
                "Boston",
            ),
        ]);
        assert_eq!(report.matches.len(), 1, "{:?}", report.matches);
        let evidence = report.matches[0].evidence.join("; ");
        assert!(evidence.contains("same domain romashka.ru"), "{evidence}");
        assert!(
            evidence.contains("once legal forms, quotes and script are set aside"),
            "{evidence}"
        );
    }

    #[test]
    fn sibling_names_and_legal_form_conflicts_are_not_duplicates() {
        let report = find(&[
            company(
                1,
                "Blue River Logistics",
                Some("blueriverlogistics.com"),
                "Boston",
            ),
            company(
                2,
                "Blue River Consulting",
                Some("blueriverconsulting.com"),
                "Boston",
            ),
            company(3, "ООО «Вектор»", None, "Казань"),
            company(4, "АО «Вектор»", None, "Казань"),
        ]);
        assert!(report.matches.is_empty(), "{:?}", report.matches);
    }
}
