//! Parley's pure core: the dataset schema, its validation, date logic, the query engine, and
//! the view model: every URL ([`link`]), every facet ([`facet`]) and each view's data
//! ([`view`]), the markup of cards ([`html`]) and the exports. Nothing here touches the web,
//! so all of it is tested natively.
//!
//! The app bakes a validated [`Dataset`] into the wasm bundle at build time (see the app's
//! `build.rs`), reads its URL with [`link::Link::parse`] and renders the view structs.

pub mod atlas;
pub mod bits;
pub mod date;
pub mod draft;
pub mod facet;
pub mod html;
pub mod i18n;
pub mod link;
pub mod model;
pub mod query;
pub mod sort;
pub mod svg;
pub mod synthetic;
pub mod text;
pub mod text_index;
pub mod view;

pub mod mentions;
#[cfg(feature = "source")]
pub mod source;

#[cfg(feature = "export")]
pub mod export;

#[cfg(feature = "site")]
pub mod site;

pub use date::{Day, EventDate, Precision};
pub use model::*;
