//! What goes in (the fields of people and companies that identify them) and what comes out
//! (scored pairs with their evidence).

use serde::{Deserialize, Serialize};

use crate::blocking::BlockStats;

/// A record's id as the store knows it (a UUID as `u128`).
pub type RecordId = u128;

/// The identifying fields of a person, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonKey {
    pub id: RecordId,
    pub first_name: String,
    pub last_name: String,
    pub emails: Vec<String>,
    /// E.164 or as typed; numbers without a country code take the configured default.
    pub phones: Vec<String>,
    pub company: Option<String>,
    pub city: Option<String>,
}

/// The identifying fields of a company, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompanyKey {
    pub id: RecordId,
    pub name: String,
    /// Web domains or links (`https://www.acme.com/` is read as `acme.com`).
    pub domains: Vec<String>,
    pub phones: Vec<String>,
    pub city: Option<String>,
    pub country: Option<String>,
}

/// Two records that probably describe the same person or company.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Match {
    pub a: RecordId,
    pub b: RecordId,
    /// Estimated probability that they are one, 0..=1.
    pub confidence: f32,
    /// Sum of the evidence weights in bits (log2 likelihood ratio); confidence is derived
    /// from it.
    pub weight: f32,
    /// Why, one line per comparison that counted, strongest first.
    pub evidence: Vec<String>,
}

/// Records that matched each other directly or through a chain, for one review decision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cluster {
    pub members: Vec<RecordId>,
    /// Confidence of the weakest match that holds the cluster together: a chain A–B–C is
    /// only as good as its weakest link.
    pub confidence: f32,
    /// The matches inside the cluster, strongest first.
    pub matches: Vec<Match>,
}

/// The outcome of a duplicate scan.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// Pairs at or above the threshold, strongest first.
    pub matches: Vec<Match>,
    /// The review list: matches joined into groups, strongest first.
    pub clusters: Vec<Cluster>,
    /// What each blocking key contributed.
    pub blocks: Vec<BlockStats>,
    /// Distinct pairs scored.
    pub pairs_compared: usize,
}
