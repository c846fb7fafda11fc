//! The filter and facet engine.
//!
//! Within one facet, the selected values combine with OR (kind=meeting&kind=phone-call), except
//! actors, which combine with AND: `actor=witkoff&actor=putin` is what the two did together.
//! Facets combine with AND. Each facet's counts are taken under every *other* active filter,
//! as Datasette does, so a count says how many results picking that value would give.

use crate::bits::Bits;
use crate::date::Day;
use crate::model::{Dataset, Event, EventKind, Side, Status};
use crate::text::fold;
use crate::text_index::TextIndex;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub actors: Vec<String>,
    pub sides: Vec<Side>,
    pub kinds: Vec<EventKind>,
    pub statuses: Vec<Status>,
    pub topics: Vec<String>,
    pub places: Vec<String>,
    pub from: Option<Day>,
    pub to: Option<Day>,
    /// Free text; matched after [`fold`], every term must occur.
    pub text: String,
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    /// An actor's own view: the timeline filtered to that actor.
    pub fn for_actor(actor: &str) -> Filter {
        Filter {
            actors: vec![actor.to_string()],
            ..Filter::default()
        }
    }
}

/// One change a reader makes to the timeline's filter. The UI turns clicks and keystrokes into
/// these and writes the resulting filter to the URL, which is the only place state lives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FilterAction {
    ToggleActor(String),
    ToggleSide(Side),
    ToggleKind(EventKind),
    ToggleStatus(Status),
    ToggleTopic(String),
    TogglePlace(String),
    /// The date range, from the date inputs (one bound changed) or the axis (both brushed).
    SetRange(Option<Day>, Option<Day>),
    SetText(String),
    Clear,
}

fn toggle<T: PartialEq>(values: &mut Vec<T>, value: T) {
    match values.iter().position(|v| *v == value) {
        Some(at) => {
            values.remove(at);
        }
        None => values.push(value),
    }
}

impl Filter {
    pub fn apply(mut self, action: FilterAction) -> Filter {
        match action {
            FilterAction::ToggleActor(id) => toggle(&mut self.actors, id),
            FilterAction::ToggleSide(side) => toggle(&mut self.sides, side),
            FilterAction::ToggleKind(kind) => toggle(&mut self.kinds, kind),
            FilterAction::ToggleStatus(status) => toggle(&mut self.statuses, status),
            FilterAction::ToggleTopic(topic) => toggle(&mut self.topics, topic),
            FilterAction::TogglePlace(place) => toggle(&mut self.places, place),
            FilterAction::SetRange(from, to) => (self.from, self.to) = (from, to),
            FilterAction::SetText(text) => self.text = text,
            FilterAction::Clear => return Filter::default(),
        }
        self
    }
}

/// What the engine precomputes once per dataset: for every facet value, the set of events that
/// have it, and the search index. A query is then a few word-wise set operations, not a pass
/// over every event's fields. The app's build bakes it beside the dataset, so a reader's
/// browser never builds it.
#[derive(Serialize, Deserialize)]
pub struct SearchIndex {
    len: usize,
    actors: Vec<Bits>,
    sides: Vec<Bits>,
    kinds: Vec<Bits>,
    statuses: Vec<Bits>,
    topics: Vec<Bits>,
    places: Vec<Bits>,
    /// Topic names, sorted: `topics[i]` is the events with `topic_names[i]`.
    topic_names: Vec<String>,
    /// Per event, the first and last day it may fall on, as day numbers.
    first_days: Vec<i32>,
    last_days: Vec<i32>,
    text: TextIndex,
}

/// The position of `value` in a closed vocabulary's `ALL`.
fn position_in<T: PartialEq>(all: &[T], value: &T) -> usize {
    all.iter()
        .position(|v| v == value)
        .expect("every value is in its vocabulary's ALL")
}

impl SearchIndex {
    pub fn new(dataset: &Dataset) -> SearchIndex {
        let len = dataset.events.len();
        let topic_names = dataset.topics();
        let sets = |values: usize| vec![Bits::empty(len); values];
        let mut index = SearchIndex {
            len,
            actors: sets(dataset.actors.len()),
            sides: sets(Side::ALL.len()),
            kinds: sets(EventKind::ALL.len()),
            statuses: sets(Status::ALL.len()),
            topics: sets(topic_names.len()),
            places: sets(dataset.places.len()),
            topic_names: Vec::new(),
            first_days: Vec::with_capacity(len),
            last_days: Vec::with_capacity(len),
            text: TextIndex::new(&[]),
        };
        let actor_position: HashMap<&str, usize> = dataset
            .actors
            .iter()
            .enumerate()
            .map(|(n, a)| (a.id.as_str(), n))
            .collect();
        let mut quotes: HashMap<&str, Vec<&str>> = HashMap::new();
        for quote in &dataset.quotes {
            if let Some(event) = &quote.event {
                quotes.entry(event).or_default().push(&quote.text);
            }
        }
        let mut texts = Vec::with_capacity(len);
        for (i, event) in dataset.events.iter().enumerate() {
            let actors: Vec<usize> = event
                .actors
                .iter()
                .filter_map(|p| actor_position.get(p.actor.as_str()).copied())
                .collect();
            let names = actors.iter().map(|&a| dataset.actors[a].name.as_str());
            let event_quotes = quotes.get(event.id.as_str()).into_iter().flatten().copied();
            texts.push(fold(&searchable_text(event, event_quotes, names)));
            for &a in &actors {
                index.actors[a].insert(i);
                let side = dataset.actors[a].side;
                index.sides[position_in(Side::ALL, &side)].insert(i);
            }
            index.kinds[position_in(EventKind::ALL, &event.kind)].insert(i);
            index.statuses[position_in(Status::ALL, &event.status)].insert(i);
            for topic in &event.topics {
                if let Ok(t) = topic_names.binary_search(topic) {
                    index.topics[t].insert(i);
                }
            }
            if let Some(p) = event
                .place
                .as_deref()
                .and_then(|p| dataset.places.iter().position(|x| x.id == p))
            {
                index.places[p].insert(i);
            }
            index.first_days.push(event.date.sort_day().number());
            index.last_days.push(event.date.last_day().number());
        }
        index.text = TextIndex::new(&texts);
        index.topic_names = topic_names;
        index
    }

    /// The events an actor (a position in `dataset.actors`) takes part in, in chronological
    /// order: what `run` gives for `Filter::for_actor`, without counting every facet.
    pub fn events_of(&self, actor: usize) -> Vec<usize> {
        self.actors[actor].positions().collect()
    }

    /// The first and last day (as day numbers) an event, a position in `dataset.events`, may
    /// fall on: read from two flat arrays, where the events themselves would cost a cache miss
    /// each (the time axis bins 100,000 of them per render).
    pub fn days(&self, event: usize) -> (i32, i32) {
        (self.first_days[event], self.last_days[event])
    }

    /// The events that may fall within `[from, to]`, as [`crate::EventDate::overlaps`] says.
    fn in_range(&self, from: Option<Day>, to: Option<Day>) -> Bits {
        let (from, to) = (from.map(Day::number), to.map(Day::number));
        let inside = (0..self.len).filter(|&i| {
            from.is_none_or(|from| self.last_days[i] >= from)
                && to.is_none_or(|to| self.first_days[i] <= to)
        });
        Bits::from_positions(self.len, inside)
    }
}

/// What search looks in for one event: its title, summary, excerpts, the quotes tied to it
/// and its actors' names, one per line.
pub fn searchable_text<'a>(
    event: &'a Event,
    quotes: impl Iterator<Item = &'a str>,
    actor_names: impl Iterator<Item = &'a str>,
) -> String {
    let mut text = format!("{}\n{}", event.title, event.summary);
    let excerpts = event.sources.iter().map(|s| s.excerpt.as_str());
    for line in excerpts.chain(quotes).chain(actor_names) {
        text.push('\n');
        text.push_str(line);
    }
    text
}

/// Counts per value of each facet, in the dataset's order of values.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Facets {
    pub actors: Vec<(String, usize)>,
    pub sides: Vec<(Side, usize)>,
    pub kinds: Vec<(EventKind, usize)>,
    pub statuses: Vec<(Status, usize)>,
    pub topics: Vec<(String, usize)>,
    pub places: Vec<(String, usize)>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueryResult {
    /// Positions in `dataset.events`, in chronological order.
    pub events: Vec<usize>,
    pub facets: Facets,
}

/// The events with any of the chosen values (`None` when none is chosen: no constraint).
fn any_of(len: usize, sets: &[Bits], chosen: impl IntoIterator<Item = usize>) -> Option<Bits> {
    chosen.into_iter().fold(None, |union: Option<Bits>, value| {
        let mut union = union.unwrap_or_else(|| Bits::empty(len));
        union.union_with(&sets[value]);
        Some(union)
    })
}

/// Where each facet's constraint is in `run`'s `facet_sets` (actors come first, at 0).
const SIDES: usize = 1;
const KINDS: usize = 2;
const STATUSES: usize = 3;
const TOPICS: usize = 4;
const PLACES: usize = 5;

pub fn run(dataset: &Dataset, index: &SearchIndex, filter: &Filter) -> QueryResult {
    let want_actors: Vec<usize> = filter
        .actors
        .iter()
        .filter_map(|id| dataset.actors.iter().position(|a| &a.id == id))
        .collect();
    let want_topics: Vec<usize> = filter
        .topics
        .iter()
        .filter_map(|t| index.topic_names.binary_search(t).ok())
        .collect();
    let want_places: Vec<usize> = filter
        .places
        .iter()
        .filter_map(|id| dataset.places.iter().position(|p| &p.id == id))
        .collect();

    // Each facet's constraint; `None` lets every event through.
    let facet_sets: [Option<Bits>; 6] = [
        want_actors.iter().fold(None, |all: Option<Bits>, &a| {
            let mut all = all.unwrap_or_else(|| Bits::full(index.len));
            all.intersect_with(&index.actors[a]);
            Some(all)
        }),
        any_of(
            index.len,
            &index.sides,
            filter.sides.iter().map(|s| position_in(Side::ALL, s)),
        ),
        any_of(
            index.len,
            &index.kinds,
            filter.kinds.iter().map(|k| position_in(EventKind::ALL, k)),
        ),
        any_of(
            index.len,
            &index.statuses,
            filter.statuses.iter().map(|s| position_in(Status::ALL, s)),
        ),
        any_of(index.len, &index.topics, want_topics),
        any_of(index.len, &index.places, want_places),
    ];
    // Dates and text are not facets: they constrain every count.
    let mut base = Bits::full(index.len);
    if filter.from.is_some() || filter.to.is_some() {
        base.intersect_with(&index.in_range(filter.from, filter.to));
    }
    if let Some(text) = index.text.matching(&fold(filter.text.trim())) {
        base.intersect_with(&text);
    }
    // Under every constraint but one facet's: what that facet's counts are taken within.
    let all_but = |skip: Option<usize>| {
        let mut within = base.clone();
        for (facet, set) in facet_sets.iter().enumerate() {
            if let (Some(set), true) = (set, Some(facet) != skip) {
                within.intersect_with(set);
            }
        }
        within
    };
    let results = all_but(None);
    let counts = |facet: usize, sets: &[Bits]| -> Vec<usize> {
        // A facet with nothing chosen counts within the results themselves.
        let own;
        let within = match facet_sets[facet] {
            Some(_) => {
                own = all_but(Some(facet));
                &own
            }
            None => &results,
        };
        sets.iter().map(|set| within.count_common(set)).collect()
    };
    // Actors combine with AND, so their counts are taken within the results.
    let actor_counts: Vec<usize> = index
        .actors
        .iter()
        .map(|set| results.count_common(set))
        .collect();
    let facets = Facets {
        actors: dataset
            .actors
            .iter()
            .map(|a| a.id.clone())
            .zip(actor_counts)
            .collect(),
        sides: Side::ALL
            .iter()
            .copied()
            .zip(counts(SIDES, &index.sides))
            .collect(),
        kinds: EventKind::ALL
            .iter()
            .copied()
            .zip(counts(KINDS, &index.kinds))
            .collect(),
        statuses: Status::ALL
            .iter()
            .copied()
            .zip(counts(STATUSES, &index.statuses))
            .collect(),
        topics: index
            .topic_names
            .iter()
            .cloned()
            .zip(counts(TOPICS, &index.topics))
            .collect(),
        places: dataset
            .places
            .iter()
            .map(|p| p.id.clone())
            .zip(counts(PLACES, &index.places))
            .collect(),
    };
    QueryResult {
        events: results.positions().collect(),
        facets,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_toggle_set_and_clear() {
        let filter = Filter::default()
            .apply(FilterAction::ToggleActor("witkoff".into()))
            .apply(FilterAction::ToggleKind(EventKind::Meeting))
            .apply(FilterAction::ToggleKind(EventKind::PhoneCall))
            .apply(FilterAction::ToggleKind(EventKind::Meeting))
            .apply(FilterAction::SetText("crimea".into()));
        assert_eq!(filter.actors, vec!["witkoff".to_string()]);
        assert_eq!(filter.kinds, vec![EventKind::PhoneCall]);
        assert_eq!(filter.text, "crimea");
        assert!(filter.apply(FilterAction::Clear).is_empty());
    }
}

/// Two actors who take part in the same events: an edge of the who-met-whom network.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pair {
    /// Positions in `dataset.actors`, `a < b`.
    pub a: usize,
    pub b: usize,
    /// Positions in `dataset.events`, in chronological order; their count is the edge's weight.
    pub events: Vec<usize>,
}

/// Every pair of actors that share at least one event, heaviest first (ties in actor order).
pub fn co_participation(index: &SearchIndex) -> Vec<Pair> {
    let mut pairs = Vec::new();
    for (a, of_a) in index.actors.iter().enumerate() {
        for (b, of_b) in index.actors.iter().enumerate().skip(a + 1) {
            let mut both = of_a.clone();
            both.intersect_with(of_b);
            let events: Vec<usize> = both.positions().collect();
            if !events.is_empty() {
                pairs.push(Pair { a, b, events });
            }
        }
    }
    pairs.sort_by_key(|p| (std::cmp::Reverse(p.events.len()), p.a, p.b));
    pairs
}

impl SearchIndex {
    /// The binary form baked into the app, beside the dataset.
    pub fn to_bytes(&self) -> Vec<u8> {
        postcard::to_allocvec(self).expect("an index always serialises")
    }
    pub fn from_bytes(bytes: &[u8]) -> Result<SearchIndex, String> {
        postcard::from_bytes(bytes).map_err(|e| format!("the baked index does not decode: {e}"))
    }
}
