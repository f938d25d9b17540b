//! Sample data for Relata: a demo workspace that makes a first run look like a living CRM
//! ([`demo::load`]), and the benchmark data set of DESIGN.md §10 ([`bench::generate`]).
//!
//! Everything is written through the public [`Store`] API, parsed by the domain like any
//! other input and checked by the same rules, never with SQL of its own: the data is exactly
//! what a real team would have, events and stage history included, and stays valid whatever
//! the store's tables become.
//!
//! Both generators are deterministic for a seed, except that dates are relative to today so
//! that the data always looks current.

pub mod bench;
mod business;
mod countries;
pub mod demo;
mod error;
pub mod names;
pub mod rng;
mod writer;

pub use error::SampleError;

use relata_store::{Member, Store, Workspace};

/// The first workspace with its owner, or a new one made with the given details when the
/// database has none.
async fn first_or_new_workspace(
    store: &Store,
    name: &str,
    owner_email: &str,
    owner_name: &str,
) -> Result<(Workspace, Member), SampleError> {
    match store.first_workspace().await? {
        Some(workspace) => {
            let owner = store.owner(workspace.id).await?;
            Ok((workspace, owner))
        }
        None => Ok(store
            .create_workspace(name, owner_email, owner_name, None)
            .await?),
    }
}
