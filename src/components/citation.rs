use super::markup::{self, Markup};
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
/// [`markup::citation`]).
#[component]
pub fn Citation(props: &CitationProps) -> Html {
    let mut out = Markup::default();
    markup::citation(&mut out, &props.source, props.open);
    out.into_html()
}
