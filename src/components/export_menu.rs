//! Export the events the current view shows as CSV, JSON, ICS, Markdown, GeoJSON (their
//! places), GEXF (their network) or TimelineJS JSON (a slide each), and the articles they
//! cite as CSL-JSON, RIS or BibTeX. Each file records the
//! dataset version and the view's URL, and is made in the browser and downloaded through a Blob:
//! no server is involved.

use super::use_corpus;
use crate::router::use_lang;
use parley_core::export;
use parley_core::i18n::Lang;
use parley_core::view::Corpus;
use parley_core::EventIx;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExportMenuProps {
    /// Positions in the corpus's events: what the view shows.
    pub events: Rc<[EventIx]>,
}

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Csv,
    Json,
    Ics,
    Markdown,
    GeoJson,
    Gexf,
    TimelineJs,
    CslJson,
    Ris,
    Bibtex,
}

impl Format {
    const ALL: [Format; 10] = [
        Format::Csv,
        Format::Json,
        Format::Ics,
        Format::Markdown,
        Format::GeoJson,
        Format::Gexf,
        Format::TimelineJs,
        Format::CslJson,
        Format::Ris,
        Format::Bibtex,
    ];

    fn label(self, lang: Lang) -> &'static str {
        match self {
            Format::Csv => "CSV",
            Format::Json => "JSON",
            Format::Ics => lang.t().calendar_ics,
            Format::Markdown => "Markdown",
            Format::GeoJson => "GeoJSON",
            Format::Gexf => "GEXF",
            Format::TimelineJs => "TimelineJS",
            Format::CslJson => "CSL-JSON",
            Format::Ris => "RIS",
            Format::Bibtex => "BibTeX",
        }
    }

    fn file(self) -> (&'static str, &'static str) {
        match self {
            Format::Csv => ("parley-events.csv", "text/csv"),
            Format::Json => ("parley-events.json", "application/json"),
            Format::Ics => ("parley-events.ics", "text/calendar"),
            Format::Markdown => ("parley-events.md", "text/markdown"),
            Format::GeoJson => ("parley-places.geojson", "application/geo+json"),
            Format::Gexf => ("parley-network.gexf", "application/gexf+xml"),
            Format::TimelineJs => ("parley-timelinejs.json", "application/json"),
            Format::CslJson => (
                "parley-sources.json",
                "application/vnd.citationstyles.csl+json",
            ),
            Format::Ris => ("parley-sources.ris", "application/x-research-info-systems"),
            Format::Bibtex => ("parley-sources.bib", "application/x-bibtex"),
        }
    }

    /// In the reader's language, but for the JSON, which carries every language.
    fn render(self, corpus: &Corpus, events: &[EventIx], view: &str, lang: Lang) -> String {
        let data = corpus.data;
        match self {
            Format::Csv => export::csv(data, events, Some(view), lang),
            Format::Json => crate::download::json(&export::view_export(data, events, view)),
            Format::GeoJson => crate::download::json(&export::geojson(data, events, view, lang)),
            Format::Ics => export::ics(data, events, Some(view), lang),
            Format::Markdown => export::markdown(data, events, view, lang),
            Format::Gexf => export::gexf(data, corpus.index, events, view, lang),
            Format::TimelineJs => {
                crate::download::json(&export::timelinejs(data, events, view, lang))
            }
            Format::CslJson => crate::download::json(&export::citation::csl_json(data, events)),
            Format::Ris => export::citation::ris(data, events),
            Format::Bibtex => export::citation::bibtex(data, events),
        }
    }
}

#[component]
pub fn ExportMenu(props: &ExportMenuProps) -> Html {
    let lang = use_lang();
    let t = lang.t();
    let corpus = use_corpus();
    html! {
        <details class="export-menu">
            <summary>{ t.export }</summary>
            <div class="export-options" role="group" aria-label={t.export_shown}>
            { for Format::ALL.iter().map(|&format| {
                let events = props.events.clone();
                let onclick = Callback::from(move |_: MouseEvent| {
                    let view = gloo::utils::window().location().href().unwrap_or_default();
                    let (name, mime) = format.file();
                    if let Err(e) = crate::download::text(&format.render(&corpus, &events, &view, lang), name, mime) {
                        web_sys::console::error_2(&"Parley: the export failed".into(), &e);
                    }
                });
                html! { <button type="button" data-format={format.file().0} {onclick}>{ format.label(lang) }</button> }
            }) }
            </div>
        </details>
    }
}
