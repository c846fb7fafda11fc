//! `#/map?<filter>`: where the events a filter selects took place. A marker per place with
//! such events, sized by how many; the events that name no place, counted and listed.

use crate::facet::Places;
use crate::i18n::{fill, Lang};
use crate::link::Lens;
use crate::link::Link;
use crate::map::{Atlas, Point};
use crate::model::{Dataset, EventIx, PlaceKind};
use crate::query::Filter;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Marker {
    /// The place's id.
    pub place: String,
    pub name: String,
    pub country: String,
    /// A city is drawn as a dot, a region as a dashed ring, a country as its outline.
    pub kind: PlaceKind,
    pub at: Point,
    /// In user units at the whole map's scale.
    pub r: f64,
    /// In chronological order.
    pub events: Vec<EventIx>,
    /// "Moscow: 5 events": the marker's accessible name.
    pub label: String,
    /// The same view narrowed to this place.
    pub link: Link,
    /// For a country, its outline in the atlas (to highlight).
    pub outline: Option<usize>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MapView {
    /// Largest first, so that smaller markers are drawn over larger ones.
    pub markers: Vec<Marker>,
    /// The selected events that name no place, in chronological order.
    pub unplaced: Vec<EventIx>,
    /// How many events the filter selects, of how many.
    pub matched: usize,
    pub total: usize,
}

impl MapView {
    /// `events` are what `filter` selects ([`crate::query::run`]), in chronological order;
    /// `lens` is the view the markers' links narrow (the map, or the list beside its map).
    pub fn new(
        dataset: &Dataset,
        atlas: &Atlas,
        filter: &Filter,
        events: &[EventIx],
        total: usize,
        lens: Lens,
        lang: Lang,
    ) -> MapView {
        let t = lang.t();
        let mut at_place: Vec<Vec<EventIx>> = vec![Vec::new(); dataset.places.len()];
        let mut unplaced = Vec::new();
        for &i in events {
            let place = dataset.events[i].place.as_deref();
            match place.and_then(|id| dataset.places.iter().position(|p| p.id == id)) {
                Some(p) => at_place[p].push(i),
                None => unplaced.push(i),
            }
        }
        let mut markers: Vec<Marker> = at_place
            .into_iter()
            .enumerate()
            .filter(|(_, events)| !events.is_empty())
            .map(|(p, events)| {
                let place = &dataset.places[p];
                Marker {
                    place: place.id.clone(),
                    name: place.name.get(lang).to_string(),
                    country: place.country.get(lang).to_string(),
                    kind: place.kind,
                    at: atlas.places[p],
                    r: 5.0 + 4.0 * (events.len() as f64).sqrt(),
                    label: format!(
                        "{}: {}",
                        place.name.get(lang),
                        lang.count(events.len(), &t.events)
                    ),
                    link: lens.link(filter.clone().only(&Places, &place.id)),
                    outline: match place.kind {
                        PlaceKind::Country => atlas.country(&place.country.en),
                        _ => None,
                    },
                    events,
                }
            })
            .collect();
        // Place ids are unique, so the order is total and an unstable sort gives the same.
        markers.sort_unstable_by(|a, b| {
            let larger = b.events.len().cmp(&a.events.len());
            larger.then_with(|| a.place.cmp(&b.place))
        });
        MapView {
            markers,
            unplaced,
            matched: events.len(),
            total,
        }
    }

    /// "31 events name no place".
    pub fn unplaced_summary(&self, lang: Lang) -> String {
        let t = lang.t();
        let events = lang.count(self.unplaced.len(), &t.events);
        let template = match lang.plural(self.unplaced.len() as u64) {
            crate::i18n::Category::One => t.no_place_one,
            _ => t.no_place_other,
        };
        fill(template, &[("events", &events)])
    }
}
