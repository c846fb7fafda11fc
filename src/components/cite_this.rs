//! "Cite this page", in the footer of every page: the view the reader is on as a ready
//! citation in APA and Chicago style, with its address, the dataset's version and today's
//! date, each to copy, and as CSL-JSON for a reference manager
//! (`parley_core::export::citation::cite_view`). Written only once asked
//! for: the address and the day are the reader's, which the prerendered page cannot know.

use super::use_corpus;
use crate::router::use_lang;
use parley_core::export::citation::cite_view;
use parley_core::link::Link;
use parley_core::view::page::PageMeta;
use parley_core::Day;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CiteThisProps {
    pub link: Link,
}

/// Today in the reader's time zone, by the browser's clock.
fn today() -> Option<Day> {
    let now = js_sys::Date::new_0();
    Day::from_ymd(
        now.get_full_year() as i32,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    )
}

fn copy(text: String) -> Callback<MouseEvent> {
    Callback::from(move |_: MouseEvent| {
        let _ = gloo::utils::window()
            .navigator()
            .clipboard()
            .write_text(&text);
    })
}

#[component]
pub fn CiteThis(props: &CiteThisProps) -> Html {
    let lang = use_lang();
    let t = lang.t();
    let corpus = use_corpus();
    let open = use_state(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let panel = (*open).then(today).flatten().map(|today| {
        let meta = PageMeta::new(corpus.data, corpus.index, &props.link, lang);
        let url = gloo::utils::window().location().href().unwrap_or_default();
        let cited = cite_view(&meta.title, &url, &corpus.data.version, today, lang);
        // As a list, as CSL-JSON files are, for Zotero and other reference managers.
        let csl = crate::download::json(&[&cited.csl]);
        let download_csl = Callback::from(move |_: MouseEvent| {
            let mime = "application/vnd.citationstyles.csl+json";
            if let Err(e) = crate::download::text(&csl, "parley-citation.json", mime) {
                web_sys::console::error_2(&"Parley: the download failed".into(), &e);
            }
        });
        html! {
            <div id="cite-panel" class="cite-panel">
                <p class="cite-note">{ t.cite_note }</p>
                <button type="button" class="cite-csl" onclick={download_csl}>{ t.cite_csl }</button>
                { for [("apa", t.cite_apa, cited.apa), ("chicago", t.cite_chicago, cited.chicago)].into_iter().map(|(style, name, text)| html! {
                    <figure class="citation" data-style={style}>
                        <figcaption>{ name }</figcaption>
                        <p lang="en">{ text.clone() }</p>
                        <button type="button" onclick={copy(text)}>{ t.copy }</button>
                    </figure>
                }) }
            </div>
        }
    });
    html! {
        <div class="cite-this">
            <button type="button" aria-expanded={if *open { "true" } else { "false" }} aria-controls="cite-panel" onclick={toggle}>{ t.cite_this }</button>
            { panel.unwrap_or_default() }
        </div>
    }
}
