//! The blocking keys of people.
//!
//! | kind | key | finds |
//! | --- | --- | --- |
//! | `email` | a normalised email | copies, case and Gmail-dot variants, any name change |
//! | `phone` | an E.164 phone | reformatted numbers, any name change |
//! | `name+city` | both name sound keys (in either order) and the city | the same person typed twice without shared contacts |
//! | `company+name part` | the company and one name part's sound key | typos in the other part, swapped order, transliteration, short forms |
//!
//! A name alone is not a key: two records that share only a common name cannot reach the
//! match threshold, and "all the Ivanovs" would be the biggest block of all.

use crate::blocking::{BlockStats, Blocker, hash_key};
use crate::config::Config;
use crate::interner::NONE;

use super::prepare::PreparedPeople;

/// Distinct candidate pairs (lower index first) and what each key kind contributed.
pub fn candidate_pairs(
    people: &PreparedPeople,
    config: &Config,
) -> (Vec<(u32, u32)>, Vec<BlockStats>) {
    let mut blocker = Blocker::new(config.max_block, config.window);
    let by_name = |r: u32| people.name_order(r);
    blocker.add_kind(
        "email",
        contact_entries(people, |r| people.emails.row(r)),
        by_name,
    );
    blocker.add_kind(
        "phone",
        contact_entries(people, |r| people.phones.row(r)),
        by_name,
    );
    blocker.add_kind("name+city", name_city_entries(people), |r| {
        context_order(people, r)
    });
    blocker.add_kind("company+name part", company_part_entries(people), by_name);
    blocker.finish()
}

/// Inside a giant name+city block (all the Sergey Ivanovs of Moscow) records sort by
/// employer, then by first phone, so that the window pairs records that share them.
fn context_order(people: &PreparedPeople, record: u32) -> u64 {
    let company = people.people[record as usize].company;
    let phone = people
        .phones
        .row(record as usize)
        .first()
        .copied()
        .unwrap_or(NONE);
    (u64::from(company) << 32) | u64::from(phone)
}

fn contact_entries<'p>(
    people: &'p PreparedPeople,
    row: impl Fn(usize) -> &'p [u32],
) -> Vec<(u64, u32)> {
    let mut entries = Vec::with_capacity(people.people.len());
    for record in 0..people.people.len() {
        entries.extend(row(record).iter().map(|id| (u64::from(*id), record as u32)));
    }
    entries
}

/// The sound keys of a person's given and family name, in a fixed order so that swapped
/// names get the same pair.
fn name_pair(people: &PreparedPeople, record: usize) -> Option<(u32, u32)> {
    let person = &people.people[record];
    let first = people.name(person.first)?.group_id;
    let last = people.name(person.last)?.skeleton_id;
    Some((first.min(last), first.max(last)))
}

fn name_city_entries(people: &PreparedPeople) -> Vec<(u64, u32)> {
    let mut entries = Vec::with_capacity(people.people.len());
    for (record, person) in people.people.iter().enumerate() {
        if person.city == NONE {
            continue;
        }
        if let Some((a, b)) = name_pair(people, record) {
            let key = hash_key(&[u64::from(a), u64::from(b), u64::from(person.city)]);
            entries.push((key, record as u32));
        }
    }
    entries
}

fn company_part_entries(people: &PreparedPeople) -> Vec<(u64, u32)> {
    let mut entries = Vec::with_capacity(people.people.len() * 2);
    for (record, person) in people.people.iter().enumerate() {
        if person.company == NONE {
            continue;
        }
        let first = people.name(person.first).map(|n| n.group_id);
        let last = people.name(person.last).map(|n| n.skeleton_id);
        for part in [first, last].into_iter().flatten() {
            let key = hash_key(&[u64::from(person.company), u64::from(part)]);
            entries.push((key, record as u32));
        }
    }
    entries
}
