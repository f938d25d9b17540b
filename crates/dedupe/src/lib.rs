#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

pub mod blocking;
pub mod cluster;
pub mod company;
pub mod config;
pub mod error;
pub mod eval;
mod evidence;
mod interner;
pub mod merge;
pub mod name_match;
pub mod normalize;
pub mod person;
pub mod record;
pub mod similarity;
pub mod weights;

pub use cluster::clusters;
pub use company::{CompanyScan, find_company_duplicates};
pub use config::Config;
pub use error::DedupeError;
pub use merge::{FieldChoice, MergePlan, MergePolicy, Side, plan_merge};
pub use person::{PersonScan, find_person_duplicates};
pub use record::{Cluster, CompanyKey, Match, PersonKey, RecordId, Report};
