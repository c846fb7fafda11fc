//! Every URL is written by `Link::href` and read by `Link::parse`: any link survives the round
//! trip unchanged, hostile text included; any hash whatever gives a link and a short list of
//! notices, never a panic; and what a bad URL ignores is named.

use crate::common;

use parley_core::atlas::{MapZoom, ZOOMS};
use parley_core::facet::{Actors, Facet, Kinds, Sides, FACETS};
use parley_core::i18n::Lang;
use parley_core::link::{
    self, href_in, lang_in, ActorSort, AxisSpan, Lens, Link, Routing, Story, MAX_TEXT_CHARS,
    MAX_TITLE_CHARS, PACES,
};
use parley_core::query::{Filter, SearchIndex};
use parley_core::{Dataset, Day, TextRange};
use proptest::prelude::*;

fn fixture() -> &'static (Dataset, SearchIndex) {
    common::indexed()
}

fn parse(hash: &str) -> (Link, Vec<String>) {
    let (data, index) = fixture();
    Link::parse(hash, data, index)
}

/// Text as a reader might type it, hostile or not, as the parser keeps it: trimmed, and no
/// longer than the limit.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,220}",
        Just("<script>alert(1)</script>&q=x#/events/y?z".to_string()),
        Just("  Zelenskyy  %20+%2B / \\ 'ü' \"".to_string()),
    ]
    .prop_map(|t| {
        t.chars()
            .take(MAX_TEXT_CHARS)
            .collect::<String>()
            .trim()
            .to_string()
    })
}

fn filter() -> impl Strategy<Value = Filter> {
    let (_, index) = fixture();
    let facets: Vec<_> = FACETS
        .iter()
        .map(|&f| {
            let slugs: Vec<String> = index.values(f).iter().map(|v| v.slug.clone()).collect();
            proptest::sample::subsequence(slugs.clone(), 0..=3.min(slugs.len())).prop_shuffle()
        })
        .collect();
    let day = (0i32..1500)
        .prop_map(|n| Day::from_number(Day::parse("2024-06-01").unwrap().number() + n).unwrap());
    let range =
        (proptest::option::of(day.clone()), proptest::option::of(day)).prop_map(|(a, b)| {
            match (a, b) {
                (Some(a), Some(b)) if b < a => (Some(b), Some(a)),
                other => other,
            }
        });
    (facets, range, text()).prop_map(|(chosen, (from, to), text)| Filter {
        chosen: chosen.try_into().expect("one list per facet"),
        from,
        to,
        text,
    })
}

/// Real event ids, each at most once, in any order.
fn picks() -> impl Strategy<Value = Vec<String>> {
    let (data, _) = fixture();
    let ids: Vec<String> = data.events.iter().map(|e| e.id.clone()).collect();
    proptest::sample::subsequence(ids, 0..6).prop_shuffle()
}

/// A story title as the parser keeps it: trimmed, and no longer than the limit.
fn title() -> impl Strategy<Value = String> {
    "\\PC{0,130}".prop_map(|t| {
        t.trim()
            .chars()
            .take(MAX_TITLE_CHARS)
            .collect::<String>()
            .trim()
            .to_string()
    })
}

/// A span of the time axis: two days, the first before the last.
fn axis_span() -> impl Strategy<Value = AxisSpan> {
    proptest::option::of((0i32..25_000, 1i32..4_000)).prop_map(|span| {
        span.map(|(first, days)| {
            let day = |n| Day::from_number(n).expect("a day of the years around the talks");
            (day(first), day(first + days))
        })
    })
}

/// Where a map may be zoomed: any of the zooms, about any point of the map or its centre.
fn map_zoom() -> impl Strategy<Value = Option<MapZoom>> {
    let centre = proptest::option::of((0i32..=1000, 0i32..=1000));
    proptest::option::of((proptest::sample::select(ZOOMS.to_vec()), centre))
        .prop_map(|zoom| zoom.map(|(level, centre)| MapZoom { level, centre }))
}

/// Any id at all, hostile ones included; never empty, since an empty segment is no view.
fn id() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{1,60}",
        Just("../../etc/passwd".to_string()),
        Just("a/b?c=d#e%41".to_string()),
        Just("<img src=x onerror=alert(1)>".to_string()),
        Just("2025-03-11-jeddah-talks-ceasefire".to_string()),
    ]
}

fn links() -> impl Strategy<Value = Link> {
    let (data, _) = fixture();
    // A passage of a real document: one of its sentences.
    let passages: Vec<(String, TextRange)> = data
        .documents
        .iter()
        .flat_map(|d| d.sentences.iter().map(|s| (d.id.clone(), *s)))
        .collect();
    prop_oneof![
        (filter(), picks(), any::<bool>(), axis_span()).prop_map(|(filter, picks, embed, axis)| {
            Link::Timeline {
                filter,
                picks,
                embed,
                axis,
            }
        }),
        (
            (filter(), picks(), title()),
            proptest::sample::select(PACES.to_vec()),
            0usize..60,
            any::<bool>()
        )
            .prop_map(|((filter, picks, title), pace, step, embed)| Link::Story {
                story: Story {
                    filter,
                    picks,
                    title,
                    pace
                },
                step,
                embed
            }),
        id().prop_map(|id| Link::Event { id }),
        (proptest::sample::select(ActorSort::ALL.to_vec()), text())
            .prop_map(|(sort, text)| Link::Actors { sort, text }),
        id().prop_map(|id| Link::Actor { id }),
        id().prop_map(|id| Link::Source { id, at: None }),
        proptest::sample::select(passages).prop_map(|(id, at)| Link::Source { id, at: Some(at) }),
        (filter(), map_zoom()).prop_map(|(filter, zoom)| Link::Map { filter, zoom }),
        filter().prop_map(|filter| Link::Network { filter }),
        Just(Link::Claims),
        Just(Link::NotFound),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn every_link_reads_back_as_itself_with_nothing_to_report(link in links()) {
        // A path relative to the language root, with no hash: a page of its own.
        let href = link.href();
        prop_assert!(!href.contains('#') && !href.starts_with('/'), "{href}");
        prop_assert!(href.starts_with("./") || href.split('?').next().unwrap().ends_with('/'), "{href}");
        prop_assert!(!href.chars().any(char::is_whitespace), "{href}");
        let (again, notices) = parse(&href);
        prop_assert_eq!(&again, &link);
        prop_assert!(notices.is_empty(), "{:?}", notices);
        // The same link in the hash form, as a page opened from disk writes it.
        link::set_routing(Routing::Hash);
        let hash = link.href();
        link::set_routing(Routing::Path);
        prop_assert!(hash.starts_with("#/"), "{hash}");
        prop_assert!(!hash[1..].contains('#'), "a link has one hash: {hash}");
        let (again, notices) = parse(&hash);
        prop_assert_eq!(again, link);
        prop_assert!(notices.is_empty(), "{:?}", notices);
    }

    #[test]
    fn every_page_in_every_language_reads_back_as_itself_from_any_page(
        link in links(),
        here in prop::sample::select(Lang::ALL.to_vec()),
        to in prop::sample::select(Lang::ALL.to_vec()),
    ) {
        let (data, index) = fixture();
        // From the site's root, the page's path names its language, English by none.
        let path = link.site_path(to);
        prop_assert_eq!(lang_in(&path), (to != Lang::En).then_some(to));
        prop_assert_eq!(Link::parse_in(&path, data, index, to).0, link.clone());
        // From a page in `here`, whose base is its language's root, the way there.
        let between = link.href_between(here, to);
        let root = format!("https://example.org/site/{}", link::language_root(here));
        let resolved = resolve(&root, &between);
        prop_assert_eq!(resolved, format!("https://example.org/site/{path}"));
    }

    #[test]
    fn any_link_in_any_language_reads_back_as_itself_with_its_language(
        link in links(),
        lang in prop::sample::select(Lang::ALL.to_vec()),
    ) {
        let (data, index) = fixture();
        let href = href_in(&link.href(), lang);
        prop_assert_eq!(lang_in(&href), Some(lang));
        let (again, notices) = Link::parse_in(&href, data, index, lang);
        prop_assert_eq!(again, link);
        prop_assert!(notices.is_empty(), "{:?}", notices);
    }

    #[test]
    fn any_hash_gives_a_link_and_a_few_short_notices(hash in hostile_hash()) {
        let (data, _) = fixture();
        let (link, notices) = parse(&hash);
        prop_assert!(notices.len() <= 12, "{} notices", notices.len());
        prop_assert!(notices.iter().all(|n| n.chars().count() < 400));
        if let Link::Timeline { filter, .. } = &link {
            prop_assert!(filter.text.chars().count() <= MAX_TEXT_CHARS);
            prop_assert!(filter.chosen(&Actors).iter().all(|a| data.actor(a).is_some()));
            if let (Some(from), Some(to)) = (filter.from, filter.to) {
                prop_assert!(from <= to);
            }
        }
        // What was kept is written back and read again unchanged, with nothing to report.
        let (again, notices) = parse(&link.href());
        prop_assert_eq!(normalised(again), normalised(link));
        prop_assert!(notices.is_empty(), "{:?}", notices);
    }
}

/// The parser keeps search text as typed but for trimming; a written link trims it too.
fn normalised(link: Link) -> Link {
    match link {
        Link::Timeline {
            mut filter,
            picks,
            embed,
            axis,
        } => {
            filter.text = filter.text.trim().to_string();
            Link::Timeline {
                filter,
                picks,
                embed,
                axis,
            }
        }
        other => other,
    }
}

/// Hashes made of the real paths and parameter names with hostile values, and plain noise.
fn hostile_hash() -> impl Strategy<Value = String> {
    let known =
        |values: &[&'static str]| proptest::sample::select(values.to_vec()).prop_map(String::from);
    let path = prop_oneof![
        known(&[
            "#/",
            "#",
            "",
            "#/actors",
            "#/network",
            "#/map",
            "#/story",
            "#/claims",
            "#/events/x",
            "#/sources/000_f64d0eef6883cf1c"
        ]),
        "#/\\PC{0,40}",
        "\\PC{0,20}",
    ];
    let key = prop_oneof![
        known(&[
            "actor", "side", "kind", "status", "topic", "place", "from", "to", "q", "embed",
            "sort", "at", "pick", "events", "title", "step"
        ]),
        "[a-z%0-9]{0,12}",
    ];
    let value = prop_oneof![
        known(&[
            "witkoff",
            "2025-03-01",
            "2025-02-30",
            "<script>alert(1)</script>",
            "%00",
            "..%2F..",
            "5-3",
            "0-10"
        ]),
        "\\PC{0,40}",
        "[0-9-]{0,12}",
    ];
    let query = prop::collection::vec((key, value), 0..40).prop_map(|pairs| {
        let pairs: Vec<String> = pairs.into_iter().map(|(k, v)| format!("{k}={v}")).collect();
        pairs.join("&")
    });
    prop_oneof![
        (path, query).prop_map(|(p, q)| format!("{p}?{q}")),
        "\\PC{0,300}",
        any::<Vec<u8>>().prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
    ]
}

#[test]
fn the_list_the_map_and_the_network_share_one_filter() {
    let hashes = [
        "./?actor=witkoff&from=2026-01-01",
        "map/?actor=witkoff&from=2026-01-01",
        "network/?actor=witkoff&from=2026-01-01",
    ];
    let mut filter = Filter::for_actor("witkoff");
    filter.from = Some(Day::parse("2026-01-01").unwrap());
    for (hash, lens) in hashes.iter().zip(Lens::ALL) {
        let (link, notices) = parse(hash);
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(link.lens(), Some((lens, &filter)));
        assert_eq!(lens.link(filter.clone()).href(), *hash);
        // A change of filter keeps the view.
        let other = Filter::for_actor("putin");
        assert_eq!(link.with_filter(other.clone()), lens.link(other));
    }
    assert_eq!(Link::actor("witkoff").lens(), None);
    assert_eq!(
        Link::actor("witkoff").with_filter(filter.clone()),
        Link::actor("witkoff")
    );
    // A change of filter keeps the picks and the embedding.
    let picks = vec!["2025-03-11-jeddah-talks-ceasefire".to_string()];
    let embedded = Link::Timeline {
        filter: Filter::default(),
        picks: picks.clone(),
        embed: true,
        axis: None,
    };
    assert_eq!(
        embedded.with_filter(filter.clone()),
        Link::Timeline {
            filter,
            picks,
            embed: true,
            axis: None,
        }
    );
    // embed is the list's alone: the map and the network say they ignored it.
    let (link, notices) = parse("#/map?embed=1&kind=meeting");
    assert_eq!(link, Link::map(Filter::default().with(&Kinds, "meeting")));
    assert_eq!(notices, ["Ignored unknown parameter 'embed'."]);
    let (_, notices) = parse("#/network?actor=nobody");
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert!(notices[0].contains("'nobody'"), "{notices:?}");
}

#[test]
fn known_hashes_open_the_documented_views() {
    assert_eq!(parse("").0, Link::default());
    assert_eq!(parse("#").0, Link::default());
    assert_eq!(parse("#/").0, Link::default());
    assert_eq!(
        parse("#/events/2025-03-11-jeddah-talks-ceasefire").0,
        Link::event("2025-03-11-jeddah-talks-ceasefire")
    );
    assert_eq!(parse("#/actors").0, Link::actors());
    assert_eq!(parse("#/actors/witkoff").0, Link::actor("witkoff"));
    assert_eq!(parse("#/network").0, Lens::Network.link(Filter::default()));
    assert_eq!(parse("#/map").0, Lens::Map.link(Filter::default()));
    assert_eq!(parse("#/claims").0, Link::Claims);
    assert_eq!(
        parse("#/actors?sort=events&q=steve").0,
        Link::Actors {
            sort: ActorSort::Events,
            text: "steve".into()
        }
    );
    assert_eq!(
        parse("#/sources/000_f64d0eef6883cf1c?at=0-10").0,
        Link::source("000_f64d0eef6883cf1c", Some(TextRange::new(0, 10)))
    );
    for nowhere in ["#/nowhere", "#foo", "#/events", "#/events/a/b", "#/404"] {
        assert_eq!(parse(nowhere), (Link::NotFound, Vec::new()), "{nowhere}");
    }
    let (link, _) = parse("#/?embed=1&actor=witkoff");
    assert_eq!(
        link,
        Link::Timeline {
            filter: Filter::for_actor("witkoff"),
            picks: Vec::new(),
            embed: true,
            axis: None,
        }
    );
}

#[test]
fn stories_keep_their_events_order_title_and_step() {
    let (data, _) = fixture();
    let [a, b, c] = [&data.events[5].id, &data.events[1].id, &data.events[9].id];
    let hash = format!("#/story?events={a},{b},{c}&title=Three+talks&step=2&embed=1");
    let (link, notices) = parse(&hash);
    assert!(notices.is_empty(), "{notices:?}");
    let story = Story {
        filter: Filter::default(),
        picks: vec![a.clone(), b.clone(), c.clone()],
        title: "Three talks".into(),
        ..Story::default()
    };
    assert_eq!(
        link,
        Link::Story {
            story: story.clone(),
            step: 2,
            embed: true
        }
    );
    assert!(link.embedded());
    // Written with the commas encoded, as form encoding does; read either way.
    assert_eq!(
        link.href(),
        hash.replace(',', "%2C").replace("#/story", "story/")
    );
    assert_eq!(parse(&link.href()).0, link);
    assert_eq!(
        Link::story(story).href(),
        format!("story/?events={a}%2C{b}%2C{c}&title=Three+talks")
    );
    // Unknown and repeated ids, a bad step and an overlong title are named and dropped.
    let long = "x".repeat(MAX_TITLE_CHARS + 1);
    let (link, notices) = parse(&format!(
        "#/story?events={a},nothing,{a}&step=two&title={long}&kind=meeting"
    ));
    let Link::Story { story, step, .. } = link else {
        panic!("a story")
    };
    assert_eq!((story.picks, step), (vec![a.clone()], 0));
    assert_eq!(story.title.chars().count(), MAX_TITLE_CHARS);
    assert_eq!(story.filter, Filter::default().with(&Kinds, "meeting"));
    assert_eq!(notices.len(), 3, "{notices:?}");
    assert!(notices
        .iter()
        .any(|n| n.contains("'nothing'") && n.contains("no such event")));
    assert!(notices.iter().any(|n| n.contains("'two'")));
    // The timeline carries its picks, checked the same way.
    let (link, notices) = parse(&format!("#/?pick={c}&pick=nothing&pick={a}"));
    assert_eq!(
        link,
        Link::Timeline {
            filter: Filter::default(),
            picks: vec![c.clone(), a.clone()],
            embed: false,
            axis: None,
        }
    );
    assert_eq!(notices, ["Ignored pick 'nothing': no such event."]);
    // Picks and titles are the story's and the timeline's own: other views call them unknown.
    let (_, notices) = parse(&format!("#/map?pick={a}&title=x"));
    assert_eq!(notices, ["Ignored unknown parameter 'pick', 'title'."]);
}

/// `relative` resolved against `base` (a folder's URL), as a browser resolves a link: enough of
/// RFC 3986 for the addresses Parley writes (`./`, `../`, a path, a query).
fn resolve(base: &str, relative: &str) -> String {
    let mut folder: Vec<&str> = base.trim_end_matches('/').split('/').collect();
    let mut rest = relative;
    loop {
        if let Some(r) = rest.strip_prefix("../") {
            folder.pop();
            rest = r;
        } else if let Some(r) = rest.strip_prefix("./") {
            rest = r;
        } else {
            break;
        }
    }
    format!("{}/{rest}", folder.join("/"))
}

#[test]
fn pages_in_other_languages_are_reached_from_the_language_root() {
    let event = Link::event("x");
    assert_eq!(event.href(), "events/x/");
    assert_eq!(event.site_path(Lang::Uk), "uk/events/x/");
    assert_eq!(event.site_path(Lang::En), "events/x/");
    assert_eq!(event.href_between(Lang::En, Lang::Ru), "ru/events/x/");
    assert_eq!(event.href_between(Lang::Ru, Lang::En), "../events/x/");
    assert_eq!(event.href_between(Lang::Uk, Lang::Ru), "../ru/events/x/");
    assert_eq!(Link::default().href_between(Lang::En, Lang::En), "./");
    assert_eq!(Link::default().href_between(Lang::Uk, Lang::En), "../");
    assert_eq!(Link::default().site_path(Lang::En), "");
    assert_eq!(Link::default().site_path(Lang::Uk), "uk/");
    let map = Lens::Map.link(Filter::for_actor("putin"));
    assert_eq!(
        map.href_between(Lang::Uk, Lang::Uk),
        "../uk/map/?actor=putin"
    );
    // A path reads with or without its slashes, its language or its `index.html`.
    for address in [
        "events/x/",
        "/events/x",
        "uk/events/x/",
        "./events/x/index.html",
        "#/events/x",
    ] {
        assert_eq!(parse(address).0, event, "{address}");
    }
    assert_eq!(lang_in("uk/events/x/"), Some(Lang::Uk));
    assert_eq!(lang_in("events/x/?lang=ru"), Some(Lang::Ru));
    assert_eq!(lang_in("events/x/"), None);
    // By hash, another language is `lang=`.
    link::set_routing(Routing::Hash);
    assert_eq!(event.href_between(Lang::En, Lang::Uk), "#/events/x?lang=uk");
    link::set_routing(Routing::Path);
}

#[test]
fn hrefs_are_percent_encoded_and_canonical() {
    assert_eq!(Link::event("a b/c?d").href(), "events/a%20b%2Fc%3Fd/");
    assert_eq!(
        Link::source("x", Some(TextRange::new(3, 9))).href(),
        "sources/x/?at=3-9"
    );
    let filter = Filter::default()
        .with(&Kinds, "meeting")
        .with(&Actors, "witkoff")
        .with(&Sides, "us");
    let href = Link::timeline(Filter {
        text: "a&b=c".into(),
        ..filter
    })
    .href();
    assert_eq!(href, "./?actor=witkoff&side=us&kind=meeting&q=a%26b%3Dc");
    assert_eq!(Link::actors().href(), "actors/");
    assert_eq!(Link::default().href(), "./");
    link::set_routing(Routing::Hash);
    assert_eq!(Link::event("a b/c?d").href(), "#/events/a%20b%2Fc%3Fd");
    assert_eq!(Link::actors().href(), "#/actors");
    assert_eq!(Link::default().href(), "#/");
    link::set_routing(Routing::Path);
}

#[test]
fn a_bad_timeline_url_reports_what_it_ignores_and_applies_the_rest() {
    let (link, notices) = parse(
        "#/?actor=witkoff&actor=putin&kind=meeting&status=held&topic=ceasefire&place=moscow&side=us&from=2025-03-01&to=2025-04-30&q=crimea",
    );
    assert!(notices.is_empty(), "{notices:?}");
    let Link::Timeline { filter, .. } = &link else {
        panic!("{link:?}")
    };
    assert_eq!(filter.chosen(&Sides), ["us"]);
    assert_eq!(filter.active(), 10);

    let (link, notices) =
        parse("#/?actor=nobody&actor=witkoff&from=2025-13-01&colour=red&kind=party");
    assert_eq!(link, Link::timeline(Filter::for_actor("witkoff")));
    assert_eq!(
        notices,
        [
            "Ignored actor 'nobody': no such actor.",
            "Ignored from '2025-13-01': not a date in the form YYYY-MM-DD.",
            "Ignored kind 'party': no such kind of event.",
            "Ignored unknown parameter 'colour'.",
        ]
    );

    // A range of one day is a range; one that ends before it starts is not.
    let (link, notices) = parse("#/?from=2025-03-13&to=2025-03-13");
    let day = Day::parse("2025-03-13").ok();
    let one_day = Filter {
        from: day,
        to: day,
        ..Filter::default()
    };
    assert_eq!((link, notices), (Link::timeline(one_day), Vec::new()));
    let (link, notices) = parse("#/?from=2025-05-01&to=2025-01-01");
    assert_eq!(link, Link::default());
    assert!(notices[0].contains("ends (2025-01-01) before it starts (2025-05-01)"));

    let (_, notices) = parse("#/?side=north");
    assert_eq!(
        notices,
        ["Ignored side 'north': not one of us, russia, ukraine, europe, other."]
    );
}

#[test]
fn limits_hold_at_the_limit_and_one_past_it() {
    let at_limit = "a".repeat(MAX_TEXT_CHARS);
    let (link, notices) = parse(&format!("#/?q={at_limit}"));
    assert_eq!(
        link,
        Link::timeline(Filter {
            text: at_limit.clone(),
            ..Filter::default()
        })
    );
    assert!(notices.is_empty());
    let (link, notices) = parse(&format!("#/?q={at_limit}b"));
    assert_eq!(
        link,
        Link::timeline(Filter {
            text: at_limit,
            ..Filter::default()
        })
    );
    assert_eq!(
        notices,
        ["The search text was longer than 200 characters: cut to 200."]
    );

    // Three refused values are named; past three, the rest are counted.
    let (_, notices) = parse("#/?actor=a&actor=b&actor=c");
    assert_eq!(notices, ["Ignored actor 'a', 'b', 'c': no such actor."]);
    let (_, notices) = parse("#/?actor=a&actor=b&actor=c&actor=d&actor=a");
    assert_eq!(
        notices,
        ["Ignored actor 'a', 'b', 'c' and 1 more: no such actor."]
    );
    // A value is shown up to 40 characters, then cut with an ellipsis.
    let forty = "x".repeat(40);
    let (_, notices) = parse(&format!("#/?place={forty}&topic={forty}y"));
    assert_eq!(
        notices,
        [
            format!("Ignored place '{forty}': no such place."),
            format!("Ignored topic '{forty}…': no such topic."),
        ]
    );
}

#[test]
fn hostile_query_strings_give_a_defined_state() {
    let repeated = format!("#/?{}", "actor=x&".repeat(10_000));
    let long_q = format!("#/?q={}", "a".repeat(5_000));
    for hash in [
        repeated.as_str(),
        long_q.as_str(),
        "#/?%00=%00&q=%3Cscript%3E",
        "#/?&&&==&",
        "#/?q=%FF%FE",
        "#/?to=..%2F..",
        "\u{0}",
    ] {
        let (link, notices) = parse(hash);
        if let Link::Timeline { filter, .. } = link {
            assert!(filter.text.chars().count() <= MAX_TEXT_CHARS);
        }
        assert!(notices.len() <= 10, "{notices:?}");
    }
    assert_eq!(parse(&repeated).1, ["Ignored actor 'x': no such actor."]);
}

#[test]
fn other_views_name_what_they_ignore() {
    let (link, notices) = parse("#/actors?sort=height&q=putin&x=1");
    assert_eq!(
        link,
        Link::Actors {
            sort: ActorSort::Side,
            text: "putin".into()
        }
    );
    assert_eq!(
        notices,
        [
            "Ignored sort 'height': not one of side, name, events, first.",
            "Ignored unknown parameter 'x'.",
        ]
    );
    let (data, _) = fixture();
    let doc = &data.documents[0];
    // A range that splits a character, one past the end, one backwards: all refused.
    let split = doc
        .text
        .char_indices()
        .find(|(_, c)| c.len_utf8() > 1)
        .map(|(i, _)| i + 1);
    let past = doc.text.len() + 1;
    for at in [
        split.map(|s| format!("0-{s}")),
        Some(format!("0-{past}")),
        Some("5-3".into()),
        Some("5-5".into()),
    ] {
        let at = at.expect("the first seed has a character of several bytes");
        let (link, notices) = parse(&format!("#/sources/{}?at={at}", doc.id));
        assert_eq!(link, Link::source(&doc.id, None));
        assert_eq!(notices.len(), 1, "{notices:?}");
        assert!(notices[0].starts_with(&format!("Ignored at '{at}': it is not a passage")));
    }
    let whole = format!("0-{}", doc.text.len());
    assert_eq!(
        parse(&format!("#/sources/{}?at={whole}", doc.id)).1,
        Vec::<String>::new()
    );
    assert_eq!(
        parse("#/network?embed=1").1,
        ["Ignored unknown parameter 'embed'."]
    );
}

#[test]
fn every_facet_has_its_own_parameter() {
    let params: Vec<&str> = FACETS.iter().map(|f: &&dyn Facet| f.param()).collect();
    let mut unique = params.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), params.len(), "{params:?}");
    for reserved in ["from", "to", "q", "embed"] {
        assert!(!params.contains(&reserved), "{reserved}");
    }
}

#[test]
fn every_facet_refuses_a_value_it_does_not_have_with_its_reason() {
    let reasons = [
        ("actor", "no such actor"),
        ("side", "not one of us, russia, ukraine, europe, other"),
        ("kind", "no such kind of event"),
        ("status", "no such status"),
        ("topic", "no such topic"),
        ("place", "no such place"),
    ];
    let params: Vec<&str> = FACETS.iter().map(|f| f.param()).collect();
    assert_eq!(params, reasons.map(|(p, _)| p));
    for (param, reason) in reasons {
        let (link, notices) = parse(&format!("#/?{param}=zz-none"));
        assert_eq!(link, Link::default());
        assert_eq!(notices, [format!("Ignored {param} 'zz-none': {reason}.")]);
    }
}

#[test]
fn a_query_string_alone_reads_as_the_timeline_link_does() {
    let (_, index) = fixture();
    for query in [
        "actor=witkoff&kind=meeting",
        "?side=us&colour=red",
        "from=2025-05-01&to=2025-01-01",
        "",
    ] {
        let hash = format!("#/?{}", query.trim_start_matches('?'));
        let (Link::Timeline { filter, .. }, notices) = parse(&hash) else {
            panic!("{hash}")
        };
        assert_eq!(
            parley_core::link::parse_filter(query, index),
            (filter, notices),
            "{query}"
        );
    }
}

#[test]
fn a_language_the_app_does_not_speak_is_named_and_the_view_still_opens() {
    let (data, index) = fixture();
    assert_eq!(lang_in("#/events/x?lang=de"), None);
    assert_eq!(lang_in("#/?lang=ru&lang=uk"), Some(Lang::Ru));
    assert_eq!(lang_in("#/actors"), None);
    let (link, notices) = parse("#/actors?lang=de");
    assert_eq!(link, Link::actors());
    assert_eq!(notices, ["Ignored lang 'de': not one of en, uk, ru."]);
    // The notices are in the reader's language; the language itself is never an unknown one.
    let (link, notices) = Link::parse_in("#/?actor=nobody&lang=uk", data, index, Lang::Uk);
    assert_eq!(link, Link::default());
    assert_eq!(
        notices,
        ["Пропущено actor 'nobody': такого учасника немає."]
    );
    let (_, notices) = Link::parse_in("#/claims?lang=ru&x=1", data, index, Lang::Ru);
    assert_eq!(notices, ["Пропущен неизвестный параметр 'x'."]);
    assert_eq!(href_in("#/", Lang::Uk), "#/?lang=uk");
    assert_eq!(
        href_in("#/?kind=meeting", Lang::Ru),
        "#/?kind=meeting&lang=ru"
    );
}

#[test]
fn only_a_timeline_or_a_story_asked_for_bare_is_embedded_and_each_lens_is_named() {
    let (link, _) = parse("#/?embed=1&kind=meeting");
    assert!(link.embedded());
    assert!(parse("#/story?actor=witkoff&embed=1").0.embedded());
    for hash in [
        "#/",
        "#/story?actor=witkoff",
        "#/events/x",
        "#/actors",
        "#/map",
        "#/claims",
        "#/nowhere",
    ] {
        assert!(!parse(hash).0.embedded(), "{hash}");
    }
    let names = |lang: Lang| Lens::ALL.map(|l| l.label(lang));
    assert_eq!(names(Lang::En), ["List", "Map", "Who met whom"]);
    assert_eq!(
        names(Lang::Uk),
        ["Список", "Карта", "Хто з ким зустрічався"]
    );
    assert_eq!(names(Lang::Ru), ["Список", "Карта", "Кто с кем встречался"]);
}

#[test]
fn a_zoomed_map_a_moved_axis_and_a_storys_pace_are_in_the_address() {
    let (link, notices) = parse("map/?actor=witkoff&zoom=4&centre=512,300");
    assert!(notices.is_empty(), "{notices:?}");
    let zoomed = Link::Map {
        filter: Filter::for_actor("witkoff"),
        zoom: Some(MapZoom {
            level: 4,
            centre: Some((512, 300)),
        }),
    };
    assert_eq!(link, zoomed);
    assert_eq!(zoomed.href(), "map/?actor=witkoff&zoom=4&centre=512%2C300");
    // A new filter keeps the zoom; another view drops it.
    let other = zoomed.with_filter(Filter::for_actor("putin"));
    assert!(matches!(other, Link::Map { zoom: Some(_), .. }));
    assert_eq!(
        Lens::Map.link(Filter::default()),
        Link::map(Filter::default())
    );
    let (link, notices) = parse("?kind=meeting&axis=2025-03-01..2025-06-30");
    assert!(notices.is_empty(), "{notices:?}");
    let day = |s| Day::parse(s).unwrap();
    let Link::Timeline { axis, .. } = &link else {
        panic!("{link:?}")
    };
    assert_eq!(*axis, Some((day("2025-03-01"), day("2025-06-30"))));
    assert_eq!(link.href(), "./?kind=meeting&axis=2025-03-01..2025-06-30");
    let (link, notices) = parse("story/?actor=witkoff&pace=10&step=2");
    assert!(notices.is_empty(), "{notices:?}");
    let Link::Story { story, .. } = &link else {
        panic!("{link:?}")
    };
    assert_eq!(story.pace, 10);
    assert_eq!(link.href(), "story/?actor=witkoff&step=2&pace=10");
    assert_eq!(
        Story::default().pace,
        PACES[0],
        "the default pace goes unwritten"
    );
}

#[test]
fn a_bad_zoom_centre_axis_or_pace_is_named_and_the_rest_applies() {
    for (address, param) in [
        ("map/?zoom=3", "zoom"),
        ("map/?zoom=16&centre=1,1", "zoom"),
        ("map/?zoom=2&centre=512", "centre"),
        ("map/?zoom=2&centre=-1,300", "centre"),
        ("map/?zoom=2&centre=a,b", "centre"),
        ("?axis=2025-06-30..2025-03-01", "axis"),
        ("?axis=2025-03-01", "axis"),
        ("?axis=2025-03-01..tomorrow", "axis"),
        ("story/?pace=5", "pace"),
        ("network/?zoom=2", "zoom"),
    ] {
        let (link, notices) = parse(&format!("{address}&actor=witkoff"));
        assert_eq!(notices.len(), 1, "{address}: {notices:?}");
        assert!(notices[0].contains(param), "{address}: {notices:?}");
        assert_eq!(
            link.lens()
                .map(|(_, f)| f.clone())
                .unwrap_or_else(|| match &link {
                    Link::Story { story, .. } => story.filter.clone(),
                    other => panic!("{other:?}"),
                }),
            Filter::for_actor("witkoff"),
            "{address}: the filter applies"
        );
    }
    // A zoom with no centre is about the map's own centre.
    let (link, notices) = parse("map/?zoom=2");
    assert!(notices.is_empty());
    assert_eq!(
        link,
        Link::Map {
            filter: Filter::default(),
            zoom: Some(MapZoom {
                level: 2,
                centre: None
            })
        }
    );
}
