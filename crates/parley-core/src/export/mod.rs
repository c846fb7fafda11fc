//! Exports: the whole dataset as JSON (the documented schema); a selection of events (a view of
//! the timeline) as JSON in the same schema, CSV (one row per event), an RFC 5545 calendar (one
//! VEVENT per event), Markdown with footnoted citations, GeoJSON (its places, `geojson.rs`),
//! GEXF (its network, `gexf.rs`), TimelineJS JSON (a slide per event, `timelinejs.rs`), or
//! the articles behind it as CSL-JSON, RIS or BibTeX (`citation.rs`, which also cites a view). A view's exports record the dataset version and the view's
//! URL. CSV, iCalendar and Markdown are written in the reader's
//! language, the excerpts in English as published; the JSON carries every language.
//!
//! CSV and iCalendar are written here rather than with the `csv` and `icalendar` crates: the
//! writers are a few lines each, and those crates (with `chrono`, and the float parser `csv`
//! uses to recognise numbers) cost about 35 KB gzip in the first-load wasm. The tests read
//! both formats back with those crates' parsers.

pub mod citation;
mod geojson;
mod gexf;
mod timelinejs;

pub use geojson::{geojson, FeatureCollection};
pub use gexf::gexf;
pub use timelinejs::{timelinejs, Timeline};

use crate::i18n::{fill, Lang};
use crate::model::{Dataset, Event, EventIx, Status};

/// The whole dataset, pretty-printed, in the schema of [`crate::model`].
pub fn json(dataset: &Dataset) -> String {
    serde_json::to_string_pretty(dataset).expect("the dataset always serialises to JSON")
}

/// The CSV's columns, in English the field names of the schema (see the catalog's
/// `csv_columns` for the others).
pub fn csv_columns(lang: Lang) -> [&'static str; 13] {
    lang.t().csv_columns
}

/// The events of one view, in the dataset's schema, with where they came from.
#[derive(serde::Serialize)]
pub struct ViewExport<'a> {
    version: &'a str,
    view: &'a str,
    events: Vec<&'a crate::model::Event>,
    actors: Vec<&'a crate::model::Actor>,
    places: Vec<&'a crate::model::Place>,
}

/// The selected events with the actors and places they name, as [`json_view`] writes them. The
/// app serialises this through the browser's `JSON.stringify` rather than `serde_json`, which
/// would add about 4 KB gzip to its first load.
pub fn view_export<'a>(dataset: &'a Dataset, events: &[EventIx], view: &'a str) -> ViewExport<'a> {
    let chosen: Vec<&crate::model::Event> = events.iter().map(|&i| &dataset.events[i]).collect();
    ViewExport {
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
    }
}

/// The selected events with the actors and places they name, pretty-printed.
pub fn json_view(dataset: &Dataset, events: &[EventIx], view: &str) -> String {
    serde_json::to_string_pretty(&view_export(dataset, events, view))
        .expect("the dataset always serialises to JSON")
}

/// One row per event; lists are joined with "; ", sources as "document: excerpt". With a
/// `view`, every row also names the dataset version and the view's URL.
pub fn csv(dataset: &Dataset, events: &[EventIx], view: Option<&str>, lang: Lang) -> String {
    let t = lang.t();
    let mut out = String::new();
    let mut header: Vec<&str> = csv_columns(lang).to_vec();
    if view.is_some() {
        header.extend(t.csv_view_columns);
    }
    csv_record(&mut out, &header);
    for &i in events {
        let e = &dataset.events[i];
        let day = |d: Option<crate::Day>| d.map(|d| d.to_string()).unwrap_or_default();
        let actors: Vec<&str> = e.actors.iter().map(|p| p.actor.as_str()).collect();
        let sources: Vec<String> = e
            .sources
            .iter()
            .map(|s| format!("{}: {}", s.document, s.excerpt))
            .collect();
        let (start, end) = (day(e.date.start), day(e.date.end));
        let basis = e.date.basis_text(lang);
        let (actors, topics, sources) =
            (actors.join("; "), e.topics.join("; "), sources.join("; "));
        let mut row: Vec<&str> = vec![
            &e.id,
            e.title.get(lang),
            e.kind.slug(),
            e.status.slug(),
            &start,
            &end,
            e.date.precision.label(lang),
            &basis,
            e.place.as_deref().unwrap_or_default(),
            &actors,
            &topics,
            &sources,
            e.summary.get(lang),
        ];
        if let Some(view) = view {
            row.extend([dataset.version.as_str(), view]);
        }
        csv_record(&mut out, &row);
    }
    out
}

/// One RFC 4180 record: a field is quoted, with its quotes doubled, when it holds a comma, a
/// quote or a line break.
fn csv_record(out: &mut String, fields: &[&str]) {
    for (n, field) in fields.iter().enumerate() {
        if n > 0 {
            out.push(',');
        }
        if field.contains([',', '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(field);
        }
    }
    out.push('\n');
}

/// RFC 5545 content lines, each ended by CRLF and folded so that no line exceeds 75 octets.
#[derive(Default)]
struct Ics(String);

impl Ics {
    /// A property whose value is written as given (dates, enumerated values).
    fn line(&mut self, name: &str, value: &str) {
        let line = format!("{name}:{value}");
        let mut rest = line.as_str();
        // The first line holds 75 octets; a continuation line starts with a space, then 74.
        let mut room = 75;
        loop {
            let mut cut = rest.len().min(room);
            while !rest.is_char_boundary(cut) {
                cut -= 1;
            }
            self.0.push_str(&rest[..cut]);
            self.0.push_str("\r\n");
            rest = &rest[cut..];
            if rest.is_empty() {
                break;
            }
            self.0.push(' ');
            room = 74;
        }
    }

    /// A TEXT property: backslashes, semicolons, commas and line breaks are escaped.
    fn text(&mut self, name: &str, value: &str) {
        let mut escaped = String::with_capacity(value.len());
        for c in value.chars() {
            match c {
                '\\' | ';' | ',' => {
                    escaped.push('\\');
                    escaped.push(c);
                }
                '\n' => escaped.push_str("\\n"),
                '\r' => {}
                _ => escaped.push(c),
            }
        }
        self.line(name, &escaped);
    }
}

/// `YYYYMMDD`, the form of an RFC 5545 DATE.
fn ics_date(day: crate::Day) -> String {
    format!("{:04}{:02}{:02}", day.year(), day.month(), day.day())
}

/// An RFC 5545 calendar with one all-day VEVENT per event. An "on or before" date becomes an
/// event on its bound, an open-ended plan one on its first day; the description says so.
pub fn ics(dataset: &Dataset, events: &[EventIx], view: Option<&str>, lang: Lang) -> String {
    let name = lang.t().calendar_name;
    let mut ics = Ics::default();
    ics.line("BEGIN", "VCALENDAR");
    ics.line("VERSION", "2.0");
    ics.line("PRODID", "-//Parley//Parley//EN");
    ics.line("CALSCALE", "GREGORIAN");
    ics.text("NAME", name);
    ics.text("X-WR-CALNAME", name);
    ics.text("X-PARLEY-DATASET-VERSION", &dataset.version);
    if let Some(view) = view {
        ics.text("X-PARLEY-VIEW", view);
    }
    for &i in events {
        vevent(&mut ics, dataset, &dataset.events[i], lang);
    }
    ics.line("END", "VCALENDAR");
    ics.0
}

fn vevent(ics: &mut Ics, dataset: &Dataset, e: &Event, lang: Lang) {
    let t = lang.t();
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
    let when = fill(
        t.ics_when,
        &[
            ("date", &e.date.display(lang)),
            ("precision", e.date.precision.label(lang)),
            ("basis", &e.date.basis_text(lang)),
            ("status", e.status.label(lang)),
        ],
    );
    let mut description = format!("{}\n\n{when}", e.summary.get(lang));
    for s in &e.sources {
        let outlet = dataset
            .document(&s.document)
            .map_or("", |d| d.outlet.as_str());
        let values = [
            ("outlet", outlet),
            ("document", &s.document),
            ("excerpt", &s.excerpt),
        ];
        description.push('\n');
        description.push_str(&fill(t.ics_source, &values));
    }
    ics.line("BEGIN", "VEVENT");
    ics.text("UID", &format!("{}@parley", e.id));
    ics.line("DTSTAMP", &format!("{}T000000Z", ics_date(stamp)));
    ics.line("DTSTART;VALUE=DATE", &ics_date(first));
    ics.line("DTEND;VALUE=DATE", &ics_date(after_last));
    ics.text("SUMMARY", e.title.get(lang));
    ics.text("DESCRIPTION", &description);
    ics.text("CATEGORIES", e.kind.label(lang));
    let status = match e.status {
        Status::Held => "CONFIRMED",
        Status::Cancelled => "CANCELLED",
        _ => "TENTATIVE",
    };
    ics.line("STATUS", status);
    if let Some(place) = e.place.as_deref().and_then(|p| dataset.place(p)) {
        let location = format!("{}, {}", place.name.get(lang), place.country.get(lang));
        ics.text("LOCATION", &location);
    }
    ics.line("END", "VEVENT");
}

/// A list ready to paste into an article: one line per event with its date, status and title,
/// and a numbered footnote per source quoting the excerpt.
pub fn markdown(dataset: &Dataset, events: &[EventIx], view: &str, lang: Lang) -> String {
    let t = lang.t();
    let count = lang.count(events.len(), &t.events);
    let values = [
        ("events", count.as_str()),
        ("view", view),
        ("version", &dataset.version),
    ];
    let mut text = fill(t.markdown_heading, &values);
    let mut notes = String::new();
    let mut n = 0;
    for &i in events {
        let e = &dataset.events[i];
        let status = if e.status == Status::Held {
            String::new()
        } else {
            format!(" ({})", e.status.label(lang).to_lowercase())
        };
        let mut marks = String::new();
        for s in &e.sources {
            n += 1;
            marks.push_str(&format!("[^{n}]"));
            let doc = dataset.document(&s.document);
            let outlet = doc.map_or(s.document.as_str(), |d| d.outlet.as_str());
            let date = doc.map(|d| d.published.short(lang)).unwrap_or_default();
            notes.push_str(&format!(
                "[^{n}]: {outlet}, {date}: “{}”\n",
                s.excerpt.replace('\n', " ")
            ));
        }
        text.push_str(&format!(
            "- **{}**{status}: {}{marks}\n",
            e.date.display(lang),
            e.title.get(lang)
        ));
    }
    text.push('\n');
    text.push_str(&notes);
    text
}
