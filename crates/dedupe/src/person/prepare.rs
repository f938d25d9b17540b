//! People normalised once, up front, into small integer ids: every distinct name, email,
//! phone, company and city is read once however many records repeat it.

use std::collections::HashMap;

use crate::config::Config;
use crate::interner::{Interner, NONE, Ragged};
use crate::normalize::nickname::group_skeleton;
use crate::normalize::{
    normalize_email, normalize_phone, normalize_place, parse_company_name, parse_person_name,
    skeleton,
};
use crate::record::PersonKey;

/// One distinct name part (a spelling), with its keys.
#[derive(Debug, Clone)]
pub struct NameEntry {
    pub spelling: String,
    pub skeleton: String,
    /// Id of `skeleton` among all name skeletons.
    pub skeleton_id: u32,
    /// Id of the skeleton the part is blocked under as a given name (short forms → full name).
    pub group_id: u32,
    /// Alphabetical rank of the spelling, to sort records by name.
    pub rank: u32,
    /// Records using this spelling as a first or last name (typos are rare spellings).
    pub uses: u32,
}

/// A person as ids. `NONE` marks a missing part.
#[derive(Debug, Clone, Copy)]
pub struct PreparedPerson {
    pub first: u32,
    pub last: u32,
    pub cyrillic: bool,
    pub company: u32,
    pub city: u32,
}

/// All people of a scan, normalised.
#[derive(Debug, Default)]
pub struct PreparedPeople {
    pub names: Vec<NameEntry>,
    pub people: Vec<PreparedPerson>,
    pub emails: Ragged,
    pub phones: Ragged,
    /// Records holding each email id / phone id.
    pub email_counts: Vec<u32>,
    pub phone_counts: Vec<u32>,
    /// Company names (compact, legal forms stripped) by company id.
    pub companies: Vec<String>,
}

impl PreparedPeople {
    pub fn name(&self, id: u32) -> Option<&NameEntry> {
        self.names.get(id as usize)
    }

    /// Sort key by last name, then first name (missing parts last).
    pub fn name_order(&self, record: u32) -> u64 {
        let person = &self.people[record as usize];
        let rank = |id: u32| self.name(id).map_or(u32::MAX, |n| n.rank);
        (u64::from(rank(person.last)) << 32) | u64::from(rank(person.first))
    }
}

#[derive(Default)]
struct Builder<'a> {
    name_ids: Interner,
    skeleton_ids: Interner,
    names: Vec<NameEntry>,
    name_cache: HashMap<(&'a str, &'a str), (u32, u32, bool)>,
    company_ids: Interner,
    company_cache: HashMap<&'a str, u32>,
    city_ids: Interner,
    city_cache: HashMap<&'a str, u32>,
    email_ids: Interner,
    phone_ids: Interner,
}

/// Normalises every person of a scan.
pub fn prepare(people: &[PersonKey], config: &Config) -> PreparedPeople {
    let mut builder = Builder::default();
    let mut out = PreparedPeople {
        emails: Ragged::new(),
        phones: Ragged::new(),
        ..PreparedPeople::default()
    };
    out.people.reserve(people.len());
    let mut row = Vec::new();
    for person in people {
        let (first, last, cyrillic) = builder.name(&person.first_name, &person.last_name);
        for id in [first, last] {
            if let Some(entry) = builder.names.get_mut(id as usize) {
                entry.uses += 1;
            }
        }
        let company = person
            .company
            .as_deref()
            .map_or(NONE, |c| builder.company(c));
        let city = person.city.as_deref().map_or(NONE, |c| builder.city(c));
        out.people.push(PreparedPerson {
            first,
            last,
            cyrillic,
            company,
            city,
        });
        row.extend(
            person
                .emails
                .iter()
                .filter_map(|e| normalize_email(e))
                .map(|e| builder.email_ids.intern(e)),
        );
        out.emails.push_row(&mut row);
        row.extend(
            person
                .phones
                .iter()
                .filter_map(|p| normalize_phone(p, &config.default_country_code))
                .map(|p| builder.phone_ids.intern(p)),
        );
        out.phones.push_row(&mut row);
    }
    rank_names(&mut builder.names);
    out.companies = builder
        .company_ids
        .values_by_id()
        .into_iter()
        .map(str::to_owned)
        .collect();
    out.names = builder.names;
    out.email_counts = builder.email_ids.into_counts();
    out.phone_counts = builder.phone_ids.into_counts();
    out
}

fn rank_names(names: &mut [NameEntry]) {
    let mut order: Vec<usize> = (0..names.len()).collect();
    order.sort_unstable_by(|a, b| names[*a].spelling.cmp(&names[*b].spelling));
    for (rank, index) in order.into_iter().enumerate() {
        names[index].rank = rank as u32;
    }
}

impl<'a> Builder<'a> {
    fn name(&mut self, first: &'a str, last: &'a str) -> (u32, u32, bool) {
        if let Some(ids) = self.name_cache.get(&(first, last)) {
            return *ids;
        }
        let parsed = parse_person_name(first, last);
        let ids = (
            self.name_part(parsed.first),
            self.name_part(parsed.last),
            parsed.cyrillic,
        );
        self.name_cache.insert((first, last), ids);
        ids
    }

    fn name_part(&mut self, spelling: String) -> u32 {
        if spelling.is_empty() {
            return NONE;
        }
        if let Some(id) = self.name_ids.get(&spelling) {
            return id;
        }
        let id = self.name_ids.intern(spelling.clone());
        let skeleton = skeleton(&spelling);
        let skeleton_id = self.skeleton_ids.intern(skeleton.clone());
        let group_id = self.skeleton_ids.intern(group_skeleton(&spelling));
        self.names.push(NameEntry {
            spelling,
            skeleton,
            skeleton_id,
            group_id,
            rank: 0,
            uses: 0,
        });
        id
    }

    fn company(&mut self, raw: &'a str) -> u32 {
        if let Some(id) = self.company_cache.get(raw) {
            return *id;
        }
        let compact = parse_company_name(raw).compact();
        let id = if compact.is_empty() {
            NONE
        } else {
            self.company_ids.intern(compact)
        };
        self.company_cache.insert(raw, id);
        id
    }

    fn city(&mut self, raw: &'a str) -> u32 {
        if let Some(id) = self.city_cache.get(raw) {
            return *id;
        }
        let place = normalize_place(raw);
        let id = if place.is_empty() {
            NONE
        } else {
            self.city_ids.intern(place)
        };
        self.city_cache.insert(raw, id);
        id
    }
}
