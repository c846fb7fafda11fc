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
