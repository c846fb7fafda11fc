//! Reusable pieces of the views. Cards, dates, citations and axis marks are the core's markup
//! (`parley_core::html`), handed to Yew whole.

use parley_core::view::Corpus;
use yew::prelude::*;

mod cite_this;
mod claim;
mod date;
mod event_card;
mod event_list;
mod event_ref;
mod export_menu;
mod facet;
mod filter_panel;
mod layout;
mod linked;
mod map_figure;
mod notices;
mod picture;
mod time_axis;

pub use cite_this::CiteThis;
pub use claim::ClaimAccounts;
pub use date::{DateWithBasis, DateWithBasisProps};
pub use event_card::{EventCard, EventCardProps};
pub use event_list::EventList;
pub use event_ref::{event_ref, EventRefItems};
pub use export_menu::ExportMenu;
pub use facet::FacetGroup;
pub use filter_panel::{lens_tabs, FilterPanel};
pub use layout::{use_wide_screen, use_width, wide_screen, FIRST_WIDTH};
use linked::use_linked_state;
pub use map_figure::MapFigure;
pub use notices::{Notices, NoticesProps};
pub use picture::PictureDownloads;
pub use time_axis::TimeAxis;

/// The data every view is computed from, as the app provides it: a component that must
/// compute from it on demand (a long list's next block, an export when asked, the axis at the
/// width it is drawn) reads it here rather than from the baked globals, so that it shows the
/// corpus it is given.
#[hook]
pub fn use_corpus() -> Corpus<'static> {
    use_context::<Corpus<'static>>().expect("App provides the corpus around every component")
}

/// Markup the core built, escaping every value from the dataset, as one piece of HTML.
pub fn from_markup(markup: parley_core::html::Markup) -> yew::Html {
    yew::Html::from_html_unchecked(yew::AttrValue::from(markup.into_string()))
}
