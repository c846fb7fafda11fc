//! `#/map?<filter>`: where the events the filter selects took place. The filter panel, the
//! tabs to the list and the network, the map, the events that name no place, and a table with
//! the same data for screen readers and print.

use crate::components::{lens_tabs, picture_downloads, FilterPanel, MapFigure};
use crate::data::{atlas, dataset, search_index};
use parley_core::link::{Lens, Link};
use parley_core::query::Filter;
use parley_core::view::map::MapView;
use parley_core::view::plural;
use parley_core::view::timeline::TimelineView;
use std::rc::Rc;
use yew::prelude::*;

/// A plain function rather than a component: the page keeps no state (the map inside does),
/// and each component adds its own lifecycle code to the bundle.
pub fn map_page(filter: &Filter) -> Html {
    let data = dataset();
    let index = search_index();
    let link = Link::Map {
        filter: filter.clone(),
    };
    let timeline = TimelineView::new(index, filter);
    let view = Rc::new(MapView::new(
        data,
        atlas(),
        filter,
        &timeline.events,
        timeline.total,
        Lens::Map,
    ));
    let caption = format!("Map of the events: {}", filter.describe(index));
    let unplaced = &view.unplaced;
    html! {
        <div class="explore-page map-page">
            <FilterPanel link={link.clone()} filter={filter.clone()} facets={timeline.facets} active={timeline.active} matched={timeline.events.len()} />
            <section class="results" aria-labelledby="map-h">
                { lens_tabs(&link) }
                <h1 id="map-h">{ "Where it happened" }</h1>
                <p id="result-count" aria-live="polite">
                    { format!("{} of {} events", view.matched, view.total) }
                    { format!(" · {}", plural(view.markers.len(), "place")) }
                </p>
                <MapFigure view={view.clone()} id="map-svg" />
                { picture_downloads("map-svg", "parley-map", caption) }
                if !unplaced.is_empty() {
                    <details class="unplaced">
                        <summary>{ view.unplaced_summary() }</summary>
                        <ul>
                            { for unplaced.iter().map(|&i| {
                                let e = &data.events[i];
                                html! { <li><a href={Link::event(&e.id).href()}>{ &e.title }</a>{ format!(" ({})", e.date.display()) }</li> }
                            }) }
                        </ul>
                    </details>
                }
                <table class="places">
                    <caption>{ "Events by place" }</caption>
                    <thead><tr><th scope="col">{ "Place" }</th><th scope="col">{ "Kind" }</th><th scope="col">{ "Country" }</th><th scope="col">{ "Events" }</th></tr></thead>
                    <tbody>
                        { for view.markers.iter().map(|m| html! {
                            <tr data-place={m.place.clone()}>
                                <th scope="row"><a href={m.link.href()}>{ &m.name }</a></th>
                                <td>{ m.kind.label() }</td>
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
