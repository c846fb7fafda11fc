//! `events.toml`: each event with its kind, status, participants, sources and date.

use super::checker::{one_of, Checker};
use super::files::DataFile;
use super::records::{EventRecord, EventsFile, RuleRecord};
use crate::date::{DateRule, Day, EventDate};
use crate::model::{
    Actor, Document, Event, EventKind, Participant, ParticipantRole, Place, Source, Status, Topic,
};
use toml::Spanned;

pub(super) fn build_events(
    c: &mut Checker,
    documents: &[Document],
    actors: &[Actor],
    places: &[Place],
    topics: &[Topic],
    file: EventsFile,
) -> Vec<Event> {
    c.unique_ids(DataFile::Events, "event", file.event.iter().map(|e| &e.id));
    let mut events: Vec<Event> = Vec::new();
    // Offsets refer to other events' days, so events are dated in file order: an anchor must
    // come before the events that count from it.
    for record in file.event {
        let id = record.id.get_ref().clone();
        let kind: Option<EventKind> = c.vocabulary(DataFile::Events, &record.kind, "kind");
        let status: Option<Status> = c.vocabulary(DataFile::Events, &record.status, "status");
        if record.sources.is_empty() {
            c.error(DataFile::Events, &record.id, format!("event '{id}' has no source: add sources = [{{ document = \"…\", excerpt = \"…\" }}]"));
        }
        let sources: Vec<Source> = record
            .sources
            .iter()
            .filter_map(|s| c.source(DataFile::Events, documents, &s.document, &s.excerpt))
            .collect();
        let mut participants = Vec::new();
        for entry in &record.actors {
            let (actor, role) = match entry.get_ref().split_once(':') {
                Some((actor, role)) => (actor, Some(role)),
                None => (entry.get_ref().as_str(), None),
            };
            let role = match role.map(|r| (r, ParticipantRole::from_slug(r))) {
                Some((r, None)) => {
                    c.error(
                        DataFile::Events,
                        entry,
                        format!("unknown part '{r}': use {}", one_of::<ParticipantRole>()),
                    );
                    None
                }
                Some((_, role)) => role,
                None => None,
            };
            let spanned = Spanned::new(entry.span(), actor.to_string());
            if c.reference(DataFile::Events, &spanned, "actor", actors, |a| &a.id) {
                participants.push(Participant {
                    actor: actor.to_string(),
                    role,
                });
            }
        }
        if let Some(place) = &record.place {
            c.reference(DataFile::Events, place, "place", places, |p| &p.id);
        }
        for topic in &record.topics {
            c.reference(DataFile::Events, topic, "topic", topics, |t| &t.id);
        }
        let date = event_date(c, documents, &events, &record, &sources);
        let what = format!("event '{id}'");
        let words = (&record.uk, &record.ru);
        c.translated_fields(DataFile::Events, words, &["title", "summary"]);
        let title = c.field(DataFile::Events, &what, "title", &record.title, words);
        let summary = c.field(DataFile::Events, &what, "summary", &record.summary, words);
        if let (Some(date), Some(kind), Some(status)) = (date, kind, status) {
            if !id.starts_with(&date.sort_day().to_string()) {
                c.error(
                    DataFile::Events,
                    &record.id,
                    format!(
                        "event id '{id}' must start with its date, {}",
                        date.sort_day()
                    ),
                );
            }
            for source in &sources {
                let published = documents
                    .iter()
                    .find(|d| d.id == source.document)
                    .map(|d| d.published);
                if let (Some(start), Some(published)) = (date.start, published) {
                    if start > published
                        && !matches!(
                            status,
                            Status::Planned | Status::Expected | Status::Cancelled
                        )
                    {
                        c.error(
                            DataFile::Events,
                            &record.status,
                            format!("event '{id}' is dated {start}, after its source {} was published ({published}), so it cannot be '{}': make it planned or expected, or fix the date", source.document, status.slug()),
                        );
                    }
                }
            }
            events.push(Event {
                id,
                title,
                summary,
                kind,
                status,
                date,
                place: record.place.map(Spanned::into_inner),
                actors: participants,
                topics: record.topics.into_iter().map(Spanned::into_inner).collect(),
                sources,
            });
        }
    }
    // A stable sort: events on the same days keep the order the file gives them.
    events.sort_by_key(|e| (e.date.sort_day(), e.date.last_day()));
    events
}

fn event_date(
    c: &mut Checker,
    documents: &[Document],
    earlier: &[Event],
    record: &EventRecord,
    sources: &[Source],
) -> Option<EventDate> {
    let spec = record.date.get_ref();
    let at = &record.date;
    let anchor_doc = spec
        .document
        .clone()
        .or_else(|| sources.first().map(|s| s.document.clone()))?;
    let Some(doc) = documents.iter().find(|d| d.id == anchor_doc) else {
        c.error(
            DataFile::Events,
            at,
            format!("date.document '{anchor_doc}' is not a document"),
        );
        return None;
    };
    // A broken excerpt is reported on its own; checking the phrase against the excerpts that
    // remain would only repeat it.
    let all_sources_found = sources.len() == record.sources.len();
    if all_sources_found && !sources.iter().any(|s| s.excerpt.contains(&spec.phrase)) {
        c.error(DataFile::Events, at, format!("date phrase '{}' is not in any of the event's excerpts: quote the words that date it", spec.phrase));
    }
    let mut day = |field: &str, value: &str| -> Option<Day> {
        Day::parse(value)
            .map_err(|e| c.error(DataFile::Events, at, format!("date.{field}: {e}")))
            .ok()
    };
    let rule = match &spec.rule {
        RuleRecord::Stated { day: d } => DateRule::Stated {
            day: day("day", d)?,
        },
        RuleRecord::StatedRange { start, end } => DateRule::StatedRange {
            start: day("start", start)?,
            end: day("end", end)?,
        },
        RuleRecord::OnOrBefore { day: d } => DateRule::OnOrBefore {
            day: day("day", d)?,
        },
        RuleRecord::Weekday {} => DateRule::Weekday,
        RuleRecord::NextWeekday {} => DateRule::NextWeekday,
        RuleRecord::EarlierThisWeek {} => DateRule::EarlierThisWeek,
        RuleRecord::ThisWeek {} => DateRule::ThisWeek,
        RuleRecord::EarlierThisMonth {} => DateRule::EarlierThisMonth,
        RuleRecord::LastMonth {} => DateRule::LastMonth,
        RuleRecord::NextMonth {} => DateRule::NextMonth,
        RuleRecord::AfterPublication {} => DateRule::AfterPublication,
        RuleRecord::Offset { anchor, days } => {
            let Some(anchor_event) = earlier.iter().find(|e| &e.id == anchor) else {
                c.error(
                    DataFile::Events,
                    at,
                    format!("date.anchor '{anchor}' is not an event listed above this one"),
                );
                return None;
            };
            DateRule::Offset {
                anchor_id: anchor.clone(),
                anchor_day: anchor_event.date.sort_day(),
                days: *days,
            }
        }
    };
    match rule.resolve(&spec.phrase, doc.published) {
        Ok(date) => Some(date),
        Err(e) => {
            c.error(DataFile::Events, at, e);
            None
        }
    }
}
