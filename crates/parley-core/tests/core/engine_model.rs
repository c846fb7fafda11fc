//! The bit-set engine against a reference model: for random filters on the seeds plus synthetic
//! events, `run` returns exactly the events and facet counts that checking every event's fields
//! one by one gives, as the query module's documentation defines them. The index is the one
//! decoded from its baked bytes, as in the app.

use crate::common;

use parley_core::facet::{Actors, Kinds, Places, Sides, Statuses, Topics};
use parley_core::query::{
    co_participation, events_per_actor, run, searchable_text, Filter, SearchIndex,
};
use parley_core::text::{fold, matches_all_terms};
use parley_core::{synthetic, ActorIx, Dataset, Day, Event, EventIx, EventKind, Side, Status};
use proptest::prelude::*;

fn fixture() -> &'static (Dataset, SearchIndex) {
    static FIXTURE: std::sync::OnceLock<(Dataset, SearchIndex)> = std::sync::OnceLock::new();
    FIXTURE.get_or_init(|| {
        let mut data = common::dataset();
        synthetic::extend(&mut data, 3_000, 7);
        // Through its baked form, as the app gets it.
        let index = SearchIndex::from_bytes(&SearchIndex::new(&data).to_bytes())
            .expect("a baked index decodes");
        (data, index)
    })
}

/// What the model reads of each event that no filter changes: the sides of its actors and its
/// folded searchable text. Read once rather than once per filter, so that the model stays quick
/// in an unoptimised build, which is how `make mutants` builds the core.
struct Facts {
    sides: Vec<&'static str>,
    text: String,
}

fn facts() -> &'static [Facts] {
    static FACTS: std::sync::OnceLock<Vec<Facts>> = std::sync::OnceLock::new();
    FACTS.get_or_init(|| {
        let data = &fixture().0;
        data.events
            .iter()
            .map(|event| {
                let quotes = data
                    .quotes
                    .iter()
                    .filter(|q| q.event.as_deref() == Some(event.id.as_str()))
                    .map(|q| q.text.as_str());
                Facts {
                    sides: event
                        .actors
                        .iter()
                        .filter_map(|p| data.actor(&p.actor))
                        .map(|a| a.side.slug())
                        .collect(),
                    text: fold(&searchable_text(data, event, quotes)),
                }
            })
            .collect()
    })
}

/// Which of the six facets (actors, sides, kinds, statuses, topics, places), then dates and
/// text, one event passes.
fn passes(event: &Event, facts: &Facts, filter: &Filter) -> [bool; 8] {
    let any = |chosen: &[String], has: &dyn Fn(&str) -> bool| {
        chosen.is_empty() || chosen.iter().any(|c| has(c))
    };
    [
        filter.chosen(&Actors).iter().all(|a| event.has_actor(a)),
        any(filter.chosen(&Sides), &|s| facts.sides.contains(&s)),
        any(filter.chosen(&Kinds), &|k| event.kind.slug() == k),
        any(filter.chosen(&Statuses), &|s| event.status.slug() == s),
        any(filter.chosen(&Topics), &|t| {
            event.topics.iter().any(|e| e == t)
        }),
        any(filter.chosen(&Places), &|p| {
            event.place.as_deref() == Some(p)
        }),
        event.date.overlaps(filter.from, filter.to),
        matches_all_terms(&facts.text, &fold(filter.text.trim())),
    ]
}

/// The events that pass, and per facet, per value, how many would pass were it chosen.
fn model(data: &Dataset, filter: &Filter) -> (Vec<EventIx>, Vec<Vec<usize>>) {
    let all: Vec<[bool; 8]> = data
        .events
        .iter()
        .zip(facts())
        .map(|(event, facts)| passes(event, facts, filter))
        .collect();
    // For each facet, the events that pass all the others; then those that pass all eight.
    let but: Vec<Vec<bool>> = (0..=8)
        .map(|skip| {
            all.iter()
                .map(|p| (0..8).all(|f| f == skip || p[f]))
                .collect()
        })
        .collect();
    let results: Vec<usize> = (0..all.len()).filter(|&i| but[8][i]).collect();
    let results = results.into_iter().map(EventIx::new).collect();
    let count = |skip: usize, has: &dyn Fn(&Event) -> bool| {
        (0..all.len())
            .filter(|&i| but[skip][i] && has(&data.events[i]))
            .count()
    };
    let has_side = |e: &Event, side: Side| {
        e.actors
            .iter()
            .any(|p| data.actor(&p.actor).is_some_and(|a| a.side == side))
    };
    let counts = vec![
        // Actors combine with AND: a count is taken within the results.
        data.actors
            .iter()
            .map(|a| count(8, &|e| e.has_actor(&a.id)))
            .collect(),
        Side::ALL
            .iter()
            .map(|&s| count(1, &|e| has_side(e, s)))
            .collect(),
        EventKind::ALL
            .iter()
            .map(|&k| count(2, &|e| e.kind == k))
            .collect(),
        Status::ALL
            .iter()
            .map(|&s| count(3, &|e| e.status == s))
            .collect(),
        data.topics
            .iter()
            .map(|t| count(4, &|e| e.topics.contains(&t.id)))
            .collect(),
        data.places
            .iter()
            .map(|p| count(5, &|e| e.place.as_ref() == Some(&p.id)))
            .collect(),
    ];
    (results, counts)
}

fn some_of<T: Clone + std::fmt::Debug + 'static>(values: Vec<T>) -> impl Strategy<Value = Vec<T>> {
    proptest::sample::subsequence(values.clone(), 0..=2.min(values.len()))
}

fn filters() -> impl Strategy<Value = Filter> {
    let data = &fixture().0;
    let actors: Vec<String> = data.actors.iter().map(|a| a.id.clone()).collect();
    let places: Vec<String> = data.places.iter().map(|p| p.id.clone()).collect();
    let day = (0i32..1200).prop_map(|n| {
        let first = Day::parse("2024-06-01").unwrap().number();
        Day::from_number(first + n).unwrap()
    });
    let words = [
        "",
        "putin",
        "witkoff",
        "zelensk",
        "peace",
        "e",
        "talks moscow",
        "28-point",
        "rime",
        "synthetic meeting",
        "#12",
        "absent-word",
    ];
    (
        (
            some_of(actors),
            some_of(Side::ALL.iter().map(|s| s.slug().to_string()).collect()),
            some_of(
                EventKind::ALL
                    .iter()
                    .map(|k| k.slug().to_string())
                    .collect(),
            ),
        ),
        (
            some_of(Status::ALL.iter().map(|s| s.slug().to_string()).collect()),
            some_of(data.topics.iter().map(|t| t.id.clone()).collect()),
            some_of(places),
        ),
        (proptest::option::of(day.clone()), proptest::option::of(day)),
        proptest::sample::select(words.to_vec()),
    )
        .prop_map(
            |((actors, sides, kinds), (statuses, topics, places), (from, to), text)| Filter {
                chosen: [actors, sides, kinds, statuses, topics, places],
                from,
                to,
                text: text.to_string(),
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn run_gives_what_checking_every_event_gives(filter in filters()) {
        let (data, index) = fixture();
        let result = run(index, &filter);
        let (events, counts) = model(data, &filter);
        prop_assert_eq!(result.events, events);
        prop_assert_eq!(result.counts, counts);
    }

    /// The network under a filter: every pair's shared events, and each actor's count, are
    /// what reading the matching events' participants gives.
    #[test]
    fn the_network_under_a_filter_is_what_the_matching_events_give(filter in filters()) {
        let (data, index) = fixture();
        let events = run(index, &filter).events;
        let mut naive: Vec<(ActorIx, ActorIx, Vec<EventIx>)> = Vec::new();
        for a in 0..data.actors.len() {
            for b in a + 1..data.actors.len() {
                let (ida, idb) = (&data.actors[a].id, &data.actors[b].id);
                let shared: Vec<EventIx> = events
                    .iter()
                    .copied()
                    .filter(|&i| data.events[i].has_actor(ida) && data.events[i].has_actor(idb))
                    .collect();
                if !shared.is_empty() {
                    naive.push((ActorIx::new(a), ActorIx::new(b), shared));
                }
            }
        }
        naive.sort_by_key(|(a, b, e)| (std::cmp::Reverse(e.len()), *a, *b));
        let pairs: Vec<(ActorIx, ActorIx, Vec<EventIx>)> = co_participation(index, &events)
            .into_iter()
            .map(|p| (p.a, p.b, p.events))
            .collect();
        prop_assert_eq!(pairs, naive);
        let counts: Vec<usize> = data
            .actors
            .iter()
            .map(|a| events.iter().filter(|&&i| data.events[i].has_actor(&a.id)).count())
            .collect();
        prop_assert_eq!(events_per_actor(index, &events), counts);
    }
}

#[test]
fn each_events_days_are_its_first_and_last_possible_day() {
    let (data, index) = fixture();
    for (i, event) in data.events.iter().enumerate() {
        let days = (
            event.date.sort_day().number(),
            event.date.last_day().number(),
        );
        assert_eq!(index.days(EventIx::new(i)), days, "{}", event.id);
    }
}

#[test]
fn an_actors_events_are_what_filtering_by_that_actor_gives() {
    let (data, index) = fixture();
    for (position, actor) in data.actors.iter().enumerate() {
        let expected: Vec<EventIx> = (0..data.events.len())
            .map(EventIx::new)
            .filter(|&i| data.events[i].has_actor(&actor.id))
            .collect();
        let position = ActorIx::new(position);
        assert_eq!(index.events_of(position), expected, "{}", actor.id);
        assert_eq!(run(index, &Filter::for_actor(&actor.id)).events, expected);
    }
}
