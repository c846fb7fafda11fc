//! Reusable pieces of the views.

mod citation;
mod claim;
mod date;
mod event_card;
mod event_list;
mod export_menu;
mod facet;
mod notices;
mod time_axis;

pub use citation::Citation;
pub use claim::ClaimView;
pub use date::{DateView, DateViewProps};
pub use event_card::{side_tag, EventCard, EventCardProps};
pub use event_list::EventList;
pub use export_menu::ExportMenu;
pub use facet::{FacetGroup, FacetOption};
pub use notices::{Notices, NoticesProps};
pub use time_axis::TimeAxis;

use parley_core::TextRange;

/// The reader's URL for one excerpt: `#/sources/<document>?at=START-END`.
pub fn reader_href(document: &str, range: TextRange) -> String {
    format!("#/sources/{document}?at={}-{}", range.start, range.end)
}
