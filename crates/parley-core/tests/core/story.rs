//! Stories: the steps are the engine's results in date order, or the picks in their order; the
//! cover, the step links, the small axis and what a screen reader hears, against the dataset.

use crate::common;

use parley_core::facet::Kinds;
use parley_core::i18n::Lang;
use parley_core::link::{Link, Story};
use parley_core::query::{run, Filter, SearchIndex};
use parley_core::view::story::{participants_by_side, StoryView, AXIS_WIDTH, LISTED_STEPS};
use parley_core::{synthetic, Dataset, EventIx, Side};

fn fixture() -> &'static (Dataset, SearchIndex) {
    common::indexed()
}

fn filtered(filter: Filter) -> Story {
    Story {
        filter,
        ..Story::default()
    }
}

#[test]
fn a_filtered_story_is_the_engines_results_in_date_order() {
    let (data, index) = fixture();
    for filter in [
        Filter::default(),
        Filter::for_actor("witkoff"),
        Filter::default().with(&Kinds, "meeting"),
    ] {
        let story = filtered(filter.clone());
        let view = StoryView::new(data, index, &story, 0, false, Lang::En);
        assert_eq!(view.events, run(index, &filter).events);
        assert_eq!(view.step, 0);
        assert!(view.current.is_none() && view.previous.is_none());
        assert_eq!(
            view.next,
            Some(Link::Story {
                story: story.clone(),
                step: 1,
                embed: false
            })
        );
        assert_eq!(
            view.title,
            format!("Story: {}", filter.title(index, Lang::En))
        );
        let n = view.events.len();
        assert_eq!(view.announcement, format!("{}: {n} steps", view.title));
        // The cover names every article the story cites, and only those.
        for (d, document) in data.documents.iter().enumerate() {
            let cited = view.events.iter().any(|&i| {
                data.events[i]
                    .sources
                    .iter()
                    .any(|s| s.document == document.id)
            });
            let listed = view.sources.iter().find(|s| s.document == d);
            assert_eq!(listed.is_some(), cited, "{}", document.id);
            if let Some(source) = listed {
                assert_eq!(
                    (&source.outlet, &source.headline),
                    (&document.outlet, &document.headline)
                );
                assert_eq!(source.href, Link::source(&document.id, None).href());
                assert_eq!(source.date, document.published.short(Lang::En));
            }
        }
        let first = &data.events[view.events[0]].date;
        let last = view
            .events
            .iter()
            .map(|&i| &data.events[i].date)
            .max_by_key(|d| d.last_day())
            .unwrap();
        let span = format!(
            "First event: {}. Last: {}.",
            first.display(Lang::En),
            last.display(Lang::En)
        );
        assert_eq!(view.span, Some(span));
        // The small axis: one mark a step, in date order, inside the drawing.
        assert_eq!(view.marks.len(), n);
        assert!(view.marks.windows(2).all(|w| w[0].x <= w[1].x));
        assert!(view
            .marks
            .iter()
            .all(|m| (0.0..=AXIS_WIDTH).contains(&m.x) && !m.current));
        assert_eq!(view.marks[0].x, 10.0);
        assert_eq!(view.marks[n - 1].x, AXIS_WIDTH - 10.0);
    }
}

#[test]
fn each_step_shows_its_event_and_links_to_its_neighbours() {
    let (data, index) = fixture();
    let story = filtered(Filter::for_actor("witkoff"));
    let all = StoryView::new(data, index, &story, 0, false, Lang::En).events;
    let n = all.len();
    for step in 1..=n {
        let view = StoryView::new(data, index, &story, step, true, Lang::En);
        let event = &data.events[all[step - 1]];
        assert_eq!(
            view.current.as_ref().map(|c| c.event.event),
            Some(all[step - 1])
        );
        assert_eq!(view.previous, Some(view.link(step - 1)));
        assert_eq!(view.next, (step < n).then(|| view.link(step + 1)));
        assert_eq!(
            view.link(step),
            Link::Story {
                story: story.clone(),
                step,
                embed: true
            }
        );
        assert_eq!(
            view.announcement,
            format!(
                "Step {step} of {n}: {}, {}",
                event.title.en,
                event.date.display(Lang::En)
            )
        );
        assert_eq!(view.marks.iter().filter(|m| m.current).count(), 1);
        assert!(view.marks[step - 1].current);
        assert!(view.notice.is_none());
    }
    assert_eq!(
        StoryView::new(data, index, &story, 3, true, Lang::En).embed_link(),
        Link::Story {
            story: story.clone(),
            step: 0,
            embed: true
        }
    );
    // Past the end: the last step, and a notice that says so.
    let past = StoryView::new(data, index, &story, n + 5, false, Lang::En);
    assert_eq!(past.step, n);
    assert_eq!(
        past.notice,
        Some(format!(
            "There is no step {}: this story has {n} steps. It opens at its last.",
            n + 5
        ))
    );
    let exact = StoryView::new(data, index, &story, n, false, Lang::En);
    assert!(exact.notice.is_none() && exact.next.is_none());
}

#[test]
fn a_picked_story_keeps_its_order_and_title() {
    let (data, index) = fixture();
    let picks: Vec<String> = [9, 2, 30]
        .iter()
        .map(|&i| data.events[i].id.clone())
        .collect();
    let story = Story {
        filter: Filter::default(),
        picks: picks.clone(),
        title: "  My three  ".into(),
        ..Story::default()
    };
    let view = StoryView::new(data, index, &story, 0, false, Lang::En);
    assert_eq!(view.events, [9, 2, 30].map(EventIx::new));
    assert_eq!(view.title, "My three");
    assert_eq!(view.listed, 1..4);
    let untitled = Story {
        title: String::new(),
        ..story
    };
    assert_eq!(
        StoryView::new(data, index, &untitled, 0, false, Lang::En).title,
        "Picked events"
    );
    let none = StoryView::new(
        data,
        index,
        &filtered(
            Filter::default()
                .with(&Kinds, "meeting")
                .with(&parley_core::facet::Places, "davos"),
        ),
        0,
        false,
        Lang::En,
    );
    if none.events.is_empty() {
        assert!(none.marks.is_empty() && none.span.is_none() && none.next.is_none());
    }
}

#[test]
fn a_long_story_lists_the_steps_around_the_current_one() {
    let (data, _) = fixture();
    let mut data = data.clone();
    synthetic::extend(&mut data, 1000, 7);
    let index = SearchIndex::new(&data);
    let story = filtered(Filter::default());
    let n = data.events.len();
    for (step, start) in [(0, 1), (50, 1), (500, 401), (n, n - LISTED_STEPS + 1)] {
        let view = StoryView::new(&data, &index, &story, step, false, Lang::En);
        assert_eq!(view.listed, start..start + LISTED_STEPS, "step {step}");
        assert!(step == 0 || view.listed.contains(&step));
    }
}

#[test]
fn participants_are_grouped_by_side_in_side_order() {
    let (data, _) = fixture();
    for event in &data.events {
        let groups = participants_by_side(data, event);
        let sides: Vec<usize> = groups
            .iter()
            .map(|(s, _)| Side::ALL.iter().position(|x| x == s).unwrap())
            .collect();
        assert!(sides.windows(2).all(|w| w[0] < w[1]), "{}", event.id);
        let listed: usize = groups.iter().map(|(_, a)| a.len()).sum();
        assert_eq!(listed, event.actors.len(), "{}", event.id);
        for (side, actors) in &groups {
            assert!(actors.iter().all(|&a| data.actors[a].side == *side));
        }
    }
}

#[test]
fn a_filtered_storys_title_names_what_it_chose_as_a_person_would() {
    let (data, index) = fixture();
    let cases = [
        ("actor=witkoff", Lang::En, "Story: Steve Witkoff"),
        ("actor=witkoff", Lang::Uk, "Історія: Стів Віткофф"),
        ("actor=witkoff", Lang::Ru, "История: Стив Уиткофф"),
        (
            "actor=witkoff&actor=putin&from=2026-01-01",
            Lang::En,
            "Story: Steve Witkoff and Vladimir Putin, from Jan 1, 2026",
        ),
        (
            "kind=meeting&kind=phone-call&to=2025-03-31&q=moscow",
            Lang::En,
            "Story: Visit or meeting or Phone call, until Mar 31, 2025, search “moscow”",
        ),
        ("", Lang::En, "Story: All events"),
    ];
    for (query, lang, title) in cases {
        let (filter, notices) = parley_core::link::parse_filter(query, index);
        assert!(notices.is_empty(), "{query}: {notices:?}");
        let view = StoryView::new(data, index, &filtered(filter), 0, false, lang);
        assert_eq!(view.title, title, "{query} in {lang:?}");
    }
}
