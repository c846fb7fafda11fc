//! The view structs on the real dataset (and, where size matters, synthetic events), each
//! against what reading the dataset directly gives.

use crate::common;

use parley_core::facet::{Actors, Kinds, Places, FACETS};
use parley_core::html::{self, axis_mark, Markup};
use parley_core::i18n::Lang;
use parley_core::link::{ActorSort, Link};
use parley_core::query::{co_participation, run, Filter, Pair, SearchIndex};
use parley_core::source::{build, SourceFiles};
use parley_core::view::actor::ActorView;
use parley_core::view::actors::ActorsView;
use parley_core::view::axis::{Mark, MARK_SIZE};
use parley_core::view::event::EventView;
use parley_core::view::event_ref::EventRef;
use parley_core::view::label::Bounds;
use parley_core::view::network::{NetworkView, SIZE};
use parley_core::view::reader::{Block, ReaderView};
use parley_core::view::timeline::{by_month, TimelineView};
use parley_core::{ActorIx, Dataset, Day, EventIx, TextRange};

fn fixture() -> &'static (Dataset, SearchIndex, Vec<Pair>) {
    static DATA: std::sync::OnceLock<(Dataset, SearchIndex, Vec<Pair>)> =
        std::sync::OnceLock::new();
    DATA.get_or_init(|| {
        let data = common::dataset();
        let index = SearchIndex::new(&data);
        let pairs = co_participation(&index, &index.all());
        (data, index, pairs)
    })
}

fn day(text: &str) -> Day {
    Day::parse(text).expect("a valid day")
}

#[test]
fn the_timeline_lists_the_engines_results_and_every_facets_options() {
    let (data, index, _) = fixture();
    let filter = Filter::for_actor("witkoff").with(&Kinds, "meeting");
    let view = TimelineView::new(index, &filter, Lang::En);
    let result = run(index, &filter);
    assert_eq!(*view.events, *result.events);
    assert_eq!(view.total, data.events.len());
    assert_eq!(view.active, 2);
    assert_eq!(view.facets.len(), FACETS.len());
    for (choices, facet) in view.facets.iter().zip(FACETS) {
        assert_eq!(choices.facet.param(), facet.param());
        for option in &choices.options {
            let at = index.position(facet, &option.value).expect("a known value");
            assert_eq!(option.count, result.counts(facet)[at], "{}", option.value);
            assert_eq!(option.checked, filter.chosen(facet).contains(&option.value));
        }
    }
    // Every kind is listed, even at 0; an actor only with events under the filter, or chosen.
    let kinds = &view.facets[2];
    assert_eq!(kinds.options.len(), index.values(&Kinds).len());
    let actors = &view.facets[0];
    assert!(actors.options.iter().all(|o| o.count > 0 || o.checked));
    assert!(actors.options.len() < data.actors.len());
    let witkoff = actors
        .options
        .iter()
        .find(|o| o.value == "witkoff")
        .unwrap();
    assert!(witkoff.checked && witkoff.label == "Steve Witkoff");
}

#[test]
fn months_group_consecutive_events_under_their_heading() {
    let (data, _, _) = fixture();
    let all: Vec<EventIx> = (0..data.events.len()).map(EventIx::new).collect();
    let months = by_month(data, &all, Lang::En);
    let flat: Vec<EventIx> = months.iter().flat_map(|m| m.events.clone()).collect();
    assert_eq!(flat, all);
    for month in &months {
        for &i in &month.events {
            assert_eq!(
                data.events[i].date.sort_day().month_heading(Lang::En),
                month.heading
            );
        }
    }
    let headings: Vec<&str> = months.iter().map(|m| m.heading.as_str()).collect();
    let mut unique = headings.clone();
    unique.dedup();
    assert_eq!(unique, headings, "each month once");
    assert!(headings.contains(&"March 2025"));
}

#[test]
fn an_event_view_has_its_quotes_claims_and_neighbours() {
    let (data, _, _) = fixture();
    for (i, event) in data.events.iter().enumerate() {
        let view = EventView::new(data, &event.id, Lang::Uk).unwrap();
        assert_eq!(view.event, EventIx::new(i));
        assert_eq!(
            (view.id.as_str(), view.title.as_str()),
            (event.id.as_str(), event.title.get(Lang::Uk))
        );
        assert_eq!(view.kind, event.kind.label(Lang::Uk));
        // The basis is ours, in the view's language; the phrase it rests on stays English.
        let basis = format!("{}{{phrase}}{}", view.basis.0, view.basis.1);
        assert_eq!(basis, event.date.basis_template(Lang::Uk));
        assert_eq!(view.phrase, event.date.basis.phrase);
        assert_eq!(view.citations.len(), event.sources.len());
        for (citation, source) in view.citations.iter().zip(&event.sources) {
            let mut expected = html::Markup::default();
            html::citation(&mut expected, data, source, true, Lang::Uk);
            assert_eq!(citation, &expected);
        }
        let quotes: Vec<&str> = data
            .quotes
            .iter()
            .filter(|q| q.event.as_ref() == Some(&event.id))
            .map(|q| q.text.as_str())
            .collect();
        let shown: Vec<&str> = view.quotes.iter().map(|q| q.text.as_str()).collect();
        assert_eq!(shown, quotes, "quotations verbatim, in the dataset's order");
        for q in &view.quotes {
            assert!(
                data.actors
                    .iter()
                    .any(|a| a.name.get(Lang::Uk) == q.speaker),
                "{}",
                q.speaker
            );
        }
        for claim in &view.claims {
            let about = |a: &parley_core::view::claims::AccountCard| {
                a.event.as_ref().map(|e| &e.id) == Some(&event.id)
            };
            assert!(claim.accounts.iter().any(about), "{}", claim.id);
        }
        let neighbour = |j: Option<usize>| j.map(|j| data.events[j].id.clone());
        assert_eq!(view.before.map(|e| e.id), neighbour(i.checked_sub(1)));
        assert_eq!(
            view.after.map(|e| e.id),
            neighbour(Some(i + 1).filter(|&j| j < data.events.len()))
        );
    }
    let kyiv = EventView::new(
        data,
        "2026-01-29-trump-asks-putin-to-pause-kyiv-strikes",
        Lang::En,
    )
    .unwrap();
    assert!(
        !kyiv.claims.is_empty(),
        "the pause on strikes is told two ways"
    );
    assert_eq!(EventView::new(data, "no-such-event", Lang::En), None);
}

#[test]
fn an_event_is_mentioned_by_its_page_its_title_and_its_date_in_the_readers_language() {
    let (data, _, _) = fixture();
    let i = data
        .event_index("2026-01-29-trump-asks-putin-to-pause-kyiv-strikes")
        .unwrap();
    let [en, uk] =
        [Lang::En, Lang::Uk].map(|lang| EventRef::all(data, &[i, EventIx::new(0)], lang));
    assert_eq!(en[0].href, Link::event(&data.events[i].id).href());
    assert_eq!(en[1].id, data.events[0].id);
    assert_eq!(
        (en[0].title.as_str(), en[0].date.as_str()),
        (
            data.events[i].title.get(Lang::En),
            "on or before Jan 29, 2026"
        )
    );
    assert_eq!(uk[0].title, data.events[i].title.get(Lang::Uk));
    assert_eq!(uk[0].date, data.events[i].date.display(Lang::Uk));
    assert_ne!(
        uk[0].date, en[0].date,
        "the date is written in the reader's language"
    );
}

#[test]
fn an_actor_view_has_their_events_contacts_places_quotes_and_mentions() {
    let (data, index, pairs) = fixture();
    assert_eq!(ActorView::new(data, index, pairs, "nobody", Lang::En), None);
    for (a, actor) in data.actors.iter().enumerate() {
        let view = ActorView::new(data, index, pairs, &actor.id, Lang::Uk).unwrap();
        assert_eq!(
            (view.id.as_str(), view.name.as_str()),
            (actor.id.as_str(), actor.name.get(Lang::Uk))
        );
        assert_eq!(view.actor, ActorIx::new(a));
        let events: Vec<EventIx> = (0..data.events.len())
            .map(EventIx::new)
            .filter(|&i| data.events[i].has_actor(&actor.id))
            .collect();
        assert_eq!(view.events, events);
        for contact in &view.met {
            let other = &data.actors[contact.actor].id;
            let shared: Vec<EventIx> = events
                .iter()
                .copied()
                .filter(|&i| data.events[i].has_actor(other))
                .collect();
            assert_eq!(
                contact.events,
                EventRef::all(data, &shared, Lang::Uk),
                "{} and {other}",
                actor.id
            );
            assert_eq!(
                (&contact.id, contact.href.clone()),
                (other, Link::actor(other).href())
            );
            assert_eq!(
                contact.count,
                Lang::Uk.count(shared.len(), &Lang::Uk.t().shared_events)
            );
        }
        let contacts = view.met.len();
        let expected = data
            .actors
            .iter()
            .filter(|o| o.id != actor.id && events.iter().any(|&i| data.events[i].has_actor(&o.id)))
            .count();
        assert_eq!(contacts, expected);
        let placed = events
            .iter()
            .filter(|&&i| data.events[i].place.is_some())
            .count();
        assert_eq!(view.places.iter().map(|p| p.events).sum::<usize>(), placed);
        for place in &view.places {
            let id = &data.places[place.place].id;
            let link = Link::timeline(Filter::for_actor(&actor.id).with(&Places, id));
            assert_eq!(place.link, link);
            let p = &data.places[place.place];
            assert_eq!(
                place.name,
                format!("{}, {}", p.name.get(Lang::Uk), p.country.get(Lang::Uk))
            );
            assert_eq!(
                run(index, &Filter::for_actor(&actor.id).with(&Places, id))
                    .events
                    .len(),
                place.events
            );
        }
        for said in &view.quotes {
            let q = &data.quotes[said.quote];
            assert_eq!((&q.speaker, &said.text), (&actor.id, &q.text), "verbatim");
            assert_eq!(
                said.href,
                Link::source(&q.source.document, Some(q.source.range)).href()
            );
        }
        assert_eq!(
            view.quotes.len(),
            data.quotes.iter().filter(|q| q.speaker == actor.id).count()
        );
        let named = view
            .mentions
            .iter()
            .map(|d| d.sentences.len())
            .sum::<usize>();
        for of_doc in &view.mentions {
            let doc = &data.documents[of_doc.document];
            let of_actor = data
                .mentions
                .iter()
                .filter(|m| m.actor == actor.id && m.document == doc.id);
            let sentences: Vec<&str> = of_actor.map(|m| m.sentence.slice(&doc.text)).collect();
            let shown: Vec<&str> = of_doc.sentences.iter().map(|s| s.text.as_str()).collect();
            assert_eq!(shown, sentences, "verbatim, in text order");
        }
        assert_eq!(
            named,
            data.mentions.iter().filter(|m| m.actor == actor.id).count()
        );
        let published: Vec<Day> = view
            .roles
            .iter()
            .map(|r| {
                assert_eq!(r.title, actor.roles[r.role].title.get(Lang::Uk));
                data.document(&actor.roles[r.role].source.document)
                    .unwrap()
                    .published
            })
            .collect();
        assert!(
            published.windows(2).all(|w| w[0] <= w[1]),
            "roles in order of publication"
        );
        assert_eq!(view.roles.len(), actor.roles.len());
        assert_eq!(view.timeline, Link::timeline(Filter::for_actor(&actor.id)));
    }
}

#[test]
fn the_actors_list_filters_by_alias_and_sorts() {
    let (data, index, _) = fixture();
    let by_side = ActorsView::new(data, index, ActorSort::Side, "", Lang::En);
    assert_eq!(by_side.shown, data.actors.len());
    assert!(by_side.groups.iter().all(|(side, rows)| side.is_some()
        && rows
            .iter()
            .all(|r| Some(data.actors[r.actor].side) == *side)));
    let by_name = ActorsView::new(data, index, ActorSort::Name, "", Lang::En);
    let names: Vec<&str> = by_name.groups[0]
        .1
        .iter()
        .map(|r| data.actors[r.actor].name.en.as_str())
        .collect();
    assert!(names.windows(2).all(|w| w[0] <= w[1]));
    let by_events = ActorsView::new(data, index, ActorSort::Events, "", Lang::En);
    let counts: Vec<usize> = by_events.groups[0]
        .1
        .iter()
        .map(|r| r.events.len())
        .collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]));
    let by_first = ActorsView::new(data, index, ActorSort::First, "", Lang::En);
    let firsts: Vec<i32> = by_first.groups[0]
        .1
        .iter()
        .map(|r| r.events.first().map_or(i32::MAX, |&i| index.days(i).0))
        .collect();
    assert!(firsts.windows(2).all(|w| w[0] <= w[1]));
    // "Zelensky" finds Zelenskyy through folding; an alias finds its actor.
    let found = ActorsView::new(data, index, ActorSort::Name, "ZELENSKY", Lang::En);
    assert_eq!(found.shown, 1);
    assert_eq!(data.actors[found.groups[0].1[0].actor].id, "zelensky");
    assert_eq!(
        ActorsView::new(data, index, ActorSort::Side, "no such name", Lang::En).groups,
        vec![]
    );
}

#[test]
fn the_reader_covers_the_text_and_marks_every_excerpt_mention_and_target() {
    let (data, _, _) = fixture();
    assert_eq!(ReaderView::new(data, "nope", None, Lang::En), None);
    for doc in &data.documents {
        let target = doc.sentences[doc.sentences.len() / 2];
        let view = ReaderView::new(data, &doc.id, Some(target), Lang::Uk).unwrap();
        let mut lines: Vec<TextRange> = Vec::new();
        let mut firsts = 0;
        for block in &view.blocks {
            match block {
                Block::Furniture(furniture) => {
                    assert!(furniture.iter().all(|l| !doc.is_story(*l)));
                    lines.extend(furniture);
                }
                Block::Story(paragraphs) => {
                    for pieces in paragraphs {
                        let (start, end) =
                            (pieces[0].range.start, pieces.last().unwrap().range.end);
                        assert!(
                            pieces
                                .windows(2)
                                .all(|w| w[0].range.end == w[1].range.start),
                            "pieces are contiguous"
                        );
                        lines.push(TextRange { start, end });
                        for piece in pieces {
                            firsts += usize::from(piece.first_of_target);
                            assert_eq!(piece.target, target.contains(piece.range));
                            let cited = data
                                .events
                                .iter()
                                .flat_map(|e| &e.sources)
                                .any(|s| s.document == doc.id && s.range.contains(piece.range));
                            assert_eq!(piece.cited, cited);
                            assert_eq!(piece.mention.is_some(), piece.mention_href.is_some());
                            if let Some(actor) = piece.mention {
                                let id = &data.actors[actor].id;
                                let href = Link::actor(id).href();
                                assert_eq!(piece.mention_href.as_deref(), Some(href.as_str()));
                                assert!(data.mentions.iter().any(|m| &m.actor == id
                                    && m.document == doc.id
                                    && m.range.contains(piece.range)));
                            }
                        }
                    }
                }
            }
        }
        assert_eq!(firsts, 1, "one anchor to scroll to in {}", doc.id);
        let expected: Vec<TextRange> = {
            let mut offset = 0;
            doc.text
                .split('\n')
                .filter_map(|line| {
                    let range = TextRange::new(offset, offset + line.len());
                    offset += line.len() + 1;
                    (!line.trim().is_empty()).then_some(range)
                })
                .collect()
        };
        assert_eq!(lines, expected, "every non-blank line once, in order");
        // Each excerpt starts and ends once, where its events' links stand.
        let story_pieces: Vec<_> = view
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Story(p) => Some(p),
                _ => None,
            })
            .flatten()
            .flatten()
            .collect();
        for source in data
            .events
            .iter()
            .flat_map(|e| &e.sources)
            .filter(|s| s.document == doc.id)
        {
            assert_eq!(
                story_pieces
                    .iter()
                    .filter(|p| p.starts.contains(&source.range))
                    .count(),
                1
            );
            let ends = story_pieces
                .iter()
                .filter(|p| p.range.end == source.range.end && !p.ends.is_empty())
                .count();
            assert!(ends >= 1);
            // The events are named in the view's language, each citing this excerpt.
            let ending = story_pieces
                .iter()
                .filter(|p| p.range.end == source.range.end);
            for cite in ending.flat_map(|p| p.ends.iter().flatten()) {
                let event = data.event(&cite.id).unwrap();
                assert_eq!(cite.title, event.title.get(Lang::Uk));
                assert!(event
                    .sources
                    .iter()
                    .any(|s| s.document == doc.id && s.range.end == source.range.end));
            }
        }
    }
}

#[test]
fn the_network_is_every_pair_on_a_circle() {
    let (data, index, pairs) = fixture();
    let view = NetworkView::new(
        data,
        index,
        &Filter::default(),
        &index.all(),
        Lang::En,
        f64::sin_cos,
    );
    assert_eq!(
        (view.matched, view.total),
        (data.events.len(), data.events.len())
    );
    let with_events = (0..data.actors.len())
        .filter(|&a| !index.events_of(ActorIx::new(a)).is_empty())
        .count();
    assert_eq!(view.nodes.len(), with_events);
    for node in &view.nodes {
        let (dx, dy) = (node.x - SIZE / 2.0, node.y - SIZE / 2.0);
        assert!(((dx * dx + dy * dy).sqrt() - 290.0).abs() < 1e-6);
        assert_eq!(node.events, index.events_of(node.actor).len());
    }
    assert_eq!(view.nodes[0].x, SIZE / 2.0, "the first node is at the top");
    let sides: Vec<usize> = view
        .nodes
        .iter()
        .map(|n| {
            parley_core::Side::ALL
                .iter()
                .position(|s| *s == data.actors[n.actor].side)
                .unwrap()
        })
        .collect();
    assert!(sides.windows(2).all(|w| w[0] <= w[1]), "grouped by side");
    assert_eq!(view.edges.len(), pairs.len());
    for (edge, pair) in view.edges.iter().zip(pairs) {
        assert_eq!(
            (edge.a, edge.b, &edge.events),
            (pair.a, pair.b, &pair.events)
        );
        let filter =
            Filter::for_actor(&data.actors[pair.a].id).with(&Actors, &data.actors[pair.b].id);
        assert_eq!(run(index, &filter).events, edge.events);
        assert_eq!(edge.link, Link::timeline(filter));
        let a = view.node(pair.a).unwrap();
        assert_eq!(edge.from, (a.x, a.y));
        let (a_id, b_id) = (&data.actors[pair.a].id, &data.actors[pair.b].id);
        assert_eq!((&edge.a_id, &edge.b_id), (a_id, b_id));
        let count = Lang::En.count(pair.events.len(), &Lang::En.t().shared_events);
        let (a_name, b_name) = (
            data.actors[pair.a].name.get(Lang::En),
            data.actors[pair.b].name.get(Lang::En),
        );
        assert_eq!(edge.label, format!("{a_name} – {b_name}: {count}"));
    }
    assert!(view
        .matrix
        .iter()
        .all(|&a| view.edges.iter().any(|e| e.a == a || e.b == a)));
    // The matrix: each cell the pair of its row and column, either way round; none on the
    // diagonal, none where the two share nothing.
    assert_eq!(view.cells.len(), view.matrix.len());
    for (r, &row) in view.matrix.iter().enumerate() {
        for (c, &col) in view.matrix.iter().enumerate() {
            let pair = view
                .edges
                .iter()
                .position(|e| (e.a, e.b) == (row.min(col), row.max(col)));
            assert_eq!(view.cells[r][c], pair.filter(|_| r != c), "{r}, {c}");
        }
    }
    for node in &view.nodes {
        let actor = &data.actors[node.actor];
        assert_eq!(
            (&node.id, &node.href, node.side),
            (&actor.id, &Link::actor(&actor.id).href(), actor.side)
        );
    }
    // An actor's contacts: every pair it is in, heaviest first, named by the other actor.
    for node in &view.nodes {
        let contacts: Vec<_> = view.contacts(node.actor).collect();
        let expected: Vec<ActorIx> = pairs
            .iter()
            .filter(|p| p.a == node.actor || p.b == node.actor)
            .map(|p| if p.a == node.actor { p.b } else { p.a })
            .collect();
        assert_eq!(
            contacts.iter().map(|(other, _)| *other).collect::<Vec<_>>(),
            expected
        );
        for (other, edge) in contacts {
            assert_eq!(
                (edge.a.min(edge.b), edge.a.max(edge.b)),
                (node.actor.min(other), node.actor.max(other))
            );
        }
    }
}

/// The `href`s of a page, unescaped.
fn hrefs(page: &str) -> Vec<String> {
    page.split("href=\"")
        .skip(1)
        .map(|rest| {
            let value = &rest[..rest.find('"').unwrap()];
            value
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&")
        })
        .collect()
}

#[test]
fn every_link_of_the_static_page_opens_a_real_view() {
    let (data, index, _) = fixture();
    let all: Vec<EventIx> = (0..data.events.len()).map(EventIx::new).collect();
    let page = html::static_page(data, &all);
    let links = hrefs(&page);
    assert!(links.len() > data.events.len() * 2, "{} links", links.len());
    for href in links {
        let (link, notices) = Link::parse(&href, data, index);
        assert!(notices.is_empty(), "{href}: {notices:?}");
        let real = match &link {
            Link::Event { id } => data.event(id).is_some(),
            Link::Actor { id } => data.actor(id).is_some(),
            Link::Source { id, at } => data.document(id).is_some() && at.is_some(),
            _ => false,
        };
        assert!(real, "{href} opens {link:?}");
    }
    for event in &data.events {
        assert!(
            page.contains(&format!("href=\"{}\"", Link::event(&event.id).href())),
            "{}",
            event.id
        );
    }
}

#[test]
fn each_facet_lists_its_values_with_their_labels() {
    let (data, index, _) = fixture();
    let legends: Vec<&str> = FACETS.iter().map(|f| f.legend(Lang::En)).collect();
    assert_eq!(
        legends,
        [
            "Actors (all of)",
            "Side",
            "Kind",
            "Status",
            "Topic",
            "Place"
        ]
    );
    let labels = |facet: &dyn parley_core::facet::Facet| -> Vec<(String, String)> {
        let values = index.values(facet).iter();
        values
            .map(|v| (v.slug.clone(), v.label.en.clone()))
            .collect()
    };
    let actors: Vec<(String, String)> = data
        .actors
        .iter()
        .map(|a| (a.id.clone(), a.name.en.clone()))
        .collect();
    assert_eq!(labels(&Actors), actors);
    let places: Vec<(String, String)> = data
        .places
        .iter()
        .map(|p| (p.id.clone(), p.name.en.clone()))
        .collect();
    assert_eq!(labels(&Places), places);
    let topics = labels(&parley_core::facet::Topics);
    assert_eq!(
        topics.iter().map(|(s, _)| s.clone()).collect::<Vec<_>>(),
        data.topics.iter().map(|t| t.id.clone()).collect::<Vec<_>>()
    );
    assert!(topics.contains(&(
        "energy-strikes".to_string(),
        "Strikes on energy".to_string()
    )));
    assert_eq!(
        labels(&parley_core::facet::Sides)[0],
        ("us".to_string(), "United States".to_string())
    );
    assert_eq!(
        labels(&Kinds)[1],
        ("meeting".to_string(), "Visit or meeting".to_string())
    );
    assert_eq!(
        labels(&parley_core::facet::Statuses)[5],
        ("cancelled".to_string(), "Cancelled".to_string())
    );
    // The index knows how many events it covers.
    assert_eq!(index.len(), data.events.len());
    assert!(!index.is_empty());
    assert!(SearchIndex::new(&Dataset {
        events: Vec::new(),
        ..data.clone()
    })
    .is_empty());
}

#[test]
fn a_filter_is_empty_only_when_nothing_is_chosen() {
    assert!(Filter::default().is_empty());
    assert!(!Filter::for_actor("witkoff").is_empty());
    assert!(!Filter {
        text: "x".into(),
        ..Filter::default()
    }
    .is_empty());
    assert_eq!(Filter::default().active(), 0);
    let dated = Filter {
        from: Some(day("2025-01-01")),
        to: Some(day("2025-02-01")),
        ..Filter::default()
    };
    assert_eq!(dated.active(), 2);
    assert_eq!(
        Filter {
            text: "  ".into(),
            ..Filter::default()
        }
        .active(),
        0,
        "blank search is no constraint"
    );
}

// The cards' markup against the hostile fixture (`tests/fixtures/hostile`: markup and script
// payloads in titles, summaries, excerpts and names): every value comes out as text, so the
// markup holds only its own tags and attributes.

fn hostile() -> Dataset {
    let root = common::repository_root().join("tests/fixtures/hostile");
    build(&SourceFiles::read(&root).expect("the fixture is readable")).expect("the fixture builds")
}

/// The names of the tags opened in `markup`, and of the attributes given in them.
fn tags_and_attributes(markup: &str) -> (Vec<String>, Vec<String>) {
    let (mut tags, mut attributes) = (Vec::new(), Vec::new());
    for tag in markup.split('<').skip(1) {
        let body = &tag[..tag.find('>').expect("every tag closes")];
        if body.starts_with('/') {
            continue;
        }
        let mut words = body.split_whitespace();
        tags.push(words.next().unwrap_or_default().to_string());
        // Attribute values are quoted and escaped, so a space or `=` inside one cannot start
        // another attribute: names are what precedes each `="`.
        for part in body.split("=\"").collect::<Vec<_>>().iter().rev().skip(1) {
            let name = part.rsplit([' ', '"']).next().unwrap_or_default();
            attributes.push(name.to_string());
        }
    }
    (tags, attributes)
}

#[test]
fn hostile_text_in_cards_and_axis_marks_is_only_ever_text() {
    let data = hostile();
    let allowed_tags = [
        "article",
        "header",
        "div",
        "span",
        "time",
        "details",
        "summary",
        "p",
        "h3",
        "a",
        "dl",
        "dt",
        "dd",
        "ul",
        "li",
        "cite",
        "blockquote",
        "q",
        "title",
        "rect",
    ];
    let allowed_attributes = [
        "class",
        "data-event-id",
        "data-status",
        "data-kind",
        "data-place",
        "datetime",
        "href",
        "cite",
        "lang",
        "open",
        "aria-label",
        "x",
        "y",
        "width",
        "height",
        "rx",
    ];
    assert!(!data.events.is_empty());
    for i in (0..data.events.len()).map(EventIx::new) {
        let mut markup = html::event_card(&data, i, Lang::En).into_string();
        let mut mark = Markup::default();
        axis_mark(
            &mut mark,
            &data,
            &Mark {
                events: vec![i],
                x: 200.0,
                y: 10.0,
                width: MARK_SIZE,
                group: None,
            },
            Lang::En,
        );
        markup.push_str(mark.as_str());
        let (tags, attributes) = tags_and_attributes(&markup);
        for tag in &tags {
            assert!(
                allowed_tags.contains(&tag.as_str()),
                "tag <{tag}> in {markup}"
            );
        }
        for attribute in &attributes {
            assert!(
                allowed_attributes.contains(&attribute.as_str()),
                "attribute {attribute} in {markup}"
            );
        }
        let event = &data.events[i];
        let mut title = Markup::default();
        title.text(&event.title.en);
        assert!(markup.contains(title.as_str()), "the title, escaped");
        assert!(!markup.contains("<script") && !markup.contains("<img"));
    }
    let page = html::static_page(
        &data,
        &(0..data.events.len()).map(EventIx::new).collect::<Vec<_>>(),
    );
    assert!(!page.contains("<script") && !page.contains("<img"));
}

#[test]
fn facets_are_equal_by_their_parameter_and_show_it() {
    use parley_core::facet::{Facet, Sides};
    use parley_core::query::FilterAction;
    let toggle = |facet: &'static dyn Facet| FilterAction::Toggle(facet, "x".into());
    assert_eq!(toggle(&Kinds), toggle(&Kinds));
    assert_ne!(toggle(&Kinds), toggle(&Sides));
    assert_eq!(format!("{:?}", toggle(&Places)), "Toggle(place, \"x\")");
}

#[test]
fn a_card_shows_the_date_kind_status_place_people_topics_and_every_citation() {
    let (data, _, _) = fixture();
    let card =
        |id: &str| html::event_card(data, data.event_index(id).unwrap(), Lang::En).into_string();
    let escaped = |text: &str| {
        let mut out = Markup::default();
        out.text(text);
        out.into_string()
    };
    let held = card("2025-03-13-witkoff-putin-moscow");
    let event = data.event("2025-03-13-witkoff-putin-moscow").unwrap();
    assert!(held.contains(&format!(
        "<time datetime=\"{}\">{}</time>",
        event.date.iso(),
        event.date.display(Lang::En)
    )));
    assert!(
        held.contains(&format!(
            "<q lang=\"en\">{}</q>",
            escaped(&event.date.basis.phrase)
        )),
        "the date's basis"
    );
    assert!(held.contains("<span class=\"kind\">Visit or meeting</span>"));
    assert!(
        !held.contains("class=\"status "),
        "held needs no status label"
    );
    assert!(held.contains("<dt>Place</dt><dd>Moscow, Russia</dd>"));
    assert!(held.contains(">Steve Witkoff</a><span class=\"role\"> (US, visitor)</span>"));
    assert!(held.contains(">Vladimir Putin</a><span class=\"role\"> (Russia, host)</span>"));
    assert!(held.contains("<li>Ceasefire</li><li>Negotiations</li>"));
    for source in &event.sources {
        let href = Link::source(&source.document, Some(source.range)).href();
        assert!(held.contains(&format!(
            "<blockquote cite=\"{href}\" lang=\"en\">{}</blockquote>",
            escaped(&source.excerpt)
        )));
        assert!(held.contains(&format!(
            "<a class=\"in-context\" href=\"{href}\">Read in context</a>"
        )));
    }
    assert_eq!(
        held.matches("<details class=\"citation\">").count(),
        event.sources.len()
    );

    let claimed = card("2025-02-12-putin-invites-trump-to-moscow");
    assert!(claimed.contains("<span class=\"status status-claimed\">Claimed</span>"));
    let nobody = card("2026-01-01-world-economic-forum-davos");
    assert!(!nobody.contains("<dt>Who</dt>"), "no participants, no list");
    assert!(held.contains("<dt>Who</dt>") && held.contains("<dt>Topics</dt>"));

    // An open citation shows its excerpt at once; a side is written out beside its colour.
    let mut open = Markup::default();
    html::citation(&mut open, data, &event.sources[0], true, Lang::En);
    assert!(open
        .as_str()
        .starts_with("<details class=\"citation\" open=\"\">"));
    assert_eq!(html::side_tag(parley_core::Side::Us, Lang::En), "US");
    assert_eq!(
        html::side_tag(parley_core::Side::Europe, Lang::En),
        "Europe"
    );
}

#[test]
fn counts_read_in_the_singular_only_for_one() {
    let t = Lang::En.t();
    assert_eq!(Lang::En.count(0, &t.events), "0 events");
    assert_eq!(Lang::En.count(1, &t.events), "1 event");
    assert_eq!(Lang::En.count(2, &t.shared_events), "2 shared events");
}

#[test]
fn the_reader_groups_lines_into_blocks_and_ends_each_excerpt_with_its_events() {
    let (data, _, _) = fixture();
    for doc in &data.documents {
        let view = ReaderView::new(data, &doc.id, None, Lang::En).unwrap();
        let story = |b: &Block| matches!(b, Block::Story(_));
        assert!(
            view.blocks.windows(2).all(|w| story(&w[0]) != story(&w[1])),
            "consecutive lines of story, or of furniture, are one block"
        );
        // The excerpts of this document, each with the events that cite it.
        let mut cited: Vec<(TextRange, Vec<EventIx>)> = Vec::new();
        for (i, event) in data.events.iter().enumerate() {
            for source in event.sources.iter().filter(|s| s.document == doc.id) {
                match cited.iter_mut().find(|(r, _)| *r == source.range) {
                    Some((_, events)) => events.push(EventIx::new(i)),
                    None => cited.push((source.range, vec![EventIx::new(i)])),
                }
            }
        }
        cited.sort_by_key(|(r, _)| *r);
        for block in &view.blocks {
            let Block::Story(paragraphs) = block else {
                continue;
            };
            for piece in paragraphs.iter().flatten() {
                let ending: Vec<Vec<EventRef>> = cited
                    .iter()
                    .filter(|(r, _)| r.end == piece.range.end)
                    .map(|(_, events)| EventRef::all(data, events, Lang::En))
                    .collect();
                assert_eq!(piece.ends, ending, "{} at {:?}", doc.id, piece.range);
            }
        }
    }
}

#[test]
fn the_actors_list_finds_a_name_written_in_any_language() {
    use parley_core::i18n::Lang;
    use parley_core::link::ActorSort;
    use parley_core::view::actors::ActorsView;
    let data = common::dataset();
    let index = SearchIndex::new(&data);
    for (n, actor) in data.actors.iter().enumerate() {
        for written in Lang::ALL {
            let view = ActorsView::new(
                &data,
                &index,
                ActorSort::Name,
                actor.name.get(written),
                Lang::En,
            );
            let rows = view.groups.iter().flat_map(|(_, rows)| rows);
            assert!(
                rows.map(|r| r.actor.get()).any(|a| a == n),
                "{} by «{}»",
                actor.id,
                actor.name.get(written)
            );
        }
    }
}

#[test]
fn an_actors_badge_shows_the_initials_of_their_name_in_each_language() {
    use parley_core::i18n::Lang;
    let data = common::dataset();
    let initials = |id: &str, lang| data.actor(id).unwrap().initials(lang);
    assert_eq!(initials("witkoff", Lang::En), "SW");
    assert_eq!(initials("witkoff", Lang::Uk), "СВ");
    assert_eq!(initials("witkoff", Lang::Ru), "СУ");
    // Two at most, and only from words that start with a capital.
    assert_eq!(initials("european-allies", Lang::En), "E");
    assert_eq!(initials("kremlin", Lang::En), "TK");
    assert_eq!(initials("kremlin", Lang::Uk), "К");
    for actor in &data.actors {
        for lang in Lang::ALL {
            let badge = actor.initials(lang);
            assert!(
                (1..=2).contains(&badge.chars().count()),
                "{} in {lang:?}: {badge}",
                actor.id
            );
            assert!(actor
                .name
                .get(lang)
                .starts_with(badge.chars().next().unwrap()));
        }
    }
}

#[test]
fn a_citation_says_its_quote_is_in_english_only_on_a_page_in_another_language() {
    use parley_core::i18n::Lang;
    let data = common::dataset();
    let source = &data.events[0].sources[0];
    let cite = |lang| {
        let mut out = Markup::default();
        html::citation(&mut out, &data, source, true, lang);
        out.into_string()
    };
    assert!(!cite(Lang::En).contains("original-note"));
    for lang in [Lang::Uk, Lang::Ru] {
        let markup = cite(lang);
        assert!(markup.contains(&format!(
            "<p class=\"original-note\">{}</p>",
            lang.t().quoted_in_english
        )));
        assert!(
            markup.contains("lang=\"en\">"),
            "the excerpt is marked English"
        );
    }
}

#[test]
fn every_actors_name_is_drawn_whole_inside_the_network_in_every_language_and_width() {
    let (data, index, _) = fixture();
    let drawing = Bounds {
        left: 0.0,
        top: 0.0,
        right: SIZE,
        bottom: SIZE,
    };
    for lang in Lang::ALL {
        for query in ["", "side=ukraine", "from=2026-01-01"] {
            let (filter, _) = parley_core::link::parse_filter(query, index);
            let events = run(index, &filter).events;
            let view = NetworkView::new(data, index, &filter, &events, lang, f64::sin_cos);
            // The drawing from 1,400 CSS pixels wide down to 560, where names are still shown.
            for unit in [SIZE / 1400.0, 1.0, SIZE / 700.0, SIZE / 560.0] {
                let labels = view.labels(unit);
                assert_eq!(labels.len(), view.nodes.len());
                for (node, label) in view.nodes.iter().zip(&labels) {
                    assert!(
                        drawing.holds(&label.bounds),
                        "{lang:?} {query:?} at {unit}: {} leaves the drawing: {:?}",
                        node.name,
                        label.bounds
                    );
                    assert_eq!(node.name, data.actors[node.actor].name.get(lang));
                    // Clear of its own node.
                    let disc = Bounds::around(node.x, node.y, node.r * 0.7);
                    assert!(
                        !disc.overlaps(&label.bounds),
                        "{} covers its node",
                        node.name
                    );
                }
            }
        }
    }
}

#[test]
fn every_link_opens_its_own_view_as_each_views_constructor_computes_it() {
    use parley_core::link::{Lens, Story};
    use parley_core::source::atlas::{build_atlas, COUNTRIES_110M};
    use parley_core::view::map::MapView;
    use parley_core::view::story::StoryView;
    use parley_core::view::{Corpus, View};
    let (data, index, pairs) = fixture();
    let atlas = build_atlas(COUNTRIES_110M, &data.places).expect("the vendored outlines build");
    let corpus = Corpus {
        data,
        index,
        atlas: &atlas,
        pairs: &|| pairs,
        sin_cos: f64::sin_cos,
    };
    let lang = Lang::Uk;
    let filter = Filter::for_actor("witkoff");
    let selected = run(index, &filter).events;
    let view = |link: &Link| View::for_link(corpus, link, lang);

    let View::Timeline { list, map } = view(&Link::timeline(filter.clone())) else {
        panic!("the timeline's link opens the timeline");
    };
    assert_eq!(*list, TimelineView::new(index, &filter, lang));
    let on_list = MapView::new(
        data,
        &atlas,
        &filter,
        &selected,
        data.events.len(),
        Lens::List,
        lang,
    );
    assert_eq!(*map, on_list);

    let View::Map { filters, map } = view(&Lens::Map.link(filter.clone())) else {
        panic!("the map's link opens the map");
    };
    assert_eq!(*filters.events, *selected);
    let on_map = MapView::new(
        data,
        &atlas,
        &filter,
        &selected,
        data.events.len(),
        Lens::Map,
        lang,
    );
    assert_eq!(*map, on_map);
    assert_ne!(
        on_map, on_list,
        "the map's markers lead to the map, the list's to the list"
    );
    let View::Network { filters, network } = view(&Lens::Network.link(filter.clone())) else {
        panic!("the network's link opens the network");
    };
    let expected = NetworkView::new(data, index, &filter, &selected, lang, f64::sin_cos);
    assert_eq!(
        (filters.events.to_vec(), &*network),
        (selected.clone(), &expected)
    );

    let story = Story {
        filter: filter.clone(),
        ..Story::default()
    };
    let link = Link::Story {
        story: story.clone(),
        step: 2,
        embed: false,
    };
    let View::Story { story: shown, .. } = view(&link) else {
        panic!("a story's link opens the story");
    };
    assert_eq!(*shown, StoryView::new(data, index, &story, 2, false, lang));

    let event = &data.events[0].id;
    assert!(
        matches!(view(&Link::event(event)), View::Event(Some(v)) if *v == EventView::new(data, event, lang).unwrap())
    );
    assert_eq!(view(&Link::event("no-such-event")), View::Event(None));
    let witkoff = ActorView::new(data, index, pairs, "witkoff", lang).unwrap();
    assert!(matches!(view(&Link::actor("witkoff")), View::Actor(Some(v)) if *v == witkoff));
    assert_eq!(view(&Link::actor("nobody")), View::Actor(None));
    let actors = ActorsView::new(data, index, ActorSort::Name, "wit", lang);
    let link = Link::Actors {
        sort: ActorSort::Name,
        text: "wit".into(),
    };
    assert!(matches!(view(&link), View::Actors(v) if *v == actors));
    let document = &data.documents[0].id;
    let reader = ReaderView::new(data, document, None, lang).unwrap();
    assert!(matches!(view(&Link::source(document, None)), View::Source(Some(v)) if *v == reader));
    let View::Claims(claims) = view(&Link::Claims) else {
        panic!("the claims' link opens the claims");
    };
    assert_eq!(claims.len(), data.claims.len());
    assert_eq!(view(&Link::NotFound), View::NotFound);

    // The app computes a view again only when the link without its viewport changes: no view
    // may depend on the axis's span or the map's zoom.
    let day = |s: &str| parley_core::Day::parse(s).unwrap();
    let panned = Link::Timeline {
        filter: filter.clone(),
        picks: Vec::new(),
        embed: false,
        axis: Some((day("2025-06-01"), day("2025-09-30"))),
    };
    let zoomed = Link::Map {
        filter: filter.clone(),
        zoom: Some(parley_core::atlas::MapZoom {
            level: 4,
            centre: Some((512, 300)),
        }),
    };
    for link in [panned, zoomed] {
        let unzoomed = link.without_viewport();
        assert_ne!(link, unzoomed);
        assert_eq!(view(&link), view(&unzoomed), "{}", link.href());
    }
}

#[test]
fn an_actors_card_carries_its_name_role_count_and_span_in_the_readers_language() {
    let (data, index, _) = fixture();
    let view = ActorsView::new(data, index, ActorSort::Events, "", Lang::Ru);
    for row in view.groups.iter().flat_map(|(_, rows)| rows) {
        let actor = &data.actors[row.actor];
        assert_eq!(
            (row.id.as_str(), row.name.as_str()),
            (actor.id.as_str(), actor.name.get(Lang::Ru))
        );
        assert_eq!(row.href, Link::actor(&actor.id).href());
        assert!(
            row.role
                .ends_with(&format!(" · {}", actor.side.label(Lang::Ru))),
            "{}",
            row.role
        );
        assert_eq!(
            row.count,
            Lang::Ru.count(row.events.len(), &Lang::Ru.t().events)
        );
        let dates: Vec<String> = row
            .events
            .iter()
            .map(|&i| data.events[i].date.display(Lang::Ru))
            .collect();
        match (dates.first(), dates.last()) {
            (Some(first), Some(last)) => assert_eq!(
                row.span.as_deref(),
                Some(format!("{first} – {last}").as_str())
            ),
            _ => assert_eq!(row.span, None),
        }
    }
}

#[test]
fn a_claims_accounts_carry_who_what_the_excerpt_and_the_event() {
    use parley_core::view::claims::ClaimCard;
    let (data, _, _) = fixture();
    let cards = ClaimCard::all(data, Lang::Uk);
    assert_eq!(cards.len(), data.claims.len());
    for (card, claim) in cards.iter().zip(&data.claims) {
        assert_eq!(card.question, claim.question.get(Lang::Uk));
        for (shown, account) in card.accounts.iter().zip(&claim.accounts) {
            let actor = data
                .actor(&account.actor)
                .expect("every account's actor is known");
            assert_eq!(
                (shown.name.as_str(), shown.side),
                (actor.name.get(Lang::Uk), Some(actor.side))
            );
            assert_eq!(shown.says, account.says.get(Lang::Uk));
            let mut citation = html::Markup::default();
            html::citation(&mut citation, data, &account.source, true, Lang::Uk);
            assert_eq!(shown.citation, citation);
            assert_eq!(shown.event.as_ref().map(|e| &e.id), account.event.as_ref());
        }
    }
}

#[test]
fn a_slide_names_the_participants_by_side_and_the_place_and_the_handout_leaves_out_the_accounts() {
    use parley_core::view::slide::Slide;
    let (data, _, _) = fixture();
    for (i, event) in data.events.iter().enumerate() {
        let slide = Slide::new(data, EventIx::new(i), true, Lang::En);
        let names: usize = slide.sides.iter().map(|(_, actors)| actors.len()).sum();
        assert_eq!(names, event.actors.len(), "{}", event.id);
        for (side, actors) in &slide.sides {
            for a in actors {
                let actor = data
                    .actors
                    .iter()
                    .find(|x| x.name.get(Lang::En) == a.name)
                    .unwrap();
                assert_eq!(
                    (actor.side, a.href.clone()),
                    (*side, Link::actor(&actor.id).href())
                );
            }
        }
        let place = event.place.as_deref().and_then(|p| data.place(p));
        let expected =
            place.map(|p| format!("{}, {}", p.name.get(Lang::En), p.country.get(Lang::En)));
        assert_eq!(
            (slide.place, slide.place_id.as_ref()),
            (expected, event.place.as_ref())
        );
        let printed = Slide::new(data, EventIx::new(i), false, Lang::En);
        assert!(printed.event.claims.is_empty());
        assert_eq!(printed.event.title, slide.event.title);
    }
}
