//! Outbound webhooks: the dispatcher turns committed changes into deliveries, and the
//! delivery job posts each one, signed, until the receiver takes it or a day has passed.

mod deliver;
mod dispatch;
pub mod signature;

pub use deliver::deliver;
pub use dispatch::{ping, start_dispatcher};
