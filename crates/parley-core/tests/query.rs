//! The query engine and the URL state on the real dataset.

mod common;

use parley_core::query::{co_participation, run, Filter, SearchIndex};
use parley_core::url_state::{parse, to_query};
use parley_core::{Day, EventKind, Side, Status};

fn ids(filter: &Filter) -> Vec<String> {
    let data = common::dataset();
    let index = SearchIndex::new(&data);
    run(&data, &index, filter)
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
    let both = ids(&Filter {
        actors: vec!["witkoff".into(), "putin".into()],
        ..Filter::default()
    });
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
    let filter = Filter {
        kinds: vec![EventKind::Meeting],
        statuses: vec![Status::Held],
        ..Filter::default()
    };
    let result = run(&data, &index, &filter);
    // Each kind's count is what choosing that kind (alone, with the other filters) would give.
    for (kind, count) in &result.facets.kinds {
        let alone = Filter {
            kinds: vec![*kind],
            ..filter.clone()
        };
        assert_eq!(*count, run(&data, &index, &alone).events.len(), "{kind:?}");
    }
    for (side, count) in &result.facets.sides {
        let with_side = Filter {
            sides: vec![*side],
            ..filter.clone()
        };
        assert_eq!(
            *count,
            run(&data, &index, &with_side).events.len(),
            "{side:?}"
        );
    }
    for (actor, count) in &result.facets.actors {
        let mut with_actor = filter.clone();
        with_actor.actors.push(actor.clone());
        assert_eq!(
            *count,
            run(&data, &index, &with_actor).events.len(),
            "{actor}"
        );
    }
}

#[test]
fn url_state_round_trips_and_reports_what_it_ignores() {
    let data = common::dataset();
    let (filter, notices) = parse(
        "?actor=witkoff&actor=putin&kind=meeting&status=held&topic=ceasefire&place=moscow&side=us&from=2025-03-01&to=2025-04-30&q=crimea",
        &data,
    );
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(filter.sides, vec![Side::Us]);
    assert_eq!(parse(&to_query(&filter), &data).0, filter);

    let (filter, notices) = parse(
        "actor=nobody&actor=witkoff&from=2025-13-01&colour=red&kind=party",
        &data,
    );
    assert_eq!(filter.actors, vec!["witkoff".to_string()]);
    assert_eq!(filter.from, None);
    let all = notices.join("\n");
    assert!(
        all.contains("Ignored actor 'nobody': no such actor."),
        "{all}"
    );
    assert!(all.contains("Ignored from '2025-13-01'"), "{all}");
    assert!(all.contains("Ignored unknown parameter 'colour'."), "{all}");
    assert!(all.contains("Ignored kind 'party'"), "{all}");

    let (filter, notices) = parse("from=2025-05-01&to=2025-01-01", &data);
    assert_eq!((filter.from, filter.to), (None, None));
    assert!(notices[0].contains("ends (2025-01-01) before it starts (2025-05-01)"));
}

#[test]
fn hostile_query_strings_give_a_defined_state() {
    let data = common::dataset();
    let repeated = "actor=x&".repeat(10_000);
    let long_q = format!("q={}", "a".repeat(5_000));
    for query in [
        repeated.as_str(),
        long_q.as_str(),
        "%00=%00&q=%3Cscript%3E",
        "&&&==&",
        "q=%FF%FE",
        "to=..%2F..",
        "\u{0}",
    ] {
        let (filter, notices) = parse(query, &data);
        assert!(filter.text.chars().count() <= 200);
        assert!(notices.len() <= 10, "{notices:?}");
    }
    let (_, notices) = parse(&repeated, &data);
    assert_eq!(
        notices,
        vec!["Ignored actor 'x': no such actor.".to_string()]
    );
}

#[test]
fn co_participation_counts_exactly_the_shared_events_of_every_pair() {
    let data = common::dataset();
    let index = SearchIndex::new(&data);
    let pairs = co_participation(&index);
    for pair in &pairs {
        let (a, b) = (&data.actors[pair.a].id, &data.actors[pair.b].id);
        let both = Filter {
            actors: vec![a.clone(), b.clone()],
            ..Filter::default()
        };
        assert_eq!(pair.events, run(&data, &index, &both).events, "{a}–{b}");
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
                .find(|p| p.a == a && p.b == b)
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
