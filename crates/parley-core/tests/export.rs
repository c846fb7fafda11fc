//! The exports list every event, with verbatim excerpts, in valid formats.

mod common;

use parley_core::export;

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
    let all: Vec<usize> = (0..data.events.len()).collect();
    let text = export::csv(&data, &all, None);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        export::CSV_COLUMNS
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
    let all: Vec<usize> = (0..data.events.len()).collect();
    let text = export::ics(&data, &all, None);
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
fn view_exports_record_the_version_and_the_view() {
    let data = common::dataset();
    let some: Vec<usize> = vec![0, 3, 7];
    let view = "https://example.org/parley/#/?actor=witkoff";
    let csv_text = export::csv(&data, &some, Some(view));
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 3);
    assert!(rows.iter().all(|r| r[13] == data.version && &r[14] == view));
    assert!(export::ics(&data, &some, Some(view)).contains("X-PARLEY-VIEW:"));

    let json: serde_json::Value =
        serde_json::from_str(&export::json_view(&data, &some, view)).unwrap();
    assert_eq!(json["view"], view);
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

    let md = export::markdown(&data, &some, view);
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
