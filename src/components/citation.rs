use super::from_markup;
use crate::data::dataset;
use crate::router::use_lang;
use parley_core::html::{self, Markup};
use parley_core::Source;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CitationProps {
    pub source: Source,
    /// Show the excerpt at once (event pages) or on demand (cards).
    #[prop_or_default]
    pub open: bool,
}

/// "Outlet, date": the excerpt, and a link to its sentence in the reader (see
/// [`html::citation`]).
#[component]
pub fn Citation(props: &CitationProps) -> Html {
    let lang = use_lang();
    let mut out = Markup::default();
    html::citation(&mut out, dataset(), &props.source, props.open, lang);
    from_markup(out)
}
