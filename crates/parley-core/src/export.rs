//! Exports: the whole dataset as JSON (the documented schema), and events as CSV (one row per
//! event) or as an RFC 5545 calendar (one VEVENT per event).

use crate::model::{Dataset, Event, Status};
use icalendar::{Calendar, Component, EventLike};

/// The whole dataset, pretty-printed, in the schema of [`crate::model`].
pub fn json(dataset: &Dataset) -> String {
    serde_json::to_string_pretty(dataset).expect("the dataset always serialises to JSON")
}

pub const CSV_COLUMNS: [&str; 13] = [
    "id",
    "title",
    "kind",
    "status",
    "start",
    "end",
    "precision",
    "basis",
    "place",
    "actors",
    "topics",
    "sources",
    "summary",
];

/// One row per event; lists are joined with "; ", sources as "document: excerpt".
pub fn csv(dataset: &Dataset, events: &[usize]) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer
        .write_record(CSV_COLUMNS)
        .expect("writing to memory cannot fail");
    for &i in events {
        let e = &dataset.events[i];
        let day = |d: Option<crate::Day>| d.map(|d| d.to_string()).unwrap_or_default();
        let actors: Vec<&str> = e.actors.iter().map(|p| p.actor.as_str()).collect();
        let sources: Vec<String> = e
            .sources
            .iter()
            .map(|s| format!("{}: {}", s.document, s.excerpt))
            .collect();
        writer
            .write_record([
                e.id.as_str(),
                &e.title,
                e.kind.slug(),
                e.status.slug(),
                &day(e.date.start),
                &day(e.date.end),
                e.date.precision.label(),
                &e.date.basis,
                e.place.as_deref().unwrap_or(""),
                &actors.join("; "),
                &e.topics.join("; "),
                &sources.join("; "),
                &e.summary,
            ])
            .expect("writing to memory cannot fail");
    }
    String::from_utf8(writer.into_inner().expect("writing to memory cannot fail"))
        .expect("CSV of UTF-8 fields is UTF-8")
}

fn naive(day: crate::Day) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(day.year(), day.month().into(), day.day().into())
        .expect("a Day is a valid date")
}

/// An RFC 5545 calendar with one all-day VEVENT per event. An "on or before" date becomes an
/// event on its bound, an open-ended plan one on its first day; the description says so.
pub fn ics(dataset: &Dataset, events: &[usize]) -> String {
    let mut calendar = Calendar::new();
    calendar.name("Parley: US–Russia–Ukraine peace talks");
    calendar.append_property(icalendar::Property::new(
        "X-PARLEY-DATASET-VERSION",
        &dataset.version,
    ));
    for &i in events {
        calendar.push(vevent(dataset, &dataset.events[i]));
    }
    calendar.done().to_string()
}

fn vevent(dataset: &Dataset, e: &Event) -> icalendar::Event {
    let first = e.date.sort_day();
    // DTEND is exclusive for all-day events.
    let after_last = e.date.last_day().add_days(1);
    let stamp = e
        .sources
        .iter()
        .filter_map(|s| dataset.document(&s.document))
        .map(|d| d.published)
        .max()
        .unwrap_or(first);
    let mut description = format!(
        "{}\n\nWhen: {} ({}). {}\nStatus: {}",
        e.summary,
        e.date.display(),
        e.date.precision.label(),
        e.date.basis,
        e.status.label()
    );
    for s in &e.sources {
        let outlet = dataset
            .document(&s.document)
            .map_or("", |d| d.outlet.as_str());
        description.push_str(&format!(
            "\nSource: {outlet} ({}): “{}”",
            s.document, s.excerpt
        ));
    }
    let mut vevent = icalendar::Event::new();
    vevent
        .uid(&format!("{}@parley", e.id))
        .summary(&e.title)
        .description(&description)
        .starts(naive(first))
        .ends(naive(after_last))
        .add_property(
            "DTSTAMP",
            format!(
                "{:04}{:02}{:02}T000000Z",
                stamp.year(),
                stamp.month(),
                stamp.day()
            ),
        )
        .add_property("CATEGORIES", e.kind.label());
    vevent.status(match e.status {
        Status::Held => icalendar::EventStatus::Confirmed,
        Status::Cancelled => icalendar::EventStatus::Cancelled,
        _ => icalendar::EventStatus::Tentative,
    });
    if let Some(place) = e.place.as_deref().and_then(|p| dataset.place(p)) {
        vevent.location(&format!("{}, {}", place.name, place.country));
    }
    vevent.done()
}
