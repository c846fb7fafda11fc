//! The map (see `parley_core::view::map`): the baked outlines and a marker per place, each a
//! link that narrows the view to that place. Buttons zoom and pan; hovering over or focusing a
//! marker lists its events beside the map.

use super::{
    from_markup, use_corpus, use_linked_state, use_width, wide_screen, EventRefItems, FIRST_WIDTH,
};
use crate::router::use_lang;
use parley_core::atlas::{Atlas, Frame, MapZoom, MAX_ZOOM};
use parley_core::html::map_countries;
use parley_core::i18n::fill;
use parley_core::svg::svg_number;
use parley_core::view::map::{Label, MapView, Marker, LABEL_SIZE};
use parley_core::PlaceKind;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Half of WCAG 2.2's least target size, in CSS pixels.
const TARGET_RADIUS: f64 = 12.0;

#[derive(Properties, PartialEq)]
pub struct MapFigureProps {
    pub view: Rc<MapView>,
    /// The `id` of the `<svg>`, for its picture.
    pub id: AttrValue,
    /// Beside the timeline: no event panel, which the list itself is; instead the marker of
    /// the event the reader is on (by keyboard or pointer) is marked out.
    #[prop_or_default]
    pub compact: bool,
    /// A place to mark out whatever the focus: the place of a story's current step.
    #[prop_or_default]
    pub marked: Option<String>,
    /// Where the map is zoomed, as the page's link keeps it: with `on_zoom`, the link holds
    /// the zoom and pan (the map page); without, the map holds its own (beside the timeline,
    /// in a story).
    #[prop_or_default]
    pub zoom: Option<MapZoom>,
    #[prop_or_default]
    pub on_zoom: Option<Callback<Option<MapZoom>>>,
}

/// The place of the event card that holds `target`, if it names one.
fn place_of(target: Option<web_sys::EventTarget>) -> Option<String> {
    let element = target?.dyn_into::<web_sys::Element>().ok()?;
    let card = element.closest("article[data-place]").ok().flatten()?;
    card.get_attribute("data-place")
}

/// Marker sizes are in CSS pixels; `unit` is how many of the map's units one pixel spans, so
/// markers keep their size on screen at any zoom and width.
fn shape(marker: &Marker, unit: f64) -> Html {
    let r = marker.r * unit;
    let (x, y) = (svg_number(marker.at.x), svg_number(marker.at.y));
    match marker.kind {
        PlaceKind::City | PlaceKind::Region => {
            html! { <circle cx={x} cy={y} r={svg_number(r)} /> }
        }
        PlaceKind::Country => html! {
            <rect x={svg_number(marker.at.x - r)} y={svg_number(marker.at.y - r)}
                width={svg_number(2.0 * r)} height={svg_number(2.0 * r)} />
        },
    }
}

#[component]
pub fn MapFigure(props: &MapFigureProps) -> Html {
    let atlas = use_corpus().atlas;
    let (zoom, set_zoom) = use_linked_state(props.zoom, props.on_zoom.clone());
    let frame = Frame::of(atlas, zoom);
    let selected = use_state(|| None::<String>);
    // Followed here, not in the page: only the map redraws as focus moves down a long list.
    let highlight = use_state_eq(|| None::<String>);
    {
        let highlight = highlight.clone();
        use_effect_with(props.compact, move |&compact| {
            let document = gloo::utils::document();
            let follow = |kind: &'static str| {
                let highlight = highlight.clone();
                gloo::events::EventListener::new(&document, kind, move |event| {
                    if let Some(place) = place_of(event.target()) {
                        highlight.set(Some(place));
                    }
                })
            };
            let listeners = compact.then(|| [follow("focusin"), follow("pointerover")]);
            move || drop(listeners)
        });
    }
    let view = &props.view;
    let lang = use_lang();
    let t = lang.t();
    let svg = use_node_ref();
    let unit = frame.width / use_width(&svg, FIRST_WIDTH);

    let set_frame = |next: fn(&Atlas, &Frame) -> Frame| {
        let set_zoom = set_zoom.clone();
        Callback::from(move |_: MouseEvent| set_zoom.emit(next(atlas, &frame).link_zoom()))
    };
    let zoom_in = set_frame(|atlas, f| Frame::at(atlas, f.zoom * 2, f.centre()));
    let zoom_out = set_frame(|atlas, f| Frame::at(atlas, f.zoom / 2, f.centre()));
    let whole = set_frame(|atlas, _| Frame::whole(atlas));
    let pan = |right: f64, down: f64| {
        let set_zoom = set_zoom.clone();
        Callback::from(move |_: MouseEvent| {
            set_zoom.emit(frame.panned(atlas, right, down).link_zoom())
        })
    };
    let pans = [
        ("◀", t.pan_west, pan(-0.5, 0.0)),
        ("▶", t.pan_east, pan(0.5, 0.0)),
        ("▲", t.pan_north, pan(0.0, -0.5)),
        ("▼", t.pan_south, pan(0.0, 0.5)),
    ];
    let place_areas: Vec<usize> = view.markers.iter().filter_map(|m| m.outline).collect();

    let labels = view.labels(&frame, unit);
    let markers = view.markers.iter().zip(labels).map(|(marker, label)| {
        let select = {
            let (selected, place) = (selected.clone(), marker.place.clone());
            move || selected.set(Some(place.clone()))
        };
        let (on_enter, on_focus) = (select.clone(), select);
        let highlighted = props.marked.as_deref() == Some(marker.place.as_str())
            || highlight.as_deref() == Some(marker.place.as_str())
            || selected.as_deref() == Some(marker.place.as_str());
        html! {
            <a href={marker.link.href()} aria-label={marker.label.clone()}
                class={classes!("marker", format!("kind-{}", marker.kind.slug()), highlighted.then_some("highlighted"))}
                data-place={marker.place.clone()} data-count={marker.events.len().to_string()}
                onmouseenter={Callback::from(move |_| on_enter())} onfocus={Callback::from(move |_| on_focus())}>
                <title>{ &marker.label }</title>
                // A finger's target, however few the events: WCAG 2.2's 24 px at least.
                <circle class="hit" cx={svg_number(marker.at.x)} cy={svg_number(marker.at.y)} r={svg_number(marker.r.max(TARGET_RADIUS) * unit)} />
                { shape(marker, unit) }
                if let Some(Label { x, y, anchor, .. }) = label {
                    <text x={svg_number(x)} y={svg_number(y)} text-anchor={anchor.svg()}
                        font-size={svg_number(LABEL_SIZE * unit)}>{ &marker.name }</text>
                }
            </a>
        }
    });

    let panel = match selected
        .as_deref()
        .and_then(|place| view.markers.iter().find(|m| m.place == place))
    {
        Some(marker) => html! {
            <>
                <h2 id="marker-h">{ &marker.label }</h2>
                <ul class="marker-events">
                    <EventRefItems events={marker.events.clone()} />
                </ul>
                <p><a href={marker.link.href()}>{ fill(t.narrow_to, &[("place", &marker.name)]) }</a></p>
            </>
        },
        None if wide_screen() => html! {
            <p>{ t.map_hint }</p>
        },
        None => html! { <p>{ t.map_tap_hint }</p> },
    };

    html! {
        <figure class={classes!("map", props.compact.then_some("compact"))}>
            <div class="map-controls" role="group" aria-label={t.map_controls}>
                <button type="button" onclick={zoom_in} disabled={frame.zoom >= MAX_ZOOM}>{ t.zoom_in }</button>
                <button type="button" onclick={zoom_out} disabled={frame.zoom <= 1}>{ t.zoom_out }</button>
                { for pans.into_iter().map(|(arrow, label, onclick)| html! {
                    <button type="button" aria-label={label} title={label} {onclick} disabled={frame.zoom <= 1}>{ arrow }</button>
                }) }
                <button type="button" onclick={whole}>{ t.whole_map }</button>
            </div>
            <div class="map-layout">
                <svg ref={svg} id={props.id.clone()} class="map-drawing" viewBox={frame.view_box()} role="group"
                    aria-label={fill(t.map_label, &[("placed", &lang.number(view.matched - view.unplaced.len())), ("events", &lang.count(view.matched, &t.events))])}>
                    <rect class="sea" x="0" y="0" width={svg_number(atlas.width)} height={svg_number(atlas.height)} />
                    <g class="countries" aria-hidden="true">
                        { from_markup(map_countries(atlas, &place_areas)) }
                    </g>
                    <g class="markers">{ for markers }</g>
                </svg>
                if !props.compact {
                    <aside class="marker-panel" aria-live="polite">{ panel }</aside>
                }
            </div>
            <figcaption>
                <ul class="map-legend" aria-label={t.markers}>
                    <li><svg viewBox="0 0 20 20" aria-hidden="true"><circle class="kind-city" cx="10" cy="10" r="6" /></svg>{ t.legend_city }</li>
                    <li><svg viewBox="0 0 20 20" aria-hidden="true"><circle class="kind-region" cx="10" cy="10" r="7" /></svg>{ t.legend_region }</li>
                    <li><svg viewBox="0 0 20 20" aria-hidden="true"><rect class="kind-country" x="4" y="4" width="12" height="12" /></svg>{ t.legend_country }</li>
                    <li>{ t.legend_size }</li>
                </ul>
            </figcaption>
        </figure>
    }
}
