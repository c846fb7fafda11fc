//! `#/?actor=…&kind=…`: the filterable timeline. The filter lives only in the URL: every
//! control turns its change into a [`FilterAction`], applies it, and writes the new URL.

use crate::components::{EventList, ExportMenu, FacetGroup, TimeAxis};
use crate::data::search_index;
use crate::router;
use parley_core::link::Link;
use parley_core::query::{Filter, FilterAction};
use parley_core::view::timeline::TimelineView;
use parley_core::Day;
use parley_core::EventIx;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimelinePageProps {
    pub filter: Filter,
    /// Bare, for an iframe: kept on every change the reader makes.
    pub embed: bool,
}

fn input_value(event: &Event) -> String {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|input| input.value())
        .unwrap_or_default()
}

#[component]
pub fn TimelinePage(props: &TimelinePageProps) -> Html {
    let filter = &props.filter;
    let view = TimelineView::new(search_index(), filter);

    // Typing replaces the history entry; other changes add one, so back steps through what
    // the reader chose.
    let dispatch = {
        let (filter, embed) = (filter.clone(), props.embed);
        Callback::from(move |(action, replace): (FilterAction, bool)| {
            let link = Link::Timeline {
                filter: filter.clone().apply(action),
                embed,
            };
            match replace {
                true => router::replace(&link),
                false => router::go(&link),
            }
        })
    };
    let on_toggle = {
        let dispatch = dispatch.clone();
        Callback::from(move |action: FilterAction| dispatch.emit((action, false)))
    };
    let on_search = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: InputEvent| {
            dispatch.emit((FilterAction::SetText(input_value(&event.into())), true));
        })
    };
    let on_from = {
        let (dispatch, to) = (dispatch.clone(), filter.to);
        Callback::from(move |event: Event| {
            dispatch.emit((
                FilterAction::SetRange(Day::parse(&input_value(&event)).ok(), to),
                false,
            ))
        })
    };
    let on_to = {
        let (dispatch, from) = (dispatch.clone(), filter.from);
        Callback::from(move |event: Event| {
            dispatch.emit((
                FilterAction::SetRange(from, Day::parse(&input_value(&event)).ok()),
                false,
            ))
        })
    };
    let on_brush = {
        let dispatch = dispatch.clone();
        Callback::from(move |(from, to): (Day, Day)| {
            dispatch.emit((FilterAction::SetRange(Some(from), Some(to)), false))
        })
    };
    // Filters start folded on a phone, open on a wider screen; the reader can toggle either.
    let wide = use_state(|| {
        web_sys::window()
            .and_then(|w| w.match_media("(min-width: 761px)").ok().flatten())
            .is_none_or(|m| m.matches())
    });
    use_effect_with((), |_| {
        // Not passive: `/` must not also type itself into the search box it focuses.
        let options = gloo::events::EventListenerOptions::enable_prevent_default();
        let document = gloo::utils::document();
        let listener =
            gloo::events::EventListener::new_with_options(&document, "keydown", options, |event| {
                if let Some(event) = event.dyn_ref::<KeyboardEvent>() {
                    keyboard_shortcut(event);
                }
            });
        move || drop(listener)
    });
    let on_clear = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit((FilterAction::Clear, false)))
    };

    let events: std::rc::Rc<[EventIx]> = view.events.into();
    let shown = events.len();
    html! {
        <div class="timeline-page">
            <h1 class="visually-hidden">{ "Timeline of the peace talks" }</h1>
            <details class="filter-panel" open={*wide}>
                <summary>{ if view.active == 0 { "Filters".to_string() } else { format!("Filters ({} active)", view.active) } }</summary>
                <form class="filters" role="search" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    <label for="q">{ "Search titles, summaries, excerpts and quotes " }<kbd title="press / to search">{ "/" }</kbd></label>
                    <input id="q" type="search" value={filter.text.clone()} oninput={on_search}
                        placeholder="e.g. crimea, Zelenskyy, ceasefire" autocomplete="off" />
                    <fieldset class="dates">
                        <legend>{ "Dates" }</legend>
                        <label for="from">{ "From" }</label>
                        <input id="from" type="date" value={filter.from.map(|d| d.to_string()).unwrap_or_default()} onchange={on_from} />
                        <label for="to">{ "To" }</label>
                        <input id="to" type="date" value={filter.to.map(|d| d.to_string()).unwrap_or_default()} onchange={on_to} />
                    </fieldset>
                    { for view.facets.into_iter().map(|choices| html! {
                        <FacetGroup {choices} on_toggle={on_toggle.clone()} />
                    }) }
                </form>
            </details>
            <section class="results" aria-labelledby="result-count">
                <div class="result-bar">
                    <p id="result-count" aria-live="polite">{ format!("{shown} of {} events", view.total) }</p>
                    if !filter.is_empty() {
                        <button type="button" class="clear" onclick={on_clear}>{ "Clear all filters" }</button>
                    }
                    <ExportMenu events={events.clone()} />
                </div>
                <TimeAxis events={events.clone()} from={filter.from} to={filter.to} on_range={on_brush} />
                if shown == 0 {
                    <p class="empty-result">{ "No event matches these filters. Remove one, or clear them all." }</p>
                }
                <EventList {events} />
            </section>
        </div>
    }
}

/// `/` focuses the search box; `j`/`k` (and the arrow keys, from an event) move between
/// events; Enter then opens the focused event, as any link does.
fn keyboard_shortcut(event: &KeyboardEvent) {
    if event.ctrl_key() || event.meta_key() || event.alt_key() {
        return;
    }
    let document = gloo::utils::document();
    let active = document.active_element();
    let typing = active
        .as_ref()
        .is_some_and(|a| matches!(a.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
    if typing {
        return;
    }
    let on_event = active
        .as_ref()
        .and_then(|a| a.closest(".event-list article").ok().flatten());
    let step = match event.key().as_str() {
        "/" => {
            if let Some(search) = document
                .get_element_by_id("q")
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                event.prevent_default();
                let _ = search.focus();
            }
            return;
        }
        "j" => 1,
        "k" => -1,
        "ArrowDown" if on_event.is_some() => 1,
        "ArrowUp" if on_event.is_some() => -1,
        _ => return,
    };
    let Ok(links) = document.query_selector_all(".event-list article h3 a") else {
        return;
    };
    let links: Vec<web_sys::HtmlElement> = (0..links.length())
        .filter_map(|i| links.item(i)?.dyn_into().ok())
        .collect();
    let current = on_event.and_then(|article| links.iter().position(|l| article.contains(Some(l))));
    let next = match current {
        Some(i) => i.checked_add_signed(step).filter(|&n| n < links.len()),
        None => (!links.is_empty()).then_some(0),
    };
    if let Some(link) = next.map(|n| &links[n]) {
        event.prevent_default();
        let _ = link.focus();
    }
}
