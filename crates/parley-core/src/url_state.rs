//! The timeline's state as a URL query: `actor=witkoff&actor=putin&kind=meeting&status=held&
//! topic=ceasefire&place=moscow&side=us&from=2025-03-01&to=2025-04-30&q=crimea`.
//!
//! Parsing never fails: whatever the string, it gives a [`Filter`] and the notices that say
//! what was ignored and why, so a bad link still opens a sane view.

use crate::date::Day;
use crate::model::{Dataset, EventKind, Side, Status};
use crate::query::Filter;

/// The longest search text kept from a URL; the rest is cut with a notice.
pub const MAX_TEXT_CHARS: usize = 200;
/// How many ignored values one notice names before it summarises the rest.
const NAMED_IN_NOTICE: usize = 3;

/// The parameters the timeline reads. `embed` belongs to the page, not the filter.
pub const PARAMETERS: [&str; 10] = [
    "actor", "side", "kind", "status", "topic", "place", "from", "to", "q", "embed",
];

/// Parses a query string (with or without its leading `?`).
pub fn parse(query: &str, dataset: &Dataset) -> (Filter, Vec<String>) {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut filter = Filter::default();
    let mut unknown: Vec<String> = Vec::new();
    let mut bad: Vec<(&'static str, String, &'static str)> = Vec::new();

    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        let value = value.trim().to_string();
        match key.as_ref() {
            "actor" => match dataset.actor(&value) {
                Some(_) => push_unique(&mut filter.actors, value),
                None => bad.push(("actor", value, "no such actor")),
            },
            "place" => match dataset.place(&value) {
                Some(_) => push_unique(&mut filter.places, value),
                None => bad.push(("place", value, "no such place")),
            },
            // Checked lazily: collecting every topic would cost O(events) on every parse.
            "topic" => match dataset.events.iter().any(|e| e.topics.contains(&value)) {
                true => push_unique(&mut filter.topics, value),
                false => bad.push(("topic", value, "no such topic")),
            },
            "side" => match Side::from_slug(&value) {
                Some(side) => push_unique(&mut filter.sides, side),
                None => bad.push((
                    "side",
                    value,
                    "not one of us, russia, ukraine, europe, other",
                )),
            },
            "kind" => match EventKind::from_slug(&value) {
                Some(kind) => push_unique(&mut filter.kinds, kind),
                None => bad.push(("kind", value, "no such kind of event")),
            },
            "status" => match Status::from_slug(&value) {
                Some(status) => push_unique(&mut filter.statuses, status),
                None => bad.push(("status", value, "no such status")),
            },
            "from" | "to" => {
                let name = if key == "from" { "from" } else { "to" };
                match Day::parse(&value) {
                    Ok(day) if name == "from" => filter.from = Some(day),
                    Ok(day) => filter.to = Some(day),
                    Err(_) => bad.push((name, value, "not a date in the form YYYY-MM-DD")),
                }
            }
            "q" => {
                if value.chars().count() > MAX_TEXT_CHARS {
                    bad.push(("q", String::new(), "longer than 200 characters: cut to 200"));
                }
                filter.text = value.chars().take(MAX_TEXT_CHARS).collect();
            }
            "embed" => {}
            other => {
                let name: String = other.chars().take(40).collect();
                if !unknown.contains(&name) {
                    unknown.push(name);
                }
            }
        }
    }

    let mut notices = Vec::new();
    if let (Some(from), Some(to)) = (filter.from, filter.to) {
        if to < from {
            notices.push(format!(
                "The date range ends ({to}) before it starts ({from}): both dates were ignored."
            ));
            filter.from = None;
            filter.to = None;
        }
    }
    for name in PARAMETERS {
        let values: Vec<&(&str, String, &str)> =
            bad.iter().filter(|(n, _, _)| *n == name).collect();
        if let Some((_, _, why)) = values.first() {
            let mut shown: Vec<String> = Vec::new();
            for (_, value, _) in &values {
                let value = quoted(value);
                if !shown.contains(&value) {
                    shown.push(value);
                }
            }
            let more = shown.len().saturating_sub(NAMED_IN_NOTICE);
            shown.truncate(NAMED_IN_NOTICE);
            let tail = if more > 0 {
                format!(" and {more} more")
            } else {
                String::new()
            };
            if name == "q" {
                notices.push(format!("The search text was {why}."));
            } else {
                notices.push(format!("Ignored {name} {}{tail}: {why}.", shown.join(", ")));
            }
        }
    }
    if !unknown.is_empty() {
        let more = unknown.len().saturating_sub(NAMED_IN_NOTICE);
        let shown: Vec<String> = unknown
            .iter()
            .take(NAMED_IN_NOTICE)
            .map(|u| quoted(u))
            .collect();
        let tail = if more > 0 {
            format!(" and {more} more")
        } else {
            String::new()
        };
        notices.push(format!(
            "Ignored unknown parameter {}{tail}.",
            shown.join(", ")
        ));
    }
    (filter, notices)
}

/// Shows a value from a URL safely and briefly inside a notice.
fn quoted(value: &str) -> String {
    let short: String = value.chars().filter(|c| !c.is_control()).take(40).collect();
    let ellipsis = if value.chars().count() > 40 {
        "…"
    } else {
        ""
    };
    format!("'{short}{ellipsis}'")
}

fn push_unique<T: PartialEq>(values: &mut Vec<T>, value: T) {
    if !values.contains(&value) {
        values.push(value);
    }
}

/// The filter as `(name, value)` pairs, in a canonical order.
pub fn to_pairs(filter: &Filter) -> Vec<(&'static str, String)> {
    let mut pairs: Vec<(&'static str, String)> = Vec::new();
    pairs.extend(filter.actors.iter().map(|a| ("actor", a.clone())));
    pairs.extend(filter.sides.iter().map(|s| ("side", s.slug().to_string())));
    pairs.extend(filter.kinds.iter().map(|k| ("kind", k.slug().to_string())));
    pairs.extend(
        filter
            .statuses
            .iter()
            .map(|s| ("status", s.slug().to_string())),
    );
    pairs.extend(filter.topics.iter().map(|t| ("topic", t.clone())));
    pairs.extend(filter.places.iter().map(|p| ("place", p.clone())));
    pairs.extend(filter.from.map(|d| ("from", d.to_string())));
    pairs.extend(filter.to.map(|d| ("to", d.to_string())));
    if !filter.text.trim().is_empty() {
        pairs.push(("q", filter.text.clone()));
    }
    pairs
}

/// The filter as a query string without the leading `?` (empty for no filter).
pub fn to_query(filter: &Filter) -> String {
    form_urlencoded::Serializer::new(String::new())
        .extend_pairs(to_pairs(filter))
        .finish()
}
