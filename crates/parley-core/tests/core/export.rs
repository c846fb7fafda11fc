//! The exports list every event, with verbatim excerpts, in valid formats.

use crate::common;

use parley_core::i18n::Lang;
use parley_core::{export, EventIx};
use proptest::prelude::*;

#[test]
fn json_is_the_documented_schema_with_every_event() {
    let data = common::dataset();
    let json: serde_json::Value = serde_json::from_str(&export::json(&data)).unwrap();
    for key in [
        "documents",
        "actors",
        "places",
        "events",
        "quotes",
        "claims",
        "mentions",
        "version",
    ] {
        assert!(json.get(key).is_some(), "{key} is missing");
    }
    let events = json["events"].as_array().unwrap();
    assert_eq!(events.len(), data.events.len());
    for (json, event) in events.iter().zip(&data.events) {
        for key in [
            "id", "title", "kind", "status", "date", "place", "actors", "topics", "sources",
        ] {
            assert!(json.get(key).is_some(), "{key} missing on {}", event.id);
        }
        for key in ["start", "end", "precision", "basis"] {
            assert!(json["date"].get(key).is_some());
        }
        assert_eq!(
            json["sources"][0]["excerpt"],
            event.sources[0].excerpt.as_str()
        );
    }
    assert_eq!(
        json["events"][0]["date"]["start"],
        data.events[0].date.start.unwrap().to_string().as_str()
    );
}

#[test]
fn csv_has_one_row_per_event_with_its_excerpts() {
    let data = common::dataset();
    let all: Vec<EventIx> = (0..data.events.len()).map(EventIx::new).collect();
    let text = export::csv(&data, &all, None, Lang::En);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        export::csv_columns(Lang::En)
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), data.events.len());
    for (row, event) in rows.iter().zip(&data.events) {
        assert_eq!(&row[0], event.id);
        assert!(row[11].contains(&event.sources[0].excerpt));
    }
}

#[test]
fn ics_is_an_rfc5545_calendar_with_one_vevent_per_event() {
    let data = common::dataset();
    let all: Vec<EventIx> = (0..data.events.len()).map(EventIx::new).collect();
    let text = export::ics(&data, &all, None, Lang::En);
    assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(text.trim_end().ends_with("END:VCALENDAR"));
    assert_eq!(text.matches("BEGIN:VEVENT\r\n").count(), data.events.len());
    assert!(
        text.split("\r\n").all(|line| !line.contains('\n')),
        "lines end in CRLF"
    );
    for event in &data.events {
        assert!(text.contains(&format!("UID:{}@parley", event.id)));
    }
    // All-day events end the day after their last day (DTEND is exclusive).
    assert!(
        text.contains("DTSTART;VALUE=DATE:20251201\r\n")
            && text.contains("DTEND;VALUE=DATE:20251206\r\n")
    );
    // Unfolded, the text of an excerpt survives with RFC 5545 escaping.
    let unfolded = text.replace("\r\n ", "");
    assert!(unfolded.contains("Witkoff had also traveled to Moscow earlier in the week"));
}

#[test]
fn each_status_is_said_the_way_its_format_says_it() {
    // The seeds report no cancelled event: one is made so.
    let mut data = common::dataset();
    data.events[0].status = parley_core::Status::Cancelled;
    let all: Vec<EventIx> = (0..data.events.len()).map(EventIx::new).collect();
    // iCalendar: held events are confirmed, cancelled ones cancelled, the rest tentative.
    let ics = export::ics(&data, &all, None, Lang::En);
    let mut statuses = std::collections::BTreeSet::new();
    for (vevent, event) in ics.split("BEGIN:VEVENT\r\n").skip(1).zip(&data.events) {
        assert!(vevent.contains(&format!("UID:{}@parley", event.id)));
        let expected = match event.status {
            parley_core::Status::Held => "CONFIRMED",
            parley_core::Status::Cancelled => "CANCELLED",
            _ => "TENTATIVE",
        };
        assert!(
            vevent.contains(&format!("\r\nSTATUS:{expected}\r\n")),
            "{}",
            event.id
        );
        statuses.insert(expected);
    }
    assert_eq!(statuses.len(), 3, "the seeds have all three");
    // Markdown: every status but "held" is written beside the date.
    let md = export::markdown(&data, &all, "https://example.org/", Lang::En);
    for event in &data.events {
        let line = md.lines().find(|l| l.contains(&event.title.en)).unwrap();
        let said = format!("** ({}): ", event.status.label(Lang::En).to_lowercase());
        assert_eq!(
            line.contains(&said),
            event.status != parley_core::Status::Held,
            "{line}"
        );
    }
}

/// The VEVENTs of a calendar as an independent parser (the `icalendar` crate's) reads them.
fn read_vevents(ics: &str) -> Vec<(String, String)> {
    let unfolded = icalendar::parser::unfold(ics);
    let calendar = icalendar::parser::read_calendar(&unfolded).expect("a valid iCalendar");
    calendar
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .map(|c| {
            let text = |name: &str| c.find_prop(name).map(|p| p.val.as_str().to_string());
            (text("SUMMARY").unwrap(), text("DESCRIPTION").unwrap())
        })
        .collect()
}

#[test]
fn ics_reads_back_through_an_independent_parser() {
    let data = common::dataset();
    let all: Vec<EventIx> = (0..data.events.len()).map(EventIx::new).collect();
    let text = export::ics(
        &data,
        &all,
        Some("https://example.org/#/?kind=meeting,phone-call"),
        Lang::En,
    );
    assert!(
        text.split("\r\n").all(|line| line.len() <= 75),
        "content lines are folded at 75 octets"
    );
    let vevents = read_vevents(&text);
    assert_eq!(vevents.len(), data.events.len());
    for ((summary, description), event) in vevents.iter().zip(&data.events) {
        assert_eq!(summary, &event.title.en);
        assert!(description.starts_with(&event.summary.en), "{}", event.id);
        for source in &event.sources {
            assert!(description.contains(&source.excerpt), "{}", event.id);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Any title and summary (commas, semicolons, backslashes, quotes, line breaks, any script)
    /// survives both writers as the `csv` and `icalendar` crates read them back.
    #[test]
    fn any_text_survives_csv_and_ics(
        title in "[a-zA-Zа-яё ,;:\\\\\"'\n\r–“”]{0,120}",
        summary in "\\PC{0,200}",
    ) {
        let mut data = common::dataset();
        data.events[0].title = parley_core::i18n::Text::same(&title);
        data.events[0].summary = parley_core::i18n::Text::same(&summary);
        let csv_text = export::csv(&data, &[EventIx::new(0)], None, Lang::En);
        let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
        let row = reader.records().next().unwrap().unwrap();
        prop_assert_eq!(&row[1], title.as_str());
        prop_assert_eq!(&row[12], summary.as_str());

        let (ics_title, ics_description) = read_vevents(&export::ics(&data, &[EventIx::new(0)], None, Lang::En)).remove(0);
        // iCalendar has no carriage returns inside a TEXT value: the writer drops them.
        prop_assert_eq!(ics_title, title.replace('\r', ""));
        prop_assert!(ics_description.starts_with(&summary.replace('\r', "")));
    }
}

#[test]
fn view_exports_record_the_version_and_the_view() {
    let data = common::dataset();
    let some: Vec<EventIx> = [0, 3, 7].map(EventIx::new).to_vec();
    let view = "https://example.org/parley/#/?actor=witkoff";
    let csv_text = export::csv(&data, &some, Some(view), Lang::En);
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 3);
    assert!(rows.iter().all(|r| r[13] == data.version && &r[14] == view));
    assert!(export::ics(&data, &some, Some(view), Lang::En).contains("X-PARLEY-VIEW:"));

    let json: serde_json::Value =
        serde_json::from_str(&export::json_view(&data, &some, view)).unwrap();
    assert_eq!(json["view"], view);
    // With the events, the places they name, and only those.
    let named = |id: &str| {
        some.iter()
            .any(|&i| data.events[i].place.as_deref() == Some(id))
    };
    let places: Vec<&str> = json["places"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    let expected: Vec<&str> = data
        .places
        .iter()
        .map(|p| p.id.as_str())
        .filter(|&id| named(id))
        .collect();
    assert!(!expected.is_empty(), "the chosen events name a place");
    assert_eq!(places, expected);
    let ids: Vec<&str> = json["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        some.iter()
            .map(|&i| data.events[i].id.as_str())
            .collect::<Vec<_>>()
    );

    let md = export::markdown(&data, &some, view, Lang::En);
    assert!(md.contains(view) && md.contains(&data.version));
    let sources: usize = some.iter().map(|&i| data.events[i].sources.len()).sum();
    assert_eq!(
        md.matches("]: ").count(),
        sources,
        "one footnote per source"
    );
    assert!(md.contains(&format!(
        "[^1]: {}",
        data.document(&data.events[0].sources[0].document)
            .unwrap()
            .outlet
    )));
}

#[test]
fn the_english_csv_columns_are_the_schemas_field_names_and_each_language_names_all_thirteen() {
    let data = common::dataset();
    let event: serde_json::Value =
        serde_json::from_str(&export::json(&data)).expect("the JSON export parses");
    let event = &event["events"][0];
    for column in export::csv_columns(Lang::En) {
        assert!(
            event.get(column).is_some() || event["date"].get(column).is_some(),
            "{column} is a field of an event or of its date"
        );
    }
    for lang in [Lang::Uk, Lang::Ru] {
        let columns = export::csv_columns(lang);
        let mut distinct = columns.to_vec();
        distinct.sort_unstable();
        distinct.dedup();
        assert_eq!(distinct.len(), 13, "{lang:?} names each column once");
        assert!(columns.iter().all(|c| !c.is_empty()));
    }
}

#[test]
fn geojson_has_a_point_per_marker_of_the_map_with_its_events_and_citations() {
    use parley_core::link::Lens;
    use parley_core::query::{run, Filter};
    use parley_core::source::atlas::{build_atlas, COUNTRIES_110M};
    use parley_core::view::map::MapView;
    let (data, index) = common::indexed();
    let atlas = build_atlas(COUNTRIES_110M, &data.places).expect("the vendored outlines build");
    for filter in [
        Filter::default(),
        Filter::for_actor("witkoff"),
        Filter::for_actor("umerov"),
    ] {
        let events = run(index, &filter).events;
        let text =
            serde_json::to_string(&export::geojson(data, &events, "map/", Lang::Uk)).unwrap();
        // An independent reader: the geojson crate, as RFC 7946 has it.
        let read: geojson::FeatureCollection = text.parse().expect("a GeoJSON feature collection");
        let map = MapView::new(
            data,
            &atlas,
            &filter,
            &events,
            data.events.len(),
            Lens::Map,
            Lang::Uk,
        );
        let mut features: Vec<(String, Vec<String>)> = Vec::new();
        for feature in &read.features {
            let id = match &feature.id {
                Some(geojson::feature::Id::String(id)) => id.clone(),
                other => panic!("a place's id, not {other:?}"),
            };
            let place = data
                .places
                .iter()
                .find(|p| p.id == id)
                .expect("a place of the dataset");
            let Some(geojson::Value::Point(at)) = feature.geometry.as_ref().map(|g| &g.value)
            else {
                panic!("{id}: a point");
            };
            assert_eq!(
                at.as_slice(),
                [place.longitude, place.latitude],
                "longitude, then latitude"
            );
            let properties = feature.properties.as_ref().unwrap();
            assert_eq!(properties["name"], place.name.uk.as_str());
            let listed = properties["events"].as_array().unwrap();
            for event in listed {
                let id = event["id"].as_str().unwrap();
                let written = data.event(id).unwrap();
                assert_eq!(event["title"], written.title.uk.as_str());
                let excerpts: Vec<&str> = event["sources"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|s| s["excerpt"].as_str().unwrap())
                    .collect();
                assert_eq!(
                    excerpts,
                    written
                        .sources
                        .iter()
                        .map(|s| s.excerpt.as_str())
                        .collect::<Vec<_>>()
                );
            }
            features.push((
                id,
                listed
                    .iter()
                    .map(|e| e["id"].as_str().unwrap().to_string())
                    .collect(),
            ));
        }
        let mut markers: Vec<(String, Vec<String>)> = map
            .markers
            .iter()
            .map(|m| {
                (
                    m.place.clone(),
                    m.events
                        .iter()
                        .map(|&i| data.events[i].id.clone())
                        .collect(),
                )
            })
            .collect();
        features.sort();
        markers.sort();
        assert_eq!(
            features, markers,
            "the map's markers, with the same events in the same order"
        );
        let unplaced = read.foreign_members.as_ref().unwrap()["parley"]["unplaced"].as_u64();
        assert_eq!(unplaced, Some(map.unplaced.len() as u64));
    }
}

#[test]
fn gexf_has_the_network_views_nodes_and_a_weighted_dated_edge_per_pair_with_its_sentences() {
    use parley_core::query::{co_participation, run, Filter};
    use parley_core::view::network::NetworkView;
    let (data, index) = common::indexed();
    for filter in [
        Filter::default(),
        Filter::for_actor("witkoff"),
        Filter::for_actor("umerov"),
    ] {
        let events = run(index, &filter).events;
        let text = export::gexf(data, index, &events, "network/", Lang::Ru);
        // An independent reader: roxmltree, which rejects XML that is not well formed.
        let doc = roxmltree::Document::parse(&text).expect("well-formed XML");
        let root = doc.root_element();
        assert_eq!(root.tag_name().namespace(), Some("http://gexf.net/1.3"));
        assert_eq!(root.attribute("version"), Some("1.3"));
        let graph = root.children().find(|n| n.has_tag_name("graph")).unwrap();
        assert_eq!(graph.attribute("mode"), Some("dynamic"));
        let attvalue = |node: roxmltree::Node, key: &str| -> String {
            node.descendants()
                .find(|n| n.has_tag_name("attvalue") && n.attribute("for") == Some(key))
                .and_then(|n| n.attribute("value"))
                .unwrap_or_else(|| panic!("{key} of {:?}", node.attribute("id")))
                .to_string()
        };

        let view = NetworkView::new(data, index, &filter, &events, Lang::Ru, |a| {
            (a.sin(), a.cos())
        });
        let mut nodes: Vec<(String, String, String, usize)> = graph
            .descendants()
            .filter(|n| n.has_tag_name("node"))
            .map(|n| {
                let id = n.attribute("id").unwrap().to_string();
                let label = n.attribute("label").unwrap().to_string();
                let events = attvalue(n, "events").parse().unwrap();
                (id, label, attvalue(n, "side"), events)
            })
            .collect();
        let mut expected: Vec<(String, String, String, usize)> = view
            .nodes
            .iter()
            .map(|n| {
                (
                    n.id.clone(),
                    n.name.clone(),
                    n.side.slug().to_string(),
                    n.events,
                )
            })
            .collect();
        nodes.sort();
        expected.sort();
        assert!(!nodes.is_empty());
        assert_eq!(
            nodes, expected,
            "a node per actor of the network view, named in Russian"
        );

        let pairs = co_participation(index, &events);
        let edges: Vec<roxmltree::Node> = graph
            .descendants()
            .filter(|n| n.has_tag_name("edge"))
            .collect();
        assert_eq!(edges.len(), pairs.len());
        for (edge, pair) in edges.iter().zip(&pairs) {
            let (a, b) = (&data.actors[pair.a].id, &data.actors[pair.b].id);
            assert_eq!(edge.attribute("source"), Some(a.as_str()));
            assert_eq!(edge.attribute("target"), Some(b.as_str()));
            let weight: usize = edge.attribute("weight").unwrap().parse().unwrap();
            assert_eq!(weight, pair.events.len());
            let ids: Vec<&str> = pair
                .events
                .iter()
                .map(|&e| data.events[e].id.as_str())
                .collect();
            assert_eq!(attvalue(*edge, "events"), ids.join(" "));
            // Each event's cited sentence, verbatim, on a line of its own.
            let evidence = attvalue(*edge, "evidence");
            assert_eq!(evidence.lines().count(), pair.events.len());
            for (line, &e) in evidence.lines().zip(&pair.events) {
                let event = &data.events[e];
                assert!(line.starts_with(&format!("{}: ", event.id)), "{line}");
                assert!(line.contains(&event.sources[0].excerpt), "{line}");
            }
            // A spell per shared event, over its dates; an open side is a date not known.
            let spells: Vec<(Option<String>, Option<String>)> = edge
                .descendants()
                .filter(|n| n.has_tag_name("spell"))
                .map(|n| {
                    (
                        n.attribute("start").map(Into::into),
                        n.attribute("end").map(Into::into),
                    )
                })
                .collect();
            let dates: Vec<(Option<String>, Option<String>)> = pair
                .events
                .iter()
                .map(|&e| {
                    let date = &data.events[e].date;
                    (
                        date.start.map(|d| d.to_string()),
                        date.end.map(|d| d.to_string()),
                    )
                })
                .collect();
            assert_eq!(spells, dates, "{a}–{b}");
        }
    }
}

#[test]
fn timelinejs_has_a_slide_per_event_with_its_dates_title_summary_and_cited_sentences() {
    use parley_core::html::Markup;
    use parley_core::query::{run, Filter};
    let (data, index) = common::indexed();
    for (filter, lang) in [
        (Filter::default(), Lang::En),
        (Filter::for_actor("umerov"), Lang::Uk),
    ] {
        let events = run(index, &filter).events;
        let text = serde_json::to_string(&export::timelinejs(data, &events, "?x", lang)).unwrap();
        let story: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert!(story["title"]["text"]["text"]
            .as_str()
            .unwrap()
            .contains(&data.version));
        let slides = story["events"].as_array().unwrap();
        assert_eq!(slides.len(), events.len(), "a slide per event");
        for (slide, &i) in slides.iter().zip(&events) {
            let event = &data.events[i];
            assert_eq!(slide["unique_id"], event.id.as_str());
            assert_eq!(slide["text"]["headline"], event.title.get(lang));
            assert_eq!(slide["display_date"], event.date.display(lang));
            let day = |d: parley_core::Day| serde_json::json!({"year": d.year(), "month": d.month(), "day": d.day()});
            // TimelineJS needs a start: the first possible day, or the one day known.
            assert_eq!(slide["start_date"], day(event.date.sort_day()));
            match (event.date.start, event.date.end) {
                (Some(start), Some(end)) if start != end => assert_eq!(slide["end_date"], day(end)),
                _ => assert!(slide.get("end_date").is_none(), "{}", event.id),
            }
            let body = slide["text"]["text"].as_str().unwrap();
            let escaped = |s: &str| Markup::default().text(s).as_str().to_string();
            assert!(body.contains(&escaped(event.summary.get(lang))));
            for source in &event.sources {
                assert!(body.contains(&escaped(&source.excerpt)), "{}", event.id);
                let outlet = &data.document(&source.document).unwrap().outlet;
                assert!(body.contains(&escaped(outlet)));
            }
            let status_shown = body.contains(&escaped(event.status.label(lang)));
            assert_eq!(
                status_shown,
                event.status != parley_core::model::Status::Held,
                "{}: the status unless held",
                event.id
            );
        }
    }
}

#[test]
fn citations_name_each_article_behind_the_events_with_its_outlet_date_headline_and_byline() {
    use parley_core::export::citation::{bibtex, csl_json, ris, CslName};
    use parley_core::query::{run, Filter};
    let (data, index) = common::indexed();
    for filter in [Filter::default(), Filter::for_actor("umerov")] {
        let events = run(index, &filter).events;
        let cited: Vec<&parley_core::model::Document> = data
            .documents
            .iter()
            .filter(|d| {
                events
                    .iter()
                    .any(|&e| data.events[e].sources.iter().any(|s| s.document == d.id))
            })
            .collect();
        assert!(!cited.is_empty());
        let items = csl_json(data, &events);
        assert_eq!(items.len(), cited.len(), "an item per article cited");
        for (item, document) in items.iter().zip(&cited) {
            assert_eq!(item.id, document.id);
            assert_eq!(item.kind, "article-newspaper");
            assert_eq!(item.title, document.headline);
            assert_eq!(
                item.container_title.as_deref(),
                Some(document.outlet.as_str())
            );
            let day = document.published;
            let parts = [day.year() as u32, day.month().into(), day.day().into()];
            assert_eq!(item.issued.as_ref().unwrap().date_parts, [parts]);
            let written: Vec<String> = item
                .author
                .iter()
                .map(|name| match name {
                    CslName::Person { family, given } => format!("{given} {family}"),
                    CslName::Literal { literal } => literal.clone(),
                })
                .collect();
            assert_eq!(written, document.author.iter().cloned().collect::<Vec<_>>());
        }
        // RIS: a record per article, each line "TAG  - value", CRLF, ended by ER.
        let ris = ris(data, &events);
        let records: Vec<&str> = ris.split("ER  - \r\n").filter(|r| !r.is_empty()).collect();
        assert_eq!(records.len(), cited.len());
        for (record, document) in records.iter().zip(&cited) {
            let field = |tag: &str| {
                record
                    .split("\r\n")
                    .find_map(|line| line.strip_prefix(&format!("{tag}  - ")))
                    .unwrap_or_else(|| panic!("{tag} of {}", document.id))
                    .to_string()
            };
            assert_eq!(field("TY"), "NEWS");
            assert_eq!(field("TI"), document.headline);
            assert_eq!(field("T2"), document.outlet);
            let day = document.published;
            assert_eq!(
                field("DA"),
                format!("{}/{:02}/{:02}/", day.year(), day.month(), day.day())
            );
        }
        let bib = bibtex(data, &events);
        assert_eq!(bib.matches("@article{").count(), cited.len());
        for document in &cited {
            assert!(bib.contains(&format!("@article{{{},", document.id)));
            assert!(bib.contains(&format!("  date = {{{}}},", document.published)));
        }
    }
    // Bylines: a person's name, or a body's kept whole.
    let byline = |document: &str| {
        let events: Vec<EventIx> = (0..data.events.len())
            .map(EventIx::new)
            .filter(|&e| {
                data.events[e]
                    .sources
                    .iter()
                    .any(|s| s.document == document)
            })
            .collect();
        csl_json(data, &events)
            .into_iter()
            .find(|i| i.id == document)
            .unwrap()
            .author
    };
    assert_eq!(
        byline("000_f64d0eef6883cf1c"),
        [CslName::Person {
            family: "Goncharova".into(),
            given: "Olena".into()
        }]
    );
    assert_eq!(
        byline("003_2dd791e8254a4d49"),
        [CslName::Literal {
            literal: "The Kyiv Independent news desk".into()
        }]
    );
    assert_eq!(
        byline("002_f6db1040242bbb5b"),
        [CslName::Literal {
            literal: "Newsroom".into()
        }]
    );
}

#[test]
fn bibtex_escapes_its_special_characters_in_headlines() {
    let mut data = common::dataset();
    data.documents[0].headline = r"50% of $1 & #2 {x} a_b ~ ^ \ end".into();
    let events: Vec<EventIx> = (0..data.events.len()).map(EventIx::new).collect();
    let bib = export::citation::bibtex(&data, &events);
    assert!(
        bib.contains(r"title = {50\% of \$1 \& \#2 \{x\} a\_b \textasciitilde{} \textasciicircum{} \textbackslash{} end},"),
        "{bib}"
    );
}

#[test]
fn a_view_is_cited_in_apa_and_chicago_with_its_title_address_version_and_day() {
    let cited = export::citation::cite_view(
        "Timeline: Steve Witkoff",
        "https://example.org/parley/?actor=witkoff",
        "c4fc494bf7159f22",
        parley_core::Day::from_ymd(2026, 12, 6).unwrap(),
        Lang::En,
    );
    assert_eq!(
        cited.apa,
        "Parley. (n.d.). Timeline: Steve Witkoff (Version c4fc494bf7159f22) [Data set]. Retrieved December 6, 2026, from https://example.org/parley/?actor=witkoff"
    );
    assert_eq!(
        cited.chicago,
        "Parley. n.d. “Timeline: Steve Witkoff.” Version c4fc494bf7159f22. Accessed December 6, 2026. https://example.org/parley/?actor=witkoff."
    );
    let csl = serde_json::to_value(&cited.csl).unwrap();
    assert_eq!(
        csl,
        serde_json::json!({
            "id": "parley", "type": "dataset", "title": "Timeline: Steve Witkoff", "language": "en",
            "author": [{"literal": "Parley"}], "accessed": {"date-parts": [[2026, 12, 6]]},
            "URL": "https://example.org/parley/?actor=witkoff", "version": "Version c4fc494bf7159f22",
        })
    );
}

#[test]
fn chicago_sets_an_english_title_in_headline_style_with_typographic_quotes_as_citeproc_does() {
    // Each as pandoc's citeproc writes the same CSL item in chicago-author-date.
    let day = parley_core::Day::from_ymd(2026, 12, 6).unwrap();
    let chicago = |title: &str, lang: Lang| {
        let cited = export::citation::cite_view(title, "https://x/", "v1", day, lang).chicago;
        cited
            .strip_prefix("Parley. n.d. ")
            .and_then(|c| c.split(" Version v1.").next())
            .unwrap()
            .to_string()
    };
    for (title, written) in [
        (
            "Witkoff meets Putin in Moscow for a three-hour meeting",
            "“Witkoff Meets Putin in Moscow for a Three-Hour Meeting.”",
        ),
        (
            "Trump calls Zelensky to tell him about the Putin call",
            "“Trump Calls Zelensky to Tell Him about the Putin Call.”",
        ),
        (
            "Trump to Putin on social media: 'Vladimir, STOP!'",
            "“Trump to Putin on Social Media: ‘Vladimir, STOP!’”",
        ),
        (
            "Trump to TIME: 'Crimea will stay with Russia'",
            "“Trump to TIME: ‘Crimea Will Stay with Russia’.”",
        ),
        (
            "Witkoff on Fox News: a settlement depends on the 'so-called five territories'",
            "“Witkoff on Fox News: A Settlement Depends on the ‘so-Called Five Territories’.”",
        ),
        (
            "Zelensky says he is grateful for Trump's call",
            "“Zelensky Says He Is Grateful for Trump’s Call.”",
        ),
    ] {
        assert_eq!(chicago(title, Lang::En), written);
    }
    // Not English: as written, but for the marks.
    assert_eq!(
        chicago("Віткофф зустрівся з Путіним у Москві", Lang::Uk),
        "“Віткофф зустрівся з Путіним у Москві.”"
    );
    // APA keeps the title's case; a quotation takes double marks at the top level, as
    // citation-js writes it.
    let apa =
        |title: &str| export::citation::cite_view(title, "https://x/", "v1", day, Lang::En).apa;
    assert!(
        apa("Trump to TIME: 'Crimea will stay with Russia'").starts_with(
            "Parley. (n.d.). Trump to TIME: “Crimea will stay with Russia” (Version v1) [Data set]."
        )
    );
    assert!(apa("Zelensky says he is grateful for Trump's call")
        .starts_with("Parley. (n.d.). Zelensky says he is grateful for Trump’s call (Version v1)"));
}
