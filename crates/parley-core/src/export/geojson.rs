//! A view's events as GeoJSON (RFC 7946): a point feature for each place the events name, at
//! its longitude and latitude, with those events and their citations as properties, as the
//! map's markers show them. Events that name no place have no feature; the collection says
//! how many. Written as plain serialisable structs: the app hands them to the browser's
//! `JSON.stringify`, the command to `serde_json`.

use crate::i18n::Lang;
use crate::model::{Dataset, EventIx};
use serde::Serialize;

#[derive(Serialize)]
pub struct FeatureCollection<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    /// Not part of the standard: foreign members, which RFC 7946 (6.1) allows.
    parley: About<'a>,
    pub features: Vec<Feature<'a>>,
}

#[derive(Serialize)]
struct About<'a> {
    version: &'a str,
    view: &'a str,
    /// Selected events that name no place, and so have no feature.
    unplaced: usize,
}

#[derive(Serialize)]
pub struct Feature<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    pub id: &'a str,
    geometry: Point,
    pub properties: Properties<'a>,
}

#[derive(Serialize)]
struct Point {
    #[serde(rename = "type")]
    kind: &'static str,
    /// Longitude, then latitude (RFC 7946, 3.1.1).
    coordinates: [f64; 2],
}

#[derive(Serialize)]
pub struct Properties<'a> {
    name: &'a str,
    country: &'a str,
    kind: &'static str,
    pub events: Vec<PlacedEvent<'a>>,
}

#[derive(Serialize)]
pub struct PlacedEvent<'a> {
    pub id: &'a str,
    title: &'a str,
    /// ISO days; `null` for an open end.
    start: Option<String>,
    end: Option<String>,
    precision: crate::date::Precision,
    status: &'static str,
    sources: Vec<Citation<'a>>,
}

#[derive(Serialize)]
struct Citation<'a> {
    document: &'a str,
    outlet: &'a str,
    excerpt: &'a str,
}

/// The places of `events` (a view's, in chronological order) with their events, in the
/// reader's language; the excerpts as published.
pub fn geojson<'a>(
    dataset: &'a Dataset,
    events: &[EventIx],
    view: &'a str,
    lang: Lang,
) -> FeatureCollection<'a> {
    let mut unplaced = 0;
    let mut by_place: Vec<(usize, Vec<EventIx>)> = Vec::new();
    for &i in events {
        let place = dataset.events[i].place.as_deref();
        match place.and_then(|p| dataset.places.iter().position(|x| x.id == p)) {
            Some(p) => match by_place.iter_mut().find(|(q, _)| *q == p) {
                Some((_, list)) => list.push(i),
                None => by_place.push((p, vec![i])),
            },
            None => unplaced += 1,
        }
    }
    let features = by_place
        .into_iter()
        .map(|(p, list)| {
            let place = &dataset.places[p];
            Feature {
                kind: "Feature",
                id: &place.id,
                geometry: Point {
                    kind: "Point",
                    coordinates: [place.longitude, place.latitude],
                },
                properties: Properties {
                    name: place.name.get(lang),
                    country: place.country.get(lang),
                    kind: place.kind.slug(),
                    events: list
                        .iter()
                        .map(|&i| {
                            let event = &dataset.events[i];
                            PlacedEvent {
                                id: &event.id,
                                title: event.title.get(lang),
                                start: event.date.start.map(|d| d.to_string()),
                                end: event.date.end.map(|d| d.to_string()),
                                precision: event.date.precision,
                                status: event.status.slug(),
                                sources: event
                                    .sources
                                    .iter()
                                    .map(|s| Citation {
                                        document: &s.document,
                                        outlet: dataset
                                            .documents
                                            .iter()
                                            .find(|d| d.id == s.document)
                                            .map_or("", |d| d.outlet.as_str()),
                                        excerpt: &s.excerpt,
                                    })
                                    .collect(),
                            }
                        })
                        .collect(),
                },
            }
        })
        .collect();
    FeatureCollection {
        kind: "FeatureCollection",
        parley: About {
            version: &dataset.version,
            view,
            unplaced,
        },
        features,
    }
}
