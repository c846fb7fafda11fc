//! The filter that the list, the map and the network share: search, dates and each facet's
//! options with their counts. It lives only in the URL: every control turns its change into a
//! [`FilterAction`] and dispatches it to the current link ([`router::dispatch`]), so the view
//! stays the same and switching view keeps the filter.

use super::{wide_screen, FacetGroup};
use crate::router;
use crate::router::use_lang;
use parley_core::i18n::{fill, Lang};
use parley_core::link::{Link, LinkAction};
use parley_core::query::{Filter, FilterAction};
use parley_core::view::timeline::FacetChoices;
use parley_core::Day;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FilterPanelProps {
    pub filter: Filter,
    /// From the view's [`parley_core::view::timeline::TimelineView`].
    pub facets: Vec<FacetChoices>,
    pub active: usize,
    /// How many events the filter selects, for the phone's "Show N events".
    pub matched: usize,
}

fn input_value(event: &Event) -> String {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|input| input.value())
        .unwrap_or_default()
}

/// Does `action` to the view's filter (see [`LinkAction::replaces`] for which changes add to the
/// history, so that back steps through what the reader chose).
fn dispatch(action: FilterAction) {
    router::dispatch(LinkAction::Filter(action));
}

#[component]
pub fn FilterPanel(props: &FilterPanelProps) -> Html {
    let filter = &props.filter;
    let on_toggle = Callback::from(dispatch);
    let on_search = Callback::from(|event: InputEvent| {
        dispatch(FilterAction::SetText(input_value(&event.into())))
    });
    let to = filter.to;
    let on_from = Callback::from(move |event: Event| {
        dispatch(FilterAction::SetRange(
            Day::parse(&input_value(&event)).ok(),
            to,
        ))
    });
    let from = filter.from;
    let on_to = Callback::from(move |event: Event| {
        dispatch(FilterAction::SetRange(
            from,
            Day::parse(&input_value(&event)).ok(),
        ))
    });
    // Filters start folded on a phone, open on a wider screen; the reader can toggle either.
    let wide = use_state(wide_screen);
    // On a phone the open panel covers the results; this closes it and returns to them.
    let panel = use_node_ref();
    let show_results = {
        let panel = panel.clone();
        Callback::from(move |_: MouseEvent| close_panel(&panel))
    };
    let on_key = {
        let panel = panel.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" && !wide_screen() {
                close_panel(&panel);
            }
        })
    };
    let matched = props.matched;
    let lang = use_lang();
    let t = lang.t();
    let active = lang.number(props.active);
    html! {
        <details class="filter-panel" open={*wide} ref={panel} onkeydown={on_key}>
            <summary>{ if props.active == 0 { t.filters.to_string() } else { fill(t.filters_active, &[("n", &active)]) } }</summary>
            <form class="filters" role="search" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <label for="q">{ t.search_label }{ " " }<kbd title={t.search_key}>{ "/" }</kbd></label>
                <input id="q" type="search" value={filter.text.clone()} oninput={on_search}
                    placeholder={t.search_placeholder} autocomplete="off" />
                <fieldset class="dates">
                    <legend>{ t.dates }</legend>
                    <label for="from">{ t.date_from }</label>
                    <input id="from" type="date" class={classes!(filter.from.is_none().then_some("unset"))} value={filter.from.map(|d| d.to_string()).unwrap_or_default()} onchange={on_from} />
                    <label for="to">{ t.date_to }</label>
                    <input id="to" type="date" class={classes!(filter.to.is_none().then_some("unset"))} value={filter.to.map(|d| d.to_string()).unwrap_or_default()} onchange={on_to} />
                </fieldset>
                { for props.facets.iter().cloned().map(|choices| html! {
                    <FacetGroup {choices} on_toggle={on_toggle.clone()} />
                }) }
                <button type="button" class="show-results" onclick={show_results}>
                    { fill(t.show_events, &[("events", &lang.count(matched, &t.events))]) }
                </button>
            </form>
        </details>
    }
}

/// Folds the panel away and puts the focus on its summary, at the top of the results.
fn close_panel(panel: &NodeRef) {
    if let Some(details) = panel.cast::<web_sys::Element>() {
        let _ = details.remove_attribute("open");
        if let Some(summary) = details
            .query_selector("summary")
            .ok()
            .flatten()
            .and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = summary.focus();
        }
    }
}

/// List, map and network of the same filter: links that carry it. A plain function rather
/// than a component: it keeps no state, and each component adds its own lifecycle code to the
/// bundle.
pub fn lens_tabs(link: &Link, lang: Lang) -> Html {
    let Some((current, filter)) = link.lens() else {
        return html! {};
    };
    html! {
        <nav class="lens-tabs" aria-label={lang.t().show_events_as}>
            <ul>
                { for parley_core::link::Lens::ALL.iter().map(|&lens| {
                    let link = lens.link(filter.clone());
                    html! {
                        <li>
                            <a href={link.href()} data-lens={lens.label(Lang::En)}
                                aria-current={(lens == current).then_some("page")}>{ lens.label(lang) }</a>
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}
