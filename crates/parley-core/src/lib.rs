//! Parley's pure core: the dataset schema, its validation, date logic, the query engine, the
//! URL state and the exports. Nothing here touches the web, so all of it is tested natively.
//!
//! The app bakes a validated [`Dataset`] into the wasm bundle at build time (see the app's
//! `build.rs`), and uses [`query`] and [`url_state`] at run time.

pub mod bits;
pub mod date;
pub mod model;
pub mod query;
pub mod synthetic;
pub mod text;
pub mod text_index;
pub mod url_state;

#[cfg(feature = "source")]
pub mod mentions;
#[cfg(feature = "source")]
pub mod source;

#[cfg(feature = "export")]
pub mod export;

pub use date::{Day, EventDate, Precision};
pub use model::*;
