//! The blocking keys of companies.
//!
//! | kind | key | finds |
//! | --- | --- | --- |
//! | `domain` | a web domain (free mail excluded) | any name change |
//! | `phone` | an E.164 phone | reformatted numbers |
//! | `name` | the name without legal form, in Latin letters | ООО «Ромашка» / Romashka LLC |
//! | `name word` | the sound key of one word of the name | vowel typos, extra words |
//! | `sorted names` | none: all companies, sorted by name and windowed | typos near the end |
//! | `sorted reversed names` | as above, names read backwards | typos near the start |

use crate::blocking::{BlockStats, Blocker};
use crate::config::Config;
use crate::interner::NONE;

use super::prepare::PreparedCompanies;

pub fn candidate_pairs(
    companies: &PreparedCompanies,
    config: &Config,
) -> (Vec<(u32, u32)>, Vec<BlockStats>) {
    let mut blocker = Blocker::new(config.max_block, config.window);
    let rank = |r: u32| {
        let name = companies.companies[r as usize].name;
        companies.name(name).map_or(u64::MAX, |n| u64::from(n.rank))
    };
    let reverse_rank = |r: u32| {
        let name = companies.companies[r as usize].name;
        companies
            .name(name)
            .map_or(u64::MAX, |n| u64::from(n.reverse_rank))
    };
    let rows = |ragged: &crate::interner::Ragged| -> Vec<(u64, u32)> {
        (0..companies.companies.len())
            .flat_map(|r| {
                ragged
                    .row(r)
                    .iter()
                    .map(move |id| (u64::from(*id), r as u32))
            })
            .collect()
    };
    blocker.add_kind("domain", rows(&companies.domains), rank);
    blocker.add_kind("phone", rows(&companies.phones), rank);
    let named: Vec<u32> = (0..companies.companies.len() as u32)
        .filter(|r| companies.companies[*r as usize].name != NONE)
        .collect();
    let names = named
        .iter()
        .map(|r| (u64::from(companies.companies[*r as usize].name), *r))
        .collect();
    blocker.add_kind("name", names, rank);
    blocker.add_kind("name word", rows(&companies.word_keys), rank);
    blocker.add_sorted_pass("sorted names", named.clone(), rank);
    blocker.add_sorted_pass("sorted reversed names", named, reverse_rank);
    blocker.finish()
}
