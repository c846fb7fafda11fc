//! `?actor=…&kind=…`: the filterable timeline, with the time axis and a small map in step
//! with the list. The filter lives only in the URL (see the filter panel).

use crate::components::{
    lens_tabs, wide_screen, EventList, ExportMenu, FilterPanel, MapFigure, PictureDownloads,
    TimeAxis,
};
use crate::router::{self, use_lang};
use parley_core::i18n::fill;
use parley_core::link::{AxisSpan, Link, LinkAction, Story};
use parley_core::query::{Filter, FilterAction};
use parley_core::view::map::MapView;
use parley_core::view::timeline::TimelineView;
use parley_core::Day;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimelinePageProps {
    pub filter: Filter,
    /// The ids picked for a story, in the order picked.
    pub picks: Vec<String>,
    /// Bare, for an iframe: kept on every change the reader makes.
    pub embed: bool,
    /// The time axis's zoom and pan.
    pub axis: AxisSpan,
    pub list: Rc<TimelineView>,
    /// The small map beside the list.
    pub map: Rc<MapView>,
}

#[component]
pub fn TimelinePage(props: &TimelinePageProps) -> Html {
    let lang = use_lang();
    let t = lang.t();
    let filter = &props.filter;
    let link = Link::Timeline {
        filter: filter.clone(),
        picks: props.picks.clone(),
        embed: props.embed,
        axis: props.axis,
    };
    // A pick button on a card adds its event to the story, or takes it out.
    let on_pick = Callback::from(|e: MouseEvent| {
        let id = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|target| target.closest("button.pick").ok().flatten())
            .and_then(|button| button.get_attribute("data-pick"));
        if let Some(id) = id {
            router::dispatch(LinkAction::TogglePick(id));
        }
    });
    let picks: Rc<[String]> = props.picks.clone().into();
    let present = Link::story(Story {
        picks: props.picks.clone(),
        ..Story::default()
    });
    let unpick = Callback::from(|_: MouseEvent| router::dispatch(LinkAction::ClearPicks));
    let on_brush = Callback::from(|(from, to): (Day, Day)| {
        router::dispatch(LinkAction::Filter(FilterAction::SetRange(
            Some(from),
            Some(to),
        )))
    });
    let on_span = Callback::from(|span: AxisSpan| router::dispatch(LinkAction::Axis(span)));
    let on_clear =
        Callback::from(|_: MouseEvent| router::dispatch(LinkAction::Filter(FilterAction::Clear)));
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
    // The map starts folded on a phone, like the filters.
    let wide = use_state(wide_screen);
    let (view, map) = (&props.list, props.map.clone());
    // Shared, not copied, by the list, the axis and the exports: made once per list.
    let events = view.events.clone();
    let shown = events.len();
    html! {
        <div class="timeline-page explore-page">
            <h1 class="visually-hidden">{ t.timeline_heading }</h1>
            <FilterPanel filter={filter.clone()} facets={view.facets.clone()} active={view.active} matched={shown} />
            <section class="results" aria-labelledby="result-count">
                { lens_tabs(&link, lang) }
                <div class="result-bar">
                    <p id="result-count" aria-live="polite">{ fill(t.shown_of, &[("shown", &lang.number(shown)), ("events", &lang.count(view.total, &t.events_of))]) }</p>
                    if !filter.is_empty() {
                        <button type="button" class="clear" onclick={on_clear}>{ t.clear_filters }</button>
                    }
                    <ExportMenu events={events.clone()} />
                </div>
                <div class="story-bar">
                    <a class="button" href={Link::story(Story { filter: filter.clone(), ..Story::default() }).href()}>{ fill(t.tell_as_story, &[("events", &lang.count(shown, &t.events))]) }</a>
                    if !picks.is_empty() {
                        <a class="button primary" href={present.href()}>{ fill(t.present_picks, &[("events", &lang.count(picks.len(), &t.events))]) }</a>
                        <button type="button" onclick={unpick}>{ t.clear_picks }</button>
                    }
                </div>
                // Folded on a phone, the axis and the map share a line.
                <div class="overviews">
                    <TimeAxis events={events.clone()} filter={filter.clone()} on_range={on_brush} id="axis-svg"
                        span={props.axis} on_span={on_span} />
                    <PictureDownloads target="axis-svg" name="parley-time-axis" caption={fill(t.axis_picture, &[("filter", &view.described)])} />
                    <details class="mini-map" open={*wide}>
                        <summary>{ fill(t.map_places, &[("places", &lang.count(map.markers.len(), &t.places))]) }</summary>
                        <MapFigure view={map} id="timeline-map-svg" compact=true />
                    </details>
                </div>
                if shown == 0 {
                    <p class="empty-result">{ t.no_match }</p>
                }
                <div onclick={on_pick}><EventList {events} picks={(!props.embed).then_some(picks)} /></div>
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
    event.prevent_default();
    move_focus(on_event, step, TRIES);
}

/// How many times a step waits for a long list to render the event it moves to.
const TRIES: u32 = 20;

/// Focuses the event `step` places from `from` (the first one without it). In a long list the
/// next event may not be rendered yet when the key comes faster than the list follows the
/// scroll: then the current event is scrolled to the top, which renders what follows, and the
/// step is tried again a moment later.
fn move_focus(from: Option<web_sys::Element>, step: isize, tries: u32) {
    let document = gloo::utils::document();
    let Ok(links) = document.query_selector_all(".event-list article h3 a") else {
        return;
    };
    let links: Vec<web_sys::HtmlElement> = (0..links.length())
        .filter_map(|i| links.item(i)?.dyn_into().ok())
        .collect();
    let current = from
        .as_ref()
        .and_then(|article| links.iter().position(|l| article.contains(Some(l))));
    let next = match current {
        Some(i) => i.checked_add_signed(step),
        None => (!links.is_empty()).then_some(0),
    };
    match (next, from) {
        (Some(n), _) if n < links.len() => {
            let _ = links[n].focus();
        }
        // Past the rendered events, but still on the list: it may have more to render.
        (Some(_), Some(article)) if tries > 0 && article.is_connected() => {
            article.scroll_into_view_with_bool(step > 0);
            gloo::timers::callback::Timeout::new(50, move || {
                move_focus(Some(article), step, tries - 1)
            })
            .forget();
        }
        _ => {}
    }
}
