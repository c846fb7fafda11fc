//! `map/?<filter>`: where the events a filter selects took place. A marker per place with
//! such events, sized by how many; the events that name no place, counted and listed.

use crate::atlas::{Atlas, Frame, Point};
use crate::facet::Places;
use crate::i18n::{fill, Lang};
use crate::link::Lens;
use crate::link::Link;
use crate::model::{Dataset, EventIx, PlaceKind};
use crate::query::Filter;
use serde::Serialize;

use super::label::text_width;
pub use super::label::{Anchor, Bounds};

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

/// The size names are set in on the map, in CSS pixels.
pub const LABEL_SIZE: f64 = 14.0;
/// How far a name's box beside its marker reaches above and below the marker's centre, in CSS
/// pixels: the text's height with its halo, its baseline [`LABEL_BASELINE`] below the centre.
const LABEL_ABOVE: f64 = 9.0;
const LABEL_BELOW: f64 = 9.0;
const LABEL_BASELINE: f64 = 5.0;
/// The gap between a marker's edge and its name, in CSS pixels.
const LABEL_GAP: f64 = 3.0;
/// A name may cross another marker's disc but not its centre: this much around it, in CSS
/// pixels, stays clear, so every marker shows where it stands.
const CENTRE_CLEAR: f64 = 4.0;

/// A marker's name where it is drawn: the text's anchor point and side, in the map's units.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Label {
    pub x: f64,
    pub y: f64,
    pub anchor: Anchor,
    /// The room the name takes, which no other name shares.
    pub bounds: Bounds,
}

impl MapView {
    /// Where each marker's name goes when `frame` is drawn at `unit` map units to the CSS
    /// pixel, in the order of the markers: right of the marker, else left, above or below it,
    /// wholly inside the frame, over no name already placed and no other marker's centre.
    /// Larger markers place theirs first; a name with room in none of the four places is left
    /// out (the marker keeps its accessible name and tooltip), and so is the name of a marker
    /// outside the frame.
    pub fn labels(&self, frame: &Frame, unit: f64) -> Vec<Option<Label>> {
        let view = Bounds {
            left: frame.x,
            top: frame.y,
            right: frame.x + frame.width,
            bottom: frame.y + frame.height,
        };
        let centres: Vec<Bounds> = self
            .markers
            .iter()
            .map(|m| Bounds::around(m.at.x, m.at.y, CENTRE_CLEAR * unit))
            .collect();
        let mut placed: Vec<Bounds> = Vec::new();
        let mut labels = Vec::with_capacity(self.markers.len());
        for (i, marker) in self.markers.iter().enumerate() {
            let visible = view.holds(&centres[i]);
            let width = text_width(&marker.name, LABEL_SIZE) * unit;
            let gap = (marker.r + LABEL_GAP) * unit;
            // A line of text, from the top of its box; beside the marker it is centred on it.
            let line = (LABEL_ABOVE + LABEL_BELOW) * unit;
            let row = |top: f64| (top, top + line);
            let (x, y) = (marker.at.x, marker.at.y);
            let beside = row(y - LABEL_ABOVE * unit);
            let (centred_left, centred_right) = (x - width / 2.0, x + width / 2.0);
            let places = [
                (Anchor::Start, x + gap, x + gap, x + gap + width, beside),
                (Anchor::End, x - gap, x - gap - width, x - gap, beside),
                (
                    Anchor::Middle,
                    x,
                    centred_left,
                    centred_right,
                    row(y - gap - line),
                ),
                (Anchor::Middle, x, centred_left, centred_right, row(y + gap)),
            ];
            let label = places
                .into_iter()
                .find_map(|(anchor, at, left, right, (top, bottom))| {
                    let bounds = Bounds {
                        left,
                        top,
                        right,
                        bottom,
                    };
                    let free = visible
                        && view.holds(&bounds)
                        && !placed.iter().any(|p| p.overlaps(&bounds))
                        && !(centres.iter().enumerate())
                            .any(|(j, c)| j != i && c.overlaps(&bounds));
                    free.then_some(Label {
                        x: at,
                        y: top + (LABEL_ABOVE + LABEL_BASELINE) * unit,
                        anchor,
                        bounds,
                    })
                });
            if let Some(label) = &label {
                placed.push(label.bounds);
            }
            labels.push(label);
        }
        labels
    }
}
