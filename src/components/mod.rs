//! Reusable pieces of the views.

mod citation;
mod claim;
mod date;
mod event_card;
mod event_list;
mod export_menu;
mod facet;
mod markup;
mod notices;
mod time_axis;

pub use citation::Citation;
pub use claim::ClaimView;
pub use date::{DateView, DateViewProps};
pub use event_card::{EventCard, EventCardProps};
pub use event_list::EventList;
pub use export_menu::ExportMenu;
pub use facet::{FacetGroup, FacetOption};
pub use markup::{reader_href, side_tag};
pub use notices::{Notices, NoticesProps};
pub use time_axis::TimeAxis;
