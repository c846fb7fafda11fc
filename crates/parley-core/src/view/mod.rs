//! The view model: for each view, a plain struct computed from the dataset, its search index
//! and the view's [`crate::link::Link`] state, in the manner of rust-analyzer's `ide` crate.
//! The app's pages turn these into HTML and compute nothing themselves; everything here is
//! tested natively.

pub mod actor;
pub mod actors;
pub mod axis;
pub mod event;
pub mod event_ref;
pub mod label;
pub mod long_list;
pub mod map;
pub mod network;
pub mod page;
pub mod reader;
pub mod story;
pub mod timeline;
