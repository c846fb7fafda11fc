//! `#/?actor=…&kind=…`: the filterable timeline. The filter lives only in the URL: every
//! control turns its change into a [`FilterAction`], applies it, and writes the new URL.

use crate::components::{EventList, ExportMenu, FacetGroup, FacetOption, Notices, TimeAxis};
use crate::data::{dataset, search_index};
use crate::route::Route;
use gloo::history::query::Raw;
use parley_core::query::{run, Filter, FilterAction};
use parley_core::{url_state, Day, EventKind, Side, Status, Vocabulary};
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

/// Writes `filter` to the URL. Typing replaces the history entry; other changes add one, so
/// back steps through what the reader chose.
/// One facet option per value of a closed vocabulary, with its count and whether it is chosen.
fn vocabulary_options<T: Vocabulary>(counts: &[(T, usize)], chosen: &[T]) -> Vec<FacetOption> {
    counts
        .iter()
        .map(|&(value, count)| FacetOption {
            value: value.slug().into(),
            label: value.label().into(),
            count,
            checked: chosen.contains(&value),
        })
        .collect()
}

fn navigate(navigator: &Navigator, filter: &Filter, replace: bool) {
    let query = url_state::to_query(filter);
    if query.is_empty() {
        match replace {
            true => navigator.replace(&Route::Timeline),
            false => navigator.push(&Route::Timeline),
        }
        return;
    }
    let result = match replace {
        true => navigator.replace_with_query(&Route::Timeline, Raw(query)),
        false => navigator.push_with_query(&Route::Timeline, Raw(query)),
    };
    if let Err(e) = result {
        web_sys::console::error_1(&format!("could not update the URL: {e}").into());
    }
}

fn input_value(event: &Event) -> String {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|input| input.value())
        .unwrap_or_default()
}

#[component]
pub fn TimelinePage() -> Html {
    let location = use_location();
    let navigator = use_navigator().expect("the timeline is inside the router");
    let data = dataset();
    let query = location
        .as_ref()
        .map(|l| l.query_str().to_string())
        .unwrap_or_default();
    let (filter, notices) = url_state::parse(&query, data);
    let result = run(data, search_index(), &filter);

    let dispatch = {
        let filter = filter.clone();
        let navigator = navigator.clone();
        Callback::from(move |(action, replace): (FilterAction, bool)| {
            navigate(&navigator, &filter.clone().apply(action), replace)
        })
    };
    let toggle = |make: fn(String) -> Option<FilterAction>| {
        let dispatch = dispatch.clone();
        Callback::from(move |value: String| {
            if let Some(action) = make(value) {
                dispatch.emit((action, false));
            }
        })
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

    let facets = &result.facets;
    let actor_options: Vec<FacetOption> = facets
        .actors
        .iter()
        .filter_map(|(id, count)| data.actor(id).map(|a| (a, *count)))
        .filter(|(a, count)| *count > 0 || filter.actors.contains(&a.id))
        .map(|(a, count)| FacetOption {
            value: a.id.clone(),
            label: a.name.clone(),
            count,
            checked: filter.actors.contains(&a.id),
        })
        .collect();
    let side_options = vocabulary_options(&facets.sides, &filter.sides);
    let kind_options = vocabulary_options(&facets.kinds, &filter.kinds);
    let status_options = vocabulary_options(&facets.statuses, &filter.statuses);
    let topic_options = facets
        .topics
        .iter()
        .map(|(t, count)| FacetOption {
            value: t.clone(),
            label: t.replace('-', " "),
            count: *count,
            checked: filter.topics.contains(t),
        })
        .collect::<Vec<_>>();
    let place_options = facets
        .places
        .iter()
        .filter_map(|(id, count)| {
            data.place(id).map(|p| FacetOption {
                value: id.clone(),
                label: p.name.clone(),
                count: *count,
                checked: filter.places.contains(id),
            })
        })
        .collect::<Vec<_>>();

    let events: std::rc::Rc<[usize]> = result.events.into();
    let shown = events.len();
    let total = data.events.len();
    html! {
        <div class="timeline-page">
            <h1 class="visually-hidden">{ "Timeline of the peace talks" }</h1>
            <details class="filter-panel" open={*wide}>
                <summary>{ if filter.is_empty() { "Filters".to_string() } else { format!("Filters ({} active)", url_state::to_pairs(&filter).len()) } }</summary>
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
                    <FacetGroup name="side" legend="Side" options={side_options}
                        on_toggle={toggle(|v| Side::from_slug(&v).map(FilterAction::ToggleSide))} />
                    <FacetGroup name="kind" legend="Kind" options={kind_options}
                        on_toggle={toggle(|v| EventKind::from_slug(&v).map(FilterAction::ToggleKind))} />
                    <FacetGroup name="status" legend="Status" options={status_options}
                        on_toggle={toggle(|v| Status::from_slug(&v).map(FilterAction::ToggleStatus))} />
                    <FacetGroup name="actor" legend="Actors (all of)" options={actor_options}
                        on_toggle={toggle(|v| Some(FilterAction::ToggleActor(v)))} />
                    <FacetGroup name="topic" legend="Topic" options={topic_options}
                        on_toggle={toggle(|v| Some(FilterAction::ToggleTopic(v)))} />
                    <FacetGroup name="place" legend="Place" options={place_options}
                        on_toggle={toggle(|v| Some(FilterAction::TogglePlace(v)))} />
                </form>
            </details>
            <section class="results" aria-labelledby="result-count">
                <div class="result-bar">
                    <p id="result-count" aria-live="polite">{ format!("{shown} of {total} events") }</p>
                    if !filter.is_empty() {
                        <button type="button" class="clear" onclick={on_clear}>{ "Clear all filters" }</button>
                    }
                    <ExportMenu events={events.clone()} />
                </div>
                <Notices notices={notices} />
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
