//! The query engine on the real dataset.

use crate::common;

use parley_core::facet::{slot, Actors, Facet, Kinds, Sides, Statuses, FACETS};
use parley_core::query::{co_participation, run, Filter, SearchIndex};
use parley_core::Day;

fn ids(filter: &Filter) -> Vec<String> {
    let data = common::dataset();
    let index = SearchIndex::new(&data);
    run(&index, filter)
        .events
        .into_iter()
        .map(|i| data.events[i].id.clone())
        .collect()
}

#[test]
fn no_filter_returns_every_event_in_order() {
    let data = common::dataset();
    assert_eq!(ids(&Filter::default()).len(), data.events.len());
}

#[test]
fn actors_combine_with_and() {
    let both = ids(&Filter::for_actor("witkoff").with(&Actors, "putin"));
    assert!(both.contains(&"2025-03-13-witkoff-putin-moscow".to_string()));
    assert!(!both.contains(&"2025-03-16-witkoff-cnn-interview".to_string()));
    let witkoff = ids(&Filter::for_actor("witkoff"));
    assert!(witkoff.len() > both.len());
}

#[test]
fn search_ignores_case_diacritics_and_spelling() {
    let a = ids(&Filter {
        text: "ZELENSKY".into(),
        ..Filter::default()
    });
    let b = ids(&Filter {
        text: "zelenskyy".into(),
        ..Filter::default()
    });
    assert_eq!(a, b);
    assert!(a.contains(&"2026-01-31-zelenskyy-x-post".to_string()));
    let crimea = ids(&Filter {
        text: "crimea".into(),
        ..Filter::default()
    });
    assert!(
        crimea.iter().all(|id| id.starts_with("2025-04-25")),
        "{crimea:?}"
    );
    assert!(ids(&Filter {
        text: "türkiye crimea".into(),
        ..Filter::default()
    })
    .is_empty());
}

#[test]
fn date_range_keeps_uncertain_events_that_may_fall_within_it() {
    let filter = Filter {
        from: Day::parse("2025-12-05").ok(),
        to: Day::parse("2025-12-31").ok(),
        ..Filter::default()
    };
    let found = ids(&filter);
    // "Earlier in the week" spans Dec 1–5, so it may fall within the range.
    assert!(found.contains(&"2025-12-01-witkoff-putin-moscow".to_string()));
    assert!(!found.iter().any(|id| id.starts_with("2026")));
}

#[test]
fn facet_counts_are_taken_under_the_other_filters() {
    let data = common::dataset();
    let index = SearchIndex::new(&data);
    let filter = Filter::default()
        .with(&Kinds, "meeting")
        .with(&Statuses, "held");
    let result = run(&index, &filter);
    // Each kind's count is what choosing that kind (alone, with the other filters) would give.
    let kinds = index.values(&Kinds).iter().zip(result.counts(&Kinds));
    for (kind, &count) in kinds {
        let mut alone = filter.clone();
        alone.chosen[slot(&Kinds)] = vec![kind.slug.clone()];
        assert_eq!(count, run(&index, &alone).events.len(), "{}", kind.slug);
    }
    // Sides and actors are not chosen: choosing one gives its count.
    for facet in [&Sides as &dyn Facet, &Actors] {
        let values = index.values(facet).iter().zip(result.counts(facet));
        for (value, &count) in values {
            let with = filter.clone().with(facet, &value.slug);
            let found = run(&index, &with).events.len();
            assert_eq!(count, found, "{} {}", facet.param(), value.slug);
        }
    }
    assert_eq!(result.counts.len(), FACETS.len());
}

#[test]
fn co_participation_counts_exactly_the_shared_events_of_every_pair() {
    let data = common::dataset();
    let index = SearchIndex::new(&data);
    let pairs = co_participation(&index, &index.all());
    for pair in &pairs {
        let (a, b) = (&data.actors[pair.a].id, &data.actors[pair.b].id);
        let both = Filter::for_actor(a).with(&Actors, b);
        assert_eq!(pair.events, run(&index, &both).events, "{a}–{b}");
    }
    let total = data.actors.len();
    for a in 0..total {
        for b in a + 1..total {
            let shared = data
                .events
                .iter()
                .filter(|e| e.has_actor(&data.actors[a].id) && e.has_actor(&data.actors[b].id))
                .count();
            let edge = pairs
                .iter()
                .find(|p| p.a.get() == a && p.b.get() == b)
                .map_or(0, |p| p.events.len());
            assert_eq!(edge, shared);
        }
    }
    let witkoff_putin = pairs
        .iter()
        .find(|p| data.actors[p.a].id == "witkoff" && data.actors[p.b].id == "putin")
        .unwrap();
    assert!(witkoff_putin.events.len() >= 4);
    assert!(
        pairs
            .windows(2)
            .all(|w| w[0].events.len() >= w[1].events.len()),
        "heaviest first"
    );
}

#[test]
fn an_event_is_found_by_its_actors_place_and_topics_names_in_every_language() {
    use parley_core::i18n::Lang;
    let data = common::dataset();
    let index = SearchIndex::new(&data);
    let found = |text: &str| {
        let filter = Filter {
            text: text.to_string(),
            ..Filter::default()
        };
        run(&index, &filter).events
    };
    for (i, event) in data.events.iter().enumerate() {
        let i = parley_core::EventIx::new(i);
        let actors = event.actors.iter().filter_map(|p| data.actor(&p.actor));
        let names = actors.map(|a| &a.name);
        let place = event
            .place
            .as_deref()
            .and_then(|p| data.place(p))
            .map(|p| &p.name);
        let topics = event
            .topics
            .iter()
            .filter_map(|t| data.topic(t))
            .map(|t| &t.name);
        for text in names.chain(place).chain(topics) {
            for lang in Lang::ALL {
                assert!(
                    found(text.get(lang)).contains(&i),
                    "{} by «{}»",
                    event.id,
                    text.get(lang)
                );
            }
        }
        for lang in Lang::ALL {
            assert!(
                found(event.title.get(lang)).contains(&i),
                "{} by its title",
                event.id
            );
        }
    }
}

#[test]
fn a_filter_in_words_names_each_facets_labels_with_its_joiner_then_dates_and_search() {
    use parley_core::i18n::Lang;
    let (_, index) = common::indexed();
    assert_eq!(Filter::default().describe(index, Lang::En), "All events");
    assert_eq!(Filter::default().describe(index, Lang::Uk), "Усі події");
    // Actors must all take part (and); any of a facet's other values will do (or). An unknown
    // slug is named as it is; a blank search says nothing.
    let mut filter = Filter::for_actor("witkoff")
        .with(&Actors, "putin")
        .with(&Kinds, "meeting")
        .with(&Kinds, "phone-call")
        .with(&Statuses, "no-such-status");
    filter.text = "   ".to_string();
    assert_eq!(
        filter.describe(index, Lang::En),
        "Actors (all of): Steve Witkoff and Vladimir Putin; Kind: Visit or meeting or Phone call; \
         Status: no-such-status"
    );
    assert_eq!(
        Filter::for_actor("witkoff").describe(index, Lang::Ru),
        "Участники (все вместе): Стив Уиткофф"
    );
    let dated = |from: Option<&str>, to: Option<&str>| {
        let filter = Filter {
            from: from.map(|d| Day::parse(d).unwrap()),
            to: to.map(|d| Day::parse(d).unwrap()),
            text: "peace ".to_string(),
            ..Filter::default()
        };
        filter.describe(index, Lang::En)
    };
    assert_eq!(
        dated(Some("2026-01-01"), Some("2026-02-01")),
        "from 2026-01-01 to 2026-02-01; search “peace”"
    );
    assert_eq!(
        dated(Some("2026-01-01"), None),
        "from 2026-01-01; search “peace”"
    );
    assert_eq!(
        dated(None, Some("2026-02-01")),
        "until 2026-02-01; search “peace”"
    );
}
