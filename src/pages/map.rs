//! `map/?<filter>`: where the events the filter selects took place. The filter panel, the
//! tabs to the list and the network, the map, the events that name no place, and a table with
//! the same data for screen readers and print.

use crate::components::{
    lens_tabs, EventRefItems, ExportMenu, FilterPanel, MapFigure, PictureDownloads,
};
use crate::router;
use parley_core::atlas::MapZoom;
use parley_core::i18n::{fill, Lang};
use parley_core::link::{Link, LinkAction};
use parley_core::query::Filter;
use parley_core::view::map::MapView;
use parley_core::view::timeline::TimelineView;
use std::rc::Rc;
use yew::prelude::*;

/// A plain function rather than a component: the page keeps no state (its link holds the map's
/// zoom and pan), and each component adds its own lifecycle code to the bundle.
pub fn map_page(
    filter: &Filter,
    zoom: Option<MapZoom>,
    timeline: &TimelineView,
    view: Rc<MapView>,
    lang: Lang,
) -> Html {
    let t = lang.t();
    let link = Link::Map {
        filter: filter.clone(),
        zoom,
    };
    let on_zoom = Callback::from(|zoom| router::dispatch(LinkAction::MapZoom(zoom)));
    let caption = fill(t.map_picture, &[("filter", &timeline.described)]);
    let unplaced = &view.unplaced;
    html! {
        <div class="explore-page map-page">
            <FilterPanel filter={filter.clone()} facets={timeline.facets.clone()} active={timeline.active} matched={timeline.events.len()} />
            <section class="results" aria-labelledby="map-h">
                { lens_tabs(&link, lang) }
                <h1 id="map-h">{ t.map_heading }</h1>
                <div class="result-bar">
                    <p id="result-count" aria-live="polite">
                        { fill(t.shown_of, &[("shown", &lang.number(view.matched)), ("events", &lang.count(view.total, &t.events_of))]) }
                        { format!(" · {}", lang.count(view.markers.len(), &t.places)) }
                    </p>
                    <ExportMenu events={timeline.events.clone()} />
                </div>
                <MapFigure view={view.clone()} id="map-svg" {zoom} on_zoom={Some(on_zoom)} />
                <PictureDownloads target="map-svg" name="parley-map" {caption} />
                if !unplaced.is_empty() {
                    <details class="unplaced">
                        <summary>{ view.unplaced_summary(lang) }</summary>
                        <ul>
                            <EventRefItems events={unplaced.clone()} />
                        </ul>
                    </details>
                }
                <table class="places">
                    <caption>{ t.events_by_place }</caption>
                    <thead><tr><th scope="col">{ t.card_place }</th><th scope="col">{ t.facet_kind }</th><th scope="col">{ t.country }</th><th scope="col">{ t.events_column }</th></tr></thead>
                    <tbody>
                        { for view.markers.iter().map(|m| html! {
                            <tr data-place={m.place.clone()}>
                                <th scope="row"><a href={m.link.href()}>{ &m.name }</a></th>
                                <td>{ m.kind.label(lang) }</td>
                                <td>{ &m.country }</td>
                                <td class="number">{ m.events.len() }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </section>
        </div>
    }
}
