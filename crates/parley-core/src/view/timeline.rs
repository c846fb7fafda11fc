//! `./`: the events a filter selects, and each facet's options with their counts.

use crate::facet::{Facet, FACETS};
use crate::i18n::Lang;
use crate::model::{Dataset, EventIx};
use crate::query::{run, Filter, SearchIndex};
use serde::Serialize;
use std::rc::Rc;

/// One option of a facet: a value, how many results choosing it would give, whether it is
/// chosen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FacetOption {
    /// The URL value.
    pub value: String,
    pub label: String,
    pub count: usize,
    pub checked: bool,
}

/// A facet's options, as the timeline lists them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FacetChoices {
    /// Written as its URL parameter.
    #[serde(serialize_with = "param")]
    pub facet: &'static dyn Facet,
    pub options: Vec<FacetOption>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TimelineView {
    /// In chronological order; shared, as the list, the axis and the exports take it whole.
    pub events: Rc<[EventIx]>,
    /// How many events there are in all.
    pub total: usize,
    /// In [`FACETS`] order.
    pub facets: Vec<FacetChoices>,
    /// How many constraints the filter sets ("Filters (3 active)").
    pub active: usize,
    /// The filter in words, for captions ("all events", "Steve Witkoff; from 2026-01-01").
    pub described: String,
}

impl TimelineView {
    /// The labels are in `lang`.
    pub fn new(index: &SearchIndex, filter: &Filter, lang: Lang) -> TimelineView {
        let result = run(index, filter);
        let facets = FACETS
            .iter()
            .map(|&facet| {
                let chosen = filter.chosen(facet);
                let counts = result.counts(facet).iter();
                let options = index.values(facet).iter().zip(counts);
                let options = options
                    .map(|(value, &count)| FacetOption {
                        checked: chosen.contains(&value.slug),
                        value: value.slug.clone(),
                        label: value.label.get(lang).to_string(),
                        count,
                    })
                    .filter(|o| facet.lists_empty_values() || o.count > 0 || o.checked);
                FacetChoices {
                    facet,
                    options: options.collect(),
                }
            })
            .collect();
        TimelineView {
            events: result.events.into(),
            total: index.len(),
            facets,
            active: filter.active(),
            described: filter.describe(index, lang),
        }
    }
}

/// Events under the heading of the month they are sorted by.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Month {
    /// "March 2025".
    pub heading: String,
    pub events: Vec<EventIx>,
}

/// `events` (in chronological order) grouped by month.
pub fn by_month(dataset: &Dataset, events: &[EventIx], lang: Lang) -> Vec<Month> {
    let mut months: Vec<Month> = Vec::new();
    for &i in events {
        let heading = dataset.events[i].date.sort_day().month_heading(lang);
        match months.last_mut() {
            Some(last) if last.heading == heading => last.events.push(i),
            _ => months.push(Month {
                heading,
                events: vec![i],
            }),
        }
    }
    months
}

fn param<S: serde::Serializer>(
    facet: &&'static dyn Facet,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(facet.param())
}
