//! The score of a pair of companies, and its evidence in words.

use crate::evidence::Evidence;
use crate::interner::{NONE, Ragged};
use crate::name_match::company_names_close;
use crate::normalize::{normalize_domain, normalize_phone};
use crate::record::CompanyKey;
use crate::weights::{CompanyWeights, shared_weight};

use super::prepare::PreparedCompanies;

pub struct CompanyScorer<'a> {
    pub keys: &'a [CompanyKey],
    pub companies: &'a PreparedCompanies,
    pub weights: CompanyWeights,
    pub default_country_code: &'a str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NameLevel {
    Exact,
    Close,
    Prefix,
    Different,
    Missing,
}

impl CompanyScorer<'_> {
    pub fn score(&self, a: usize, b: usize, mut explain: Option<&mut Evidence>) -> f32 {
        let w = &self.weights;
        let mut total = self.name(a, b, explain.as_deref_mut());
        total += self.legal_form(a, b, explain.as_deref_mut());
        total += self.shared(a, b, Shared::Domain, explain.as_deref_mut());
        total += self.shared(a, b, Shared::Phone, explain.as_deref_mut());
        let (ca, cb) = (&self.companies.companies[a], &self.companies.companies[b]);
        let place = |x: u32, y: u32, same: f32, differs: f32| match (x, y) {
            (NONE, _) | (_, NONE) => None,
            _ if x == y => Some((same, true)),
            _ => Some((differs, false)),
        };
        if let Some((weight, same)) = place(ca.city, cb.city, w.city_same, w.city_differs) {
            total += weight;
            if let Some(lines) = explain.as_deref_mut() {
                lines.push((
                    weight,
                    self.place_line("city", same, |k| k.city.as_deref(), a, b),
                ));
            }
        }
        if let Some((weight, same)) =
            place(ca.country, cb.country, w.country_same, w.country_differs)
        {
            total += weight;
            if let Some(lines) = explain {
                lines.push((
                    weight,
                    self.place_line("country", same, |k| k.country.as_deref(), a, b),
                ));
            }
        }
        total
    }

    fn place_line(
        &self,
        noun: &str,
        same: bool,
        field: fn(&CompanyKey) -> Option<&str>,
        a: usize,
        b: usize,
    ) -> String {
        let (x, y) = (
            field(&self.keys[a]).unwrap_or_default().trim(),
            field(&self.keys[b]).unwrap_or_default().trim(),
        );
        match (same, x == y) {
            (true, true) => format!("same {noun} '{x}'"),
            (true, false) => format!("same {noun} '{x}' / '{y}'"),
            (false, _) => format!("different {noun} '{x}' and '{y}'"),
        }
    }

    fn name_level(&self, a: usize, b: usize) -> NameLevel {
        let (na, nb) = (
            self.companies.companies[a].name,
            self.companies.companies[b].name,
        );
        let (Some(x), Some(y)) = (self.companies.name(na), self.companies.name(nb)) else {
            return NameLevel::Missing;
        };
        if na == nb {
            return NameLevel::Exact;
        }
        let close = same_words(&x.words, &y.words) || company_names_close(&x.compact, &y.compact);
        if close {
            return NameLevel::Close;
        }
        let (short, long) = if x.words.len() <= y.words.len() {
            (x, y)
        } else {
            (y, x)
        };
        if long.words.starts_with(&short.words) {
            NameLevel::Prefix
        } else {
            NameLevel::Different
        }
    }

    fn name(&self, a: usize, b: usize, explain: Option<&mut Evidence>) -> f32 {
        let w = &self.weights;
        let level = self.name_level(a, b);
        let (weight, verdict) = match level {
            NameLevel::Exact => (w.name_exact, "names match"),
            NameLevel::Close => (w.name_close, "names are close"),
            NameLevel::Prefix => (w.name_prefix, "one name extends the other"),
            NameLevel::Different => (w.name_differs, "different names"),
            NameLevel::Missing => return 0.0,
        };
        if let Some(lines) = explain {
            let (x, y) = (self.keys[a].name.trim(), self.keys[b].name.trim());
            let line = if x == y {
                format!("same name '{x}'")
            } else {
                let folded = if level == NameLevel::Exact {
                    " once legal forms, quotes and script are set aside"
                } else {
                    ""
                };
                format!("{verdict}: '{x}' and '{y}'{folded}")
            };
            lines.push((weight, line));
        }
        weight
    }

    fn legal_form(&self, a: usize, b: usize, explain: Option<&mut Evidence>) -> f32 {
        let (la, lb) = (
            self.companies.companies[a].legal,
            self.companies.companies[b].legal,
        );
        match (la, lb) {
            (Some(x), Some(y)) if x != y => {
                let weight = self.weights.legal_form_differs;
                if let Some(lines) = explain {
                    lines.push((
                        weight,
                        format!("different legal forms: {} and {}", x.label(), y.label()),
                    ));
                }
                weight
            }
            _ => 0.0,
        }
    }

    fn shared(&self, a: usize, b: usize, kind: Shared, explain: Option<&mut Evidence>) -> f32 {
        let w = &self.weights;
        let (rows, counts, full, differs): (&Ragged, &[u32], f32, f32) = match kind {
            Shared::Domain => (
                &self.companies.domains,
                &self.companies.domain_counts,
                w.domain_shared,
                w.domain_differs,
            ),
            Shared::Phone => (
                &self.companies.phones,
                &self.companies.phone_counts,
                w.phone_shared,
                w.phone_differs,
            ),
        };
        let (ra, rb) = (rows.row(a), rows.row(b));
        if ra.is_empty() || rb.is_empty() {
            return 0.0;
        }
        let fewest = ra
            .iter()
            .filter(|id| rb.binary_search(id).is_ok())
            .map(|id| counts[*id as usize])
            .min();
        let noun = kind.noun();
        let Some(sharers) = fewest else {
            if let Some(lines) = explain {
                lines.push((differs, format!("no {noun} in common")));
            }
            return differs;
        };
        let weight = shared_weight(full, sharers, w.shared_floor);
        if let Some(lines) = explain {
            let values = self.shared_values(a, b, kind).join(", ");
            let line = if sharers > 2 {
                format!("same {noun} {values} (held by {sharers} records)")
            } else {
                format!("same {noun} {values}")
            };
            lines.push((weight, line));
        }
        weight
    }

    fn shared_values(&self, a: usize, b: usize, kind: Shared) -> Vec<String> {
        let normal = |key: &CompanyKey| -> Vec<String> {
            match kind {
                Shared::Domain => key
                    .domains
                    .iter()
                    .filter_map(|d| normalize_domain(d))
                    .collect(),
                Shared::Phone => key
                    .phones
                    .iter()
                    .filter_map(|p| normalize_phone(p, self.default_country_code))
                    .collect(),
            }
        };
        let theirs = normal(&self.keys[b]);
        let mut shared: Vec<String> = normal(&self.keys[a])
            .into_iter()
            .filter(|v| theirs.contains(v))
            .collect();
        shared.dedup();
        shared
    }
}

/// The same words in another order ("Logistics Blue River" is rare, "Ромашка Групп" /
/// "Групп Ромашка" is not).
fn same_words(x: &[String], y: &[String]) -> bool {
    let mut x: Vec<&String> = x.iter().collect();
    let mut y: Vec<&String> = y.iter().collect();
    x.sort_unstable();
    y.sort_unstable();
    x == y
}

#[derive(Debug, Clone, Copy)]
enum Shared {
    Domain,
    Phone,
}

impl Shared {
    fn noun(self) -> &'static str {
        match self {
            Self::Domain => "domain",
            Self::Phone => "phone",
        }
    }
}
