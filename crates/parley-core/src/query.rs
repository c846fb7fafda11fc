//! The filter and facet engine.
//!
//! Within one facet, the selected values combine with OR (kind=meeting&kind=phone-call), except
//! actors, which combine with AND: `actor=witkoff&actor=putin` is what the two did together.
//! Facets combine with AND. Each facet's counts are taken under every *other* active filter,
//! as Datasette does, so a count says how many results picking that value would give.

use crate::date::Day;
use crate::model::{Dataset, EventKind, Side, Status};
use crate::text::{fold, matches_all_terms};

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

/// What the engine precomputes once per dataset: positions instead of ids, folded text.
pub struct SearchIndex {
    event_actors: Vec<Vec<usize>>,
    event_sides: Vec<Vec<Side>>,
    event_topics: Vec<Vec<usize>>,
    event_place: Vec<Option<usize>>,
    event_text: Vec<String>,
    topics: Vec<String>,
}

impl SearchIndex {
    pub fn new(dataset: &Dataset) -> SearchIndex {
        let topics = dataset.topics();
        let position = |id: &str| dataset.actors.iter().position(|a| a.id == id);
        let mut index = SearchIndex {
            event_actors: Vec::with_capacity(dataset.events.len()),
            event_sides: Vec::with_capacity(dataset.events.len()),
            event_topics: Vec::with_capacity(dataset.events.len()),
            event_place: Vec::with_capacity(dataset.events.len()),
            event_text: Vec::with_capacity(dataset.events.len()),
            topics: Vec::new(),
        };
        for event in &dataset.events {
            let actors: Vec<usize> = event
                .actors
                .iter()
                .filter_map(|p| position(&p.actor))
                .collect();
            let mut sides: Vec<Side> = actors.iter().map(|&a| dataset.actors[a].side).collect();
            sides.sort();
            sides.dedup();
            let mut text = format!("{}\n{}", event.title, event.summary);
            for source in &event.sources {
                text.push('\n');
                text.push_str(&source.excerpt);
            }
            for quote in dataset
                .quotes
                .iter()
                .filter(|q| q.event.as_deref() == Some(event.id.as_str()))
            {
                text.push('\n');
                text.push_str(&quote.text);
            }
            for &a in &actors {
                text.push('\n');
                text.push_str(&dataset.actors[a].name);
            }
            index.event_topics.push(
                event
                    .topics
                    .iter()
                    .filter_map(|t| topics.binary_search(t).ok())
                    .collect(),
            );
            index.event_place.push(
                event
                    .place
                    .as_deref()
                    .and_then(|p| dataset.places.iter().position(|x| x.id == p)),
            );
            index.event_actors.push(actors);
            index.event_sides.push(sides);
            index.event_text.push(fold(&text));
        }
        index.topics = topics;
        index
    }
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

const ACTORS: usize = 0;
const SIDES: usize = 1;
const KINDS: usize = 2;
const STATUSES: usize = 3;
const TOPICS: usize = 4;
const PLACES: usize = 5;
const DATES: usize = 6;
const TEXT: usize = 7;
const ALL_PASS: u8 = 0xff;

pub fn run(dataset: &Dataset, index: &SearchIndex, filter: &Filter) -> QueryResult {
    let want_actors: Vec<usize> = filter
        .actors
        .iter()
        .filter_map(|id| dataset.actors.iter().position(|a| &a.id == id))
        .collect();
    let want_topics: Vec<usize> = filter
        .topics
        .iter()
        .filter_map(|t| index.topics.binary_search(t).ok())
        .collect();
    let want_places: Vec<usize> = filter
        .places
        .iter()
        .filter_map(|id| dataset.places.iter().position(|p| &p.id == id))
        .collect();
    let query = fold(filter.text.trim());

    let mut actor_counts = vec![0; dataset.actors.len()];
    let mut side_counts = vec![0; Side::ALL.len()];
    let mut kind_counts = vec![0; EventKind::ALL.len()];
    let mut status_counts = vec![0; Status::ALL.len()];
    let mut topic_counts = vec![0; index.topics.len()];
    let mut place_counts = vec![0; dataset.places.len()];
    let mut events = Vec::new();

    for (i, event) in dataset.events.iter().enumerate() {
        let actors = &index.event_actors[i];
        let mut passed: u8 = 0;
        let mut pass = |facet: usize, ok: bool| {
            if ok {
                passed |= 1 << facet;
            }
        };
        pass(ACTORS, want_actors.iter().all(|a| actors.contains(a)));
        pass(
            SIDES,
            filter.sides.is_empty()
                || index.event_sides[i]
                    .iter()
                    .any(|s| filter.sides.contains(s)),
        );
        pass(
            KINDS,
            filter.kinds.is_empty() || filter.kinds.contains(&event.kind),
        );
        pass(
            STATUSES,
            filter.statuses.is_empty() || filter.statuses.contains(&event.status),
        );
        pass(
            TOPICS,
            want_topics.is_empty()
                || index.event_topics[i]
                    .iter()
                    .any(|t| want_topics.contains(t)),
        );
        pass(
            PLACES,
            want_places.is_empty()
                || index.event_place[i].is_some_and(|p| want_places.contains(&p)),
        );
        pass(DATES, event.date.overlaps(filter.from, filter.to));
        pass(
            TEXT,
            query.is_empty() || matches_all_terms(&index.event_text[i], &query),
        );

        let others_pass = |facet: usize| passed | (1 << facet) == ALL_PASS;
        if passed == ALL_PASS {
            events.push(i);
            // Actors combine with AND, so their counts are taken within the results.
            for &a in actors {
                actor_counts[a] += 1;
            }
        }
        if others_pass(SIDES) {
            for side in &index.event_sides[i] {
                side_counts[Side::ALL
                    .iter()
                    .position(|s| s == side)
                    .expect("every side is in ALL")] += 1;
            }
        }
        if others_pass(KINDS) {
            kind_counts[EventKind::ALL
                .iter()
                .position(|k| *k == event.kind)
                .expect("every kind is in ALL")] += 1;
        }
        if others_pass(STATUSES) {
            status_counts[Status::ALL
                .iter()
                .position(|s| *s == event.status)
                .expect("every status is in ALL")] += 1;
        }
        if others_pass(TOPICS) {
            for &t in &index.event_topics[i] {
                topic_counts[t] += 1;
            }
        }
        if others_pass(PLACES) {
            if let Some(p) = index.event_place[i] {
                place_counts[p] += 1;
            }
        }
    }

    let facets = Facets {
        actors: dataset
            .actors
            .iter()
            .map(|a| a.id.clone())
            .zip(actor_counts)
            .collect(),
        sides: Side::ALL.iter().copied().zip(side_counts).collect(),
        kinds: EventKind::ALL.iter().copied().zip(kind_counts).collect(),
        statuses: Status::ALL.iter().copied().zip(status_counts).collect(),
        topics: index.topics.iter().cloned().zip(topic_counts).collect(),
        places: dataset
            .places
            .iter()
            .map(|p| p.id.clone())
            .zip(place_counts)
            .collect(),
    };
    QueryResult { events, facets }
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
    let mut pairs: std::collections::BTreeMap<(usize, usize), Vec<usize>> = Default::default();
    for (i, actors) in index.event_actors.iter().enumerate() {
        let mut actors = actors.clone();
        actors.sort_unstable();
        actors.dedup();
        for (n, &a) in actors.iter().enumerate() {
            for &b in &actors[n + 1..] {
                pairs.entry((a, b)).or_default().push(i);
            }
        }
    }
    let mut pairs: Vec<Pair> = pairs
        .into_iter()
        .map(|((a, b), events)| Pair { a, b, events })
        .collect();
    pairs.sort_by_key(|p| (std::cmp::Reverse(p.events.len()), p.a, p.b));
    pairs
}
