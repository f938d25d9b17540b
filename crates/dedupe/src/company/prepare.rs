//! Companies normalised once into ids.

use std::collections::HashMap;

use crate::config::Config;
use crate::interner::{Interner, NONE, Ragged};
use crate::normalize::{
    LegalKind, is_free_mail, normalize_country, normalize_domain, normalize_phone, normalize_place,
    parse_company_name, skeleton,
};
use crate::record::CompanyKey;

/// One distinct company name.
#[derive(Debug, Clone)]
pub struct NameEntry {
    pub words: Vec<String>,
    pub compact: String,
    /// Alphabetical rank of `compact`, and of `compact` read backwards.
    pub rank: u32,
    pub reverse_rank: u32,
}

/// A company as ids; `NONE` marks a missing value.
#[derive(Debug, Clone, Copy)]
pub struct PreparedCompany {
    pub name: u32,
    pub legal: Option<LegalKind>,
    pub city: u32,
    pub country: u32,
}

#[derive(Debug, Default)]
pub struct PreparedCompanies {
    pub names: Vec<NameEntry>,
    pub companies: Vec<PreparedCompany>,
    /// Sound keys of each name's words (blocking).
    pub word_keys: Ragged,
    pub domains: Ragged,
    pub phones: Ragged,
    pub domain_counts: Vec<u32>,
    pub phone_counts: Vec<u32>,
}

impl PreparedCompanies {
    pub fn name(&self, id: u32) -> Option<&NameEntry> {
        self.names.get(id as usize)
    }
}

/// Words shorter than this are not blocked on: "a", "of", "и" say nothing.
const MIN_BLOCK_WORD: usize = 3;

pub fn prepare(companies: &[CompanyKey], config: &Config) -> PreparedCompanies {
    let mut name_ids = Interner::default();
    let mut name_cache: HashMap<&str, (u32, Option<LegalKind>)> = HashMap::new();
    let mut word_ids = Interner::default();
    let mut places = Interner::default();
    let mut domain_ids = Interner::default();
    let mut phone_ids = Interner::default();
    let mut out = PreparedCompanies {
        word_keys: Ragged::new(),
        domains: Ragged::new(),
        phones: Ragged::new(),
        ..PreparedCompanies::default()
    };
    let mut row = Vec::new();
    for company in companies {
        let (name, legal) = *name_cache.entry(company.name.as_str()).or_insert_with(|| {
            let parsed = parse_company_name(&company.name);
            let compact = parsed.compact();
            if compact.is_empty() {
                return (NONE, None);
            }
            if let Some(id) = name_ids.get(&compact) {
                return (id, parsed.legal);
            }
            out.names.push(NameEntry {
                words: parsed.words,
                compact: compact.clone(),
                rank: 0,
                reverse_rank: 0,
            });
            (name_ids.intern(compact), parsed.legal)
        });
        if let Some(entry) = out.names.get(name as usize) {
            row.extend(
                entry
                    .words
                    .iter()
                    .filter(|w| w.len() >= MIN_BLOCK_WORD)
                    .map(|w| word_ids.intern(skeleton(w))),
            );
        }
        out.word_keys.push_row(&mut row);
        let place = |value: &Option<String>, places: &mut Interner, read: fn(&str) -> String| {
            value
                .as_deref()
                .map(read)
                .filter(|v| !v.is_empty())
                .map_or(NONE, |v| places.intern(v))
        };
        out.companies.push(PreparedCompany {
            name,
            legal,
            city: place(&company.city, &mut places, normalize_place),
            // Countries and cities share one interner; prefix keeps "ru" the code apart
            // from a city called "Ru".
            country: place(&company.country, &mut places, |c| {
                format!("country:{}", normalize_country(c))
            }),
        });
        row.extend(
            company
                .domains
                .iter()
                .filter_map(|d| normalize_domain(d))
                .filter(|d| !is_free_mail(d))
                .map(|d| domain_ids.intern(d)),
        );
        out.domains.push_row(&mut row);
        row.extend(
            company
                .phones
                .iter()
                .filter_map(|p| normalize_phone(p, &config.default_country_code))
                .map(|p| phone_ids.intern(p)),
        );
        out.phones.push_row(&mut row);
    }
    rank_names(&mut out.names);
    out.domain_counts = domain_ids.into_counts();
    out.phone_counts = phone_ids.into_counts();
    out
}

fn rank_names(names: &mut [NameEntry]) {
    let mut order: Vec<usize> = (0..names.len()).collect();
    order.sort_unstable_by(|a, b| names[*a].compact.cmp(&names[*b].compact));
    for (rank, index) in order.iter().enumerate() {
        names[*index].rank = rank as u32;
    }
    let reversed: Vec<String> = names
        .iter()
        .map(|n| n.compact.chars().rev().collect())
        .collect();
    order.sort_unstable_by(|a, b| reversed[*a].cmp(&reversed[*b]));
    for (rank, index) in order.iter().enumerate() {
        names[*index].reverse_rank = rank as u32;
    }
}
