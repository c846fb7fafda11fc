//! Export the events the current view shows as CSV, JSON, ICS or Markdown. Each file records the
//! dataset version and the view's URL, and is made in the browser and downloaded through a Blob:
//! no server is involved.

use super::use_corpus;
use crate::router::use_lang;
use parley_core::export;
use parley_core::i18n::Lang;
use parley_core::{Dataset, EventIx};
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
}

impl Format {
    const ALL: [Format; 4] = [Format::Csv, Format::Json, Format::Ics, Format::Markdown];

    fn label(self, lang: Lang) -> &'static str {
        match self {
            Format::Csv => "CSV",
            Format::Json => "JSON",
            Format::Ics => lang.t().calendar_ics,
            Format::Markdown => "Markdown",
        }
    }

    fn file(self) -> (&'static str, &'static str) {
        match self {
            Format::Csv => ("parley-events.csv", "text/csv"),
            Format::Json => ("parley-events.json", "application/json"),
            Format::Ics => ("parley-events.ics", "text/calendar"),
            Format::Markdown => ("parley-events.md", "text/markdown"),
        }
    }

    /// CSV, ICS and Markdown in the reader's language; the JSON carries every language.
    fn render(self, data: &Dataset, events: &[EventIx], view: &str, lang: Lang) -> String {
        match self {
            Format::Csv => export::csv(data, events, Some(view), lang),
            Format::Json => json_view(data, events, view),
            Format::Ics => export::ics(data, events, Some(view), lang),
            Format::Markdown => export::markdown(data, events, view, lang),
        }
    }
}

/// The view's export in the dataset's JSON schema, pretty-printed by the browser's
/// `JSON.stringify` (so `serde_json` stays out of the bundle). The end-to-end test compares it
/// with `parley-export --format json`.
fn json_view(data: &Dataset, events: &[EventIx], view: &str) -> String {
    use serde::Serialize;
    let export = export::view_export(data, events, view);
    // JSON-compatible: `None` becomes `null` rather than a missing key.
    let value = export
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .expect("the dataset's types all map to JSON values");
    js_sys::JSON::stringify_with_replacer_and_space(&value, &wasm_bindgen::JsValue::NULL, &2.into())
        .ok()
        .and_then(|text| text.as_string())
        .expect("JSON.stringify of plain values gives a string")
}

#[component]
pub fn ExportMenu(props: &ExportMenuProps) -> Html {
    let lang = use_lang();
    let t = lang.t();
    let data = use_corpus().data;
    html! {
        <details class="export-menu">
            <summary>{ t.export }</summary>
            <div class="export-options" role="group" aria-label={t.export_shown}>
            { for Format::ALL.iter().map(|&format| {
                let events = props.events.clone();
                let onclick = Callback::from(move |_: MouseEvent| {
                    let view = gloo::utils::window().location().href().unwrap_or_default();
                    let (name, mime) = format.file();
                    if let Err(e) = crate::download::text(&format.render(data, &events, &view, lang), name, mime) {
                        web_sys::console::error_2(&"Parley: the export failed".into(), &e);
                    }
                });
                html! { <button type="button" data-format={format.file().0} {onclick}>{ format.label(lang) }</button> }
            }) }
            </div>
        </details>
    }
}
