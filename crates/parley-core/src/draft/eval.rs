//! How well drafts agree with the dataset written by hand: each seed article drafted against
//! the dataset without what that article alone contributed, and its drafted events compared
//! with the events that cite it. `make draft-eval` prints these.

use super::{Draft, DraftEvent};
use crate::model::{Dataset, Event, TextRange};

/// One article's comparison.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Score {
    pub document: String,
    /// Events written by hand that cite the article.
    pub written: usize,
    pub drafted: usize,
    /// Written events with a drafted event on one of their excerpts.
    pub found: usize,
    /// Drafted events on an excerpt of some written event.
    pub right: usize,
    /// Found events whose drafted date has the same start, end and precision.
    pub dates: usize,
    pub statuses: usize,
    pub kinds: usize,
    /// Participants: in both, drafted only, written only.
    pub both: usize,
    pub drafted_only: usize,
    pub written_only: usize,
    /// Drafted events that name an event already in the dataset as the one they report, and
    /// how many of those are the event written for that excerpt.
    pub matched: usize,
    pub matched_right: usize,
    /// What went wrong, a line each: written events not found, and each wrong date.
    pub misses: Vec<String>,
}

/// The dataset without `document` and what it alone gave: its events, quotes and the actors
/// no other article names.
pub fn without(data: &Dataset, document: &str) -> Dataset {
    let mut rest = data.clone();
    rest.documents.retain(|d| d.id != document);
    rest.events
        .retain(|e| e.sources.iter().any(|s| s.document != document));
    rest.quotes.retain(|q| q.source.document != document);
    rest.claims.clear();
    let named_elsewhere = |id: &str| {
        data.mentions
            .iter()
            .any(|m| m.actor == id && m.document != document)
    };
    rest.actors.retain(|a| named_elsewhere(&a.id));
    rest.mentions.retain(|m| m.document != document);
    rest
}

fn overlap(a: TextRange, b: TextRange) -> u32 {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

fn excerpts_in<'e>(event: &'e Event, document: &'e str) -> impl Iterator<Item = TextRange> + 'e {
    event
        .sources
        .iter()
        .filter(move |s| s.document == document)
        .map(|s| s.range)
}

/// Which drafted event stands for each written one: pairs that share text, the most shared
/// first; of two that share as much, the one with less text besides (of a sentence's two
/// events, the one whose clause the written event cites), then the one of the same kind. Each
/// drafted event stands for one written event at most, as a person keeping it would write one
/// entry of it.
fn aligned<'d>(
    written: &[&Event],
    document: &str,
    drafted: &'d [DraftEvent],
) -> Vec<Option<&'d DraftEvent>> {
    let mut pairs: Vec<(u32, std::cmp::Reverse<u32>, bool, usize, usize)> = Vec::new();
    for (w, event) in written.iter().enumerate() {
        for (d, draft) in drafted.iter().enumerate() {
            let shared: u32 = excerpts_in(event, document)
                .flat_map(|r| draft.excerpts.iter().map(move |x| overlap(r, *x)))
                .sum();
            let length: u32 = draft.excerpts.iter().map(|x| x.end - x.start).sum();
            if shared > 0 {
                let besides = std::cmp::Reverse(length.saturating_sub(shared));
                pairs.push((shared, besides, draft.kind == event.kind, w, d));
            }
        }
    }
    pairs.sort_by(|a, b| {
        (b.0, b.1, b.2)
            .cmp(&(a.0, a.1, a.2))
            .then((a.3, a.4).cmp(&(b.3, b.4)))
    });
    let mut stands: Vec<Option<&DraftEvent>> = vec![None; written.len()];
    let mut taken = vec![false; drafted.len()];
    for (.., w, d) in pairs {
        if stands[w].is_none() && !taken[d] {
            stands[w] = Some(&drafted[d]);
            taken[d] = true;
        }
    }
    stands
}

/// Drafts `document` against the dataset without it, and compares.
pub fn leave_one_out(data: &Dataset, document: &str) -> Result<Score, String> {
    let doc = data
        .documents
        .iter()
        .find(|d| d.id == document)
        .ok_or_else(|| format!("no document '{document}'"))?;
    let rest = without(data, document);
    let draft = Draft::new(&doc.text, doc.published, &rest)?;
    let written: Vec<&Event> = data
        .events
        .iter()
        .filter(|e| e.sources.iter().any(|s| s.document == document))
        .collect();
    let mut score = Score {
        document: document.to_string(),
        written: written.len(),
        drafted: draft.events.len(),
        ..Score::default()
    };
    let stands = aligned(&written, document, &draft.events);
    for (event, d) in written.iter().zip(stands) {
        let Some(d) = d else {
            let first = excerpts_in(event, document)
                .next()
                .map(|r| r.slice(&doc.text));
            score.misses.push(format!(
                "not found: {} ({})",
                event.id,
                first.unwrap_or_default()
            ));
            continue;
        };
        score.found += 1;
        let same_date = (d.date.start, d.date.end, d.date.precision)
            == (event.date.start, event.date.end, event.date.precision);
        if same_date {
            score.dates += 1;
        } else {
            score.misses.push(format!(
                "date of {}: drafted {} from '{}', written {} from '{}'",
                event.id,
                d.date.display(crate::i18n::Lang::En),
                d.phrase,
                event.date.display(crate::i18n::Lang::En),
                event.date.basis.phrase,
            ));
        }
        score.statuses += usize::from(d.status == event.status);
        score.kinds += usize::from(d.kind == event.kind);
        let ids: Vec<&str> = event.actors.iter().map(|p| p.actor.as_str()).collect();
        let both = d
            .actors
            .iter()
            .filter(|a| ids.contains(&a.as_str()))
            .count();
        score.both += both;
        score.drafted_only += d.actors.len() - both;
        score.written_only += ids.len() - both;
        let extra: Vec<&str> = d
            .actors
            .iter()
            .map(String::as_str)
            .filter(|a| !ids.contains(a))
            .collect();
        let missed: Vec<&str> = ids
            .iter()
            .copied()
            .filter(|a| !d.actors.iter().any(|x| x == a))
            .collect();
        if !extra.is_empty() || !missed.is_empty() {
            score.misses.push(format!(
                "participants of {}: drafted also [{}], missed [{}]",
                event.id,
                extra.join(", "),
                missed.join(", "),
            ));
        }
    }
    for d in &draft.events {
        let on_written = written.iter().any(|w| {
            excerpts_in(w, document).any(|r| d.excerpts.iter().any(|x| overlap(r, *x) > 0))
        });
        score.right += usize::from(on_written);
        if !on_written {
            score.misses.push(format!(
                "drafted, but no event written cites it: {}",
                d.excerpts[0].slice(&doc.text)
            ));
        }
        if let Some(id) = &d.matches {
            score.matched += 1;
            let right = written.iter().any(|w| &w.id == id);
            score.matched_right += usize::from(right);
        }
    }
    Ok(score)
}

/// A share as a percentage, "n/a" of nothing.
pub fn percent(part: usize, whole: usize) -> String {
    match whole {
        0 => String::from("n/a"),
        _ => format!("{:.0}%", 100.0 * part as f64 / whole as f64),
    }
}

/// The participants' F1: both / (both + half of those in one only).
pub fn f1(both: usize, drafted_only: usize, written_only: usize) -> String {
    percent(2 * both, 2 * both + drafted_only + written_only)
}
