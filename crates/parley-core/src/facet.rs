//! The timeline's facets: the fields of an event that a reader can narrow by. Each facet is a
//! type that knows its URL parameter, its legend, how its chosen values combine, its values in
//! a dataset and the values of one event. Everything else (the filter, the URL, the index and
//! its counts, the options the timeline lists, the exporter's query JSON) goes through
//! [`FACETS`], so a new facet is its own definition and one line there.

use crate::i18n::{fill, Lang, Messages, Text};
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

/// One value of a facet: its URL slug and the label readers see, in each language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacetValue {
    pub slug: String,
    pub label: Text,
}

pub trait Facet: Sync {
    /// The URL parameter, also the facet's name in element ids and the exporter's JSON.
    fn param(&self) -> &'static str;
    /// The heading of its options.
    fn legend(&self, lang: Lang) -> &'static str;
    fn combine(&self) -> Combine {
        Combine::Any
    }
    /// Why a URL value is refused, for the notice ("no such actor").
    fn unknown(&self, t: &Messages) -> String;
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
            label: v.labels(),
        })
        .collect()
}

/// The people, organisations and states taking part.
pub struct Actors;
impl Facet for Actors {
    fn param(&self) -> &'static str {
        "actor"
    }
    fn legend(&self, lang: Lang) -> &'static str {
        lang.t().facet_actors
    }
    fn combine(&self) -> Combine {
        Combine::All
    }
    fn unknown(&self, t: &Messages) -> String {
        t.notice_no_actor.to_string()
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
    fn legend(&self, lang: Lang) -> &'static str {
        lang.t().facet_side
    }
    fn unknown(&self, t: &Messages) -> String {
        let slugs: Vec<&str> = Side::ALL.iter().map(|s| s.slug()).collect();
        fill(t.not_one_of, &[("values", &slugs.join(", "))])
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
    fn legend(&self, lang: Lang) -> &'static str {
        lang.t().facet_kind
    }
    fn unknown(&self, t: &Messages) -> String {
        t.notice_no_kind.to_string()
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
    fn legend(&self, lang: Lang) -> &'static str {
        lang.t().facet_status
    }
    fn unknown(&self, t: &Messages) -> String {
        t.notice_no_status.to_string()
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
    fn legend(&self, lang: Lang) -> &'static str {
        lang.t().facet_topic
    }
    fn unknown(&self, t: &Messages) -> String {
        t.notice_no_topic.to_string()
    }
    fn values(&self, dataset: &Dataset) -> Vec<FacetValue> {
        let value = |t: &crate::Topic| FacetValue {
            slug: t.id.clone(),
            label: t.name.clone(),
        };
        dataset.topics.iter().map(value).collect()
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
    fn legend(&self, lang: Lang) -> &'static str {
        lang.t().facet_place
    }
    fn unknown(&self, t: &Messages) -> String {
        t.notice_no_place.to_string()
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
