//! The timeline's facets: the fields of an event that a reader can narrow by. Each facet is a
//! type that knows its URL parameter, its legend, how its chosen values combine, its values in
//! a dataset and the values of one event. Everything else (the filter, the URL, the index and
//! its counts, the options the timeline lists, the exporter's query JSON) goes through
//! [`FACETS`], so a new facet is its own definition and one line there.

use crate::model::{Dataset, Event, EventKind, Side, Status, Vocabulary};
use serde::{Deserialize, Serialize};

/// How a facet's chosen values combine.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Combine {
    /// Events with any of them (`kind=meeting&kind=phone-call`).
    Any,
    /// Events with all of them (`actor=witkoff&actor=putin`: what the two did together).
    All,
}

/// One value of a facet: its URL slug and the label readers see.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacetValue {
    pub slug: String,
    pub label: String,
}

pub trait Facet: Sync {
    /// The URL parameter, also the facet's name in element ids and the exporter's JSON.
    fn param(&self) -> &'static str;
    /// The heading of its options.
    fn legend(&self) -> &'static str;
    fn combine(&self) -> Combine {
        Combine::Any
    }
    /// Why a URL value is refused, for the notice ("no such actor").
    fn unknown(&self) -> String;
    /// Whether a value no event under the filter has is still listed (not so for the forty
    /// actors, most of whom drop out under any filter).
    fn lists_empty_values(&self) -> bool {
        true
    }
    /// Every value in `dataset`, in the order the options are listed.
    fn values(&self, dataset: &Dataset) -> Vec<FacetValue>;
    /// The slugs of the values `event` has.
    fn of_event<'d>(&self, dataset: &'d Dataset, event: &'d Event) -> Vec<&'d str>;
}

/// Every facet, in the order the URL writes them and the timeline lists them.
pub static FACETS: [&dyn Facet; 6] = [&Actors, &Sides, &Kinds, &Statuses, &Topics, &Places];

impl PartialEq for dyn Facet {
    fn eq(&self, other: &dyn Facet) -> bool {
        self.param() == other.param()
    }
}

impl Eq for dyn Facet {}

impl std::fmt::Debug for dyn Facet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.param())
    }
}

/// Where `facet` stands in [`FACETS`], which is where the filter and the index keep its data.
pub fn slot(facet: &dyn Facet) -> usize {
    FACETS
        .iter()
        .position(|f| f.param() == facet.param())
        .expect("every facet is listed in FACETS")
}

/// The facet whose URL parameter is `param`.
pub fn by_param(param: &str) -> Option<&'static dyn Facet> {
    FACETS.iter().copied().find(|f| f.param() == param)
}

fn vocabulary_values<T: Vocabulary>() -> Vec<FacetValue> {
    T::VALUES
        .iter()
        .map(|v| FacetValue {
            slug: v.slug().to_string(),
            label: v.label().to_string(),
        })
        .collect()
}

/// The people, organisations and states taking part.
pub struct Actors;
impl Facet for Actors {
    fn param(&self) -> &'static str {
        "actor"
    }
    fn legend(&self) -> &'static str {
        "Actors (all of)"
    }
    fn combine(&self) -> Combine {
        Combine::All
    }
    fn unknown(&self) -> String {
        "no such actor".to_string()
    }
    fn lists_empty_values(&self) -> bool {
        false
    }
    fn values(&self, dataset: &Dataset) -> Vec<FacetValue> {
        let value = |a: &crate::Actor| FacetValue {
            slug: a.id.clone(),
            label: a.name.clone(),
        };
        dataset.actors.iter().map(value).collect()
    }
    fn of_event<'d>(&self, _: &'d Dataset, event: &'d Event) -> Vec<&'d str> {
        event.actors.iter().map(|p| p.actor.as_str()).collect()
    }
}

/// The sides of the actors taking part.
pub struct Sides;
impl Facet for Sides {
    fn param(&self) -> &'static str {
        "side"
    }
    fn legend(&self) -> &'static str {
        "Side"
    }
    fn unknown(&self) -> String {
        let slugs: Vec<&str> = Side::ALL.iter().map(|s| s.slug()).collect();
        format!("not one of {}", slugs.join(", "))
    }
    fn values(&self, _: &Dataset) -> Vec<FacetValue> {
        vocabulary_values::<Side>()
    }
    fn of_event<'d>(&self, dataset: &'d Dataset, event: &'d Event) -> Vec<&'d str> {
        let sides = event.actors.iter().filter_map(|p| dataset.actor(&p.actor));
        sides.map(|a| a.side.slug()).collect()
    }
}

pub struct Kinds;
impl Facet for Kinds {
    fn param(&self) -> &'static str {
        "kind"
    }
    fn legend(&self) -> &'static str {
        "Kind"
    }
    fn unknown(&self) -> String {
        "no such kind of event".to_string()
    }
    fn values(&self, _: &Dataset) -> Vec<FacetValue> {
        vocabulary_values::<EventKind>()
    }
    fn of_event<'d>(&self, _: &'d Dataset, event: &'d Event) -> Vec<&'d str> {
        vec![event.kind.slug()]
    }
}

pub struct Statuses;
impl Facet for Statuses {
    fn param(&self) -> &'static str {
        "status"
    }
    fn legend(&self) -> &'static str {
        "Status"
    }
    fn unknown(&self) -> String {
        "no such status".to_string()
    }
    fn values(&self, _: &Dataset) -> Vec<FacetValue> {
        vocabulary_values::<Status>()
    }
    fn of_event<'d>(&self, _: &'d Dataset, event: &'d Event) -> Vec<&'d str> {
        vec![event.status.slug()]
    }
}

pub struct Topics;
impl Facet for Topics {
    fn param(&self) -> &'static str {
        "topic"
    }
    fn legend(&self) -> &'static str {
        "Topic"
    }
    fn unknown(&self) -> String {
        "no such topic".to_string()
    }
    fn values(&self, dataset: &Dataset) -> Vec<FacetValue> {
        let value = |slug: String| FacetValue {
            label: slug.replace('-', " "),
            slug,
        };
        dataset.topics().into_iter().map(value).collect()
    }
    fn of_event<'d>(&self, _: &'d Dataset, event: &'d Event) -> Vec<&'d str> {
        event.topics.iter().map(String::as_str).collect()
    }
}

pub struct Places;
impl Facet for Places {
    fn param(&self) -> &'static str {
        "place"
    }
    fn legend(&self) -> &'static str {
        "Place"
    }
    fn unknown(&self) -> String {
        "no such place".to_string()
    }
    fn values(&self, dataset: &Dataset) -> Vec<FacetValue> {
        let value = |p: &crate::Place| FacetValue {
            slug: p.id.clone(),
            label: p.name.clone(),
        };
        dataset.places.iter().map(value).collect()
    }
    fn of_event<'d>(&self, _: &'d Dataset, event: &'d Event) -> Vec<&'d str> {
        event.place.iter().map(String::as_str).collect()
    }
}
