use super::reader_href;
use crate::data::dataset;
use parley_core::Source;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CitationProps {
    pub source: Source,
    /// Show the excerpt at once (event pages) or on demand (cards).
    #[prop_or_default]
    pub open: bool,
}

/// "Outlet, date": the excerpt, and a link to its sentence in the reader.
#[component]
pub fn Citation(props: &CitationProps) -> Html {
    let source = &props.source;
    let Some(doc) = dataset().document(&source.document) else {
        return html! {};
    };
    let href = reader_href(&doc.id, source.range);
    html! {
        <details class="citation" open={props.open}>
            <summary>
                <cite>{ &doc.outlet }</cite>{ ", " }
                <time datetime={doc.published.to_string()}>{ doc.published.short() }</time>
            </summary>
            <blockquote cite={href.clone()}>{ &source.excerpt }</blockquote>
            <a class="in-context" href={href}>{ "Read in context" }</a>
        </details>
    }
}
