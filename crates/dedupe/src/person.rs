//! Duplicate people: normalise, block, score, cluster.

mod blocks;
mod prepare;
mod score;

use crate::blocking::BlockStats;
use crate::cluster::clusters;
use crate::config::Config;
use crate::error::DedupeError;
use crate::evidence::{Evidence, sort_strongest_first, to_match};
use crate::record::{Match, PersonKey, Report};
use crate::weights::{PersonWeights, confidence};

use prepare::PreparedPeople;
use score::PersonScorer;

/// One scan over a set of people, in stages (prepare, block, score) so callers can time or
/// inspect each.
pub struct PersonScan<'a> {
    keys: &'a [PersonKey],
    prepared: PreparedPeople,
    config: Config,
    weights: PersonWeights,
}

impl<'a> PersonScan<'a> {
    /// Normalises every person (names, emails, phones, companies, cities).
    pub fn new(people: &'a [PersonKey], config: &Config) -> Result<Self, DedupeError> {
        config.validate()?;
        Ok(Self {
            keys: people,
            prepared: prepare::prepare(people, config),
            config: config.clone(),
            weights: PersonWeights::default(),
        })
    }

    /// Replaces the default evidence weights.
    pub fn with_weights(mut self, weights: PersonWeights) -> Self {
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

    /// The score and evidence of any two people (indices into the input), matched or not:
    /// for a "why (not)?" view.
    pub fn explain(&self, a: usize, b: usize) -> Match {
        self.explain_with(&self.scorer(), a, b)
    }

    fn scorer(&self) -> PersonScorer<'_> {
        PersonScorer {
            keys: self.keys,
            people: &self.prepared,
            weights: self.weights,
            default_country_code: &self.config.default_country_code,
        }
    }

    fn explain_with(&self, scorer: &PersonScorer, a: usize, b: usize) -> Match {
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

/// Finds duplicate people: every pair at or above `config.threshold`, and the review clusters.
pub fn find_person_duplicates(
    people: &[PersonKey],
    config: &Config,
) -> Result<Report, DedupeError> {
    let scan = PersonScan::new(people, config)?;
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

    fn person(id: u128, first: &str, last: &str, emails: &[&str], phones: &[&str]) -> PersonKey {
        PersonKey {
            id,
            first_name: first.to_owned(),
            last_name: last.to_owned(),
            emails: emails.iter().map(|e| (*e).to_owned()).collect(),
            phones: phones.iter().map(|p| (*p).to_owned()).collect(),
            company: None,
            city: None,
        }
    }

    fn with(mut p: PersonKey, company: Option<&str>, city: Option<&str>) -> PersonKey {
        p.company = company.map(str::to_owned);
        p.city = city.map(str::to_owned);
        p
    }

    /// Unrelated people around the case under test, so blocks are not trivially tiny.
    fn crowd() -> Vec<PersonKey> {
        let names = [
            ("John", "Smith"),
            ("Olga", "Sokolova"),
            ("Mary", "Brown"),
            ("Пётр", "Орлов"),
        ];
        names
            .iter()
            .enumerate()
            .map(|(i, (f, l))| {
                let email = format!("{}{i}@example.org", f.to_lowercase());
                let phone = format!("+1 212 555 01{i:02}");
                person(100 + i as u128, f, l, &[&email], &[&phone])
            })
            .collect()
    }

    fn scan(mut people: Vec<PersonKey>) -> Report {
        people.extend(crowd());
        find_person_duplicates(&people, &Config::default()).unwrap()
    }

    fn pair(report: &Report, a: u128, b: u128) -> Option<&Match> {
        report
            .matches
            .iter()
            .find(|m| (m.a, m.b) == (a, b) || (m.a, m.b) == (b, a))
    }

    #[test]
    fn ivanov_matches_ivanov_in_cyrillic() {
        let report = scan(vec![
            with(
                person(1, "Sergey", "Ivanov", &[], &["+7 916 123-45-67"]),
                None,
                Some("Moscow"),
            ),
            with(
                person(2, "Сергей", "Иванов", &[], &["8 (916) 123-45-67"]),
                None,
                Some("Москва"),
            ),
        ]);
        let m = pair(&report, 1, 2).expect("matched");
        assert!(m.confidence > 0.9, "{m:?}");
        let evidence = m.evidence.join("; ");
        assert!(evidence.contains("same phone +79161234567"), "{evidence}");
        assert!(
            evidence.contains("'Sergey Ivanov' and 'Сергей Иванов' match after transliteration"),
            "{evidence}"
        );
        assert_eq!(report.matches.len(), 1);
    }

    #[test]
    fn swapped_names_and_gmail_dots_match() {
        let report = scan(vec![
            person(1, "Petrova", "Anna", &["Anna.Petrova@gmail.com"], &[]),
            person(
                2,
                "Anna",
                "Petrova",
                &["annapetrova+crm@googlemail.com"],
                &[],
            ),
        ]);
        let m = pair(&report, 1, 2).expect("matched");
        let evidence = m.evidence.join("; ");
        assert!(
            evidence.contains("same email annapetrova@gmail.com"),
            "{evidence}"
        );
        assert!(evidence.contains("swapped"), "{evidence}");
    }

    #[test]
    fn relatives_sharing_a_home_phone_are_not_duplicates() {
        let report = scan(vec![
            with(
                person(
                    1,
                    "Sergey",
                    "Ivanov",
                    &["s.ivanov@mail.ru"],
                    &["+7 495 111 22 33"],
                ),
                None,
                Some("Moscow"),
            ),
            with(
                person(
                    2,
                    "Anna",
                    "Ivanova",
                    &["anna.ivanova@mail.ru"],
                    &["+7 495 111 22 33"],
                ),
                None,
                Some("Moscow"),
            ),
            with(
                person(3, "Aleksandr", "Petrov", &[], &["+7 495 444 55 66"]),
                None,
                Some("Moscow"),
            ),
            with(
                person(4, "Aleksandra", "Petrova", &[], &["+7 495 444 55 66"]),
                None,
                Some("Moscow"),
            ),
        ]);
        assert!(report.matches.is_empty(), "{:?}", report.matches);
    }

    #[test]
    fn colleagues_and_namesakes_are_not_duplicates() {
        let office = "+44 20 7946 0000";
        let report = scan(vec![
            with(
                person(
                    1,
                    "Sarah",
                    "Perkins",
                    &["sarah.perkins@acme.co.uk"],
                    &[office],
                ),
                Some("Acme Ltd"),
                Some("London"),
            ),
            with(
                person(2, "Sarah", "Brown", &["sarah.brown@acme.co.uk"], &[office]),
                Some("Acme"),
                Some("London"),
            ),
            with(
                person(3, "James", "Perkins", &["j.perkins@acme.co.uk"], &[office]),
                Some("ACME LTD"),
                Some("London"),
            ),
            with(
                person(
                    4,
                    "David",
                    "Jones",
                    &["djones@gmail.com"],
                    &["+44 7700 900001"],
                ),
                None,
                Some("Leeds"),
            ),
            with(
                person(
                    5,
                    "David",
                    "Jones",
                    &["david.jones@outlook.com"],
                    &["+44 7700 900002"],
                ),
                None,
                Some("Leeds"),
            ),
        ]);
        assert!(report.matches.is_empty(), "{:?}", report.matches);
    }

    #[test]
    fn same_person_at_one_company_without_shared_contacts_matches() {
        let report = scan(vec![
            with(
                person(1, "Елена", "Смирнова", &["e.smirnova@romashka.ru"], &[]),
                Some("ООО «Ромашка»"),
                Some("Казань"),
            ),
            with(
                person(
                    2,
                    "Elena",
                    "Smirnova",
                    &["lena1985@mail.ru"],
                    &["+7 903 000 11 22"],
                ),
                Some("Romashka LLC"),
                Some("Kazan"),
            ),
        ]);
        let m = pair(&report, 1, 2).expect("matched");
        assert!(
            m.evidence.iter().any(|e| e.starts_with("same company")),
            "{m:?}"
        );
    }

    #[test]
    fn chains_become_one_review_cluster() {
        let report = scan(vec![
            person(1, "Ivan", "Kuznetsov", &["ivan.k@yandex.ru"], &[]),
            person(
                2,
                "Иван",
                "Кузнецов",
                &["ivan.k@yandex.ru"],
                &["+7 912 000 00 01"],
            ),
            person(3, "Ivan", "Kusnetsov", &[], &["8 912 000-00-01"]),
        ]);
        assert_eq!(report.clusters.len(), 1, "{:?}", report.matches);
        assert_eq!(report.clusters[0].members, vec![1, 2, 3]);
    }

    #[test]
    fn explain_gives_reasons_for_a_non_match() {
        let people = vec![
            person(1, "Sergey", "Ivanov", &[], &["+7 916 000 00 00"]),
            person(2, "Anna", "Ivanova", &[], &["+7 916 000 00 00"]),
        ];
        let scan = PersonScan::new(&people, &Config::default()).unwrap();
        let m = scan.explain(0, 1);
        assert!(m.confidence < 0.5);
        assert!(
            m.evidence
                .iter()
                .any(|e| e.contains("different first names")),
            "{m:?}"
        );
    }
}
