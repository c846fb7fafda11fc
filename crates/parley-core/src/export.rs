//! Exports: the whole dataset as JSON (the documented schema); a selection of events (a view of
//! the timeline) as JSON in the same schema, CSV (one row per event), an RFC 5545 calendar (one
//! VEVENT per event) or Markdown with footnoted citations. A view's exports record the dataset
//! version and the view's URL.

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

/// The events of one view, in the dataset's schema, with where they came from.
#[derive(serde::Serialize)]
struct ViewExport<'a> {
    version: &'a str,
    view: &'a str,
    events: Vec<&'a crate::model::Event>,
    actors: Vec<&'a crate::model::Actor>,
    places: Vec<&'a crate::model::Place>,
}

/// The selected events with the actors and places they name, pretty-printed.
pub fn json_view(dataset: &Dataset, events: &[usize], view: &str) -> String {
    let chosen: Vec<&crate::model::Event> = events.iter().map(|&i| &dataset.events[i]).collect();
    let export = ViewExport {
        version: &dataset.version,
        view,
        actors: dataset
            .actors
            .iter()
            .filter(|a| chosen.iter().any(|e| e.has_actor(&a.id)))
            .collect(),
        places: dataset
            .places
            .iter()
            .filter(|p| {
                chosen
                    .iter()
                    .any(|e| e.place.as_deref() == Some(p.id.as_str()))
            })
            .collect(),
        events: chosen,
    };
    serde_json::to_string_pretty(&export).expect("the dataset always serialises to JSON")
}

/// One row per event; lists are joined with "; ", sources as "document: excerpt". With a
/// `view`, every row also names the dataset version and the view's URL.
pub fn csv(dataset: &Dataset, events: &[usize], view: Option<&str>) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut header: Vec<&str> = CSV_COLUMNS.to_vec();
    if view.is_some() {
        header.extend(["dataset_version", "view"]);
    }
    writer
        .write_record(header)
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
        let mut row: Vec<String> = vec![
            e.id.clone(),
            e.title.clone(),
            e.kind.slug().into(),
            e.status.slug().into(),
            day(e.date.start),
            day(e.date.end),
            e.date.precision.label().into(),
            e.date.basis.clone(),
            e.place.clone().unwrap_or_default(),
            actors.join("; "),
            e.topics.join("; "),
            sources.join("; "),
            e.summary.clone(),
        ];
        if let Some(view) = view {
            row.extend([dataset.version.clone(), view.to_string()]);
        }
        writer
            .write_record(row)
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
pub fn ics(dataset: &Dataset, events: &[usize], view: Option<&str>) -> String {
    let mut calendar = Calendar::new();
    calendar.name("Parley: US–Russia–Ukraine peace talks");
    calendar.append_property(icalendar::Property::new(
        "X-PARLEY-DATASET-VERSION",
        &dataset.version,
    ));
    if let Some(view) = view {
        calendar.append_property(icalendar::Property::new("X-PARLEY-VIEW", view));
    }
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

/// A list ready to paste into an article: one line per event with its date, status and title,
/// and a numbered footnote per source quoting the excerpt.
pub fn markdown(dataset: &Dataset, events: &[usize], view: &str) -> String {
    let mut text = format!(
        "# Parley: {} events\n\nView: <{view}>  \nDataset version: `{}`\n\n",
        events.len(),
        dataset.version
    );
    let mut notes = String::new();
    let mut n = 0;
    for &i in events {
        let e = &dataset.events[i];
        let status = if e.status == Status::Held {
            String::new()
        } else {
            format!(" ({})", e.status.label().to_lowercase())
        };
        let mut marks = String::new();
        for s in &e.sources {
            n += 1;
            marks.push_str(&format!("[^{n}]"));
            let doc = dataset.document(&s.document);
            let outlet = doc.map_or(s.document.as_str(), |d| d.outlet.as_str());
            let date = doc.map(|d| d.published.short()).unwrap_or_default();
            notes.push_str(&format!(
                "[^{n}]: {outlet}, {date}: “{}”\n",
                s.excerpt.replace('\n', " ")
            ));
        }
        text.push_str(&format!(
            "- **{}**{status}: {}{marks}\n",
            e.date.display(),
            e.title
        ));
    }
    text.push('\n');
    text.push_str(&notes);
    text
}
