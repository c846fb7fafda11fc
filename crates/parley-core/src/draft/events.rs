//! A sentence as a candidate event: what kind of thing happens (by the words that say so),
//! its status by tense and modality, its date by one of the dataset's rules, its participants
//! and place, and the event of the dataset it reports again.

use super::dates::{date_in, Dating, Tense};
use super::DraftEvent;
use crate::date::{DateRule, Day, EventDate};
use crate::model::{Actor, ActorKind, Dataset, EventKind, PlaceKind, Status, TextRange};
use crate::text::find_words;

/// Words that make a sentence an event of a kind, checked in this order: "said he had a
/// phone call" is a call, "said" alone a statement.
const KINDS: &[(EventKind, &[&str])] = &[
    (
        EventKind::PhoneCall,
        &[
            "phone call",
            "call with",
            "by phone",
            "phone conversation",
            "spoke by",
            "called",
        ],
    ),
    (
        EventKind::Meeting,
        &[
            "met ",
            "meet ",
            "meeting",
            "visit",
            "talks with",
            "talks in",
            "hosted",
            "arrived in",
            "traveled to",
            "travelled to",
            "sat down with",
        ],
    ),
    (
        EventKind::NegotiationRound,
        &[
            "round of",
            "negotiations",
            "delegations",
            "trilateral",
            "discussions",
            "talks",
        ],
    ),
    (
        EventKind::Agreement,
        &[
            "agreed",
            "agreement",
            "signed",
            "deal ",
            "exchanged",
            "swap",
        ],
    ),
    (
        EventKind::Proposal,
        &[
            "proposed",
            "proposal",
            "plan ",
            "peace plan",
            "offered",
            "asked",
            "invit",
            "demand",
        ],
    ),
    (
        EventKind::MilitaryStrike,
        &[
            "strike", "struck", "attack", "missile", "drone", "shelling", "bombard",
        ],
    ),
    (
        EventKind::Statement,
        &[
            "said",
            "told",
            "wrote",
            "stated",
            "claimed",
            "according to",
            "interview",
            "posted",
            "announced",
            "added",
            "says",
            "confirmed",
            "rejected",
            "expressed",
            "acknowledged",
            "warned",
            "urged",
            "called for",
            "rebuke",
            "praised",
            "criticized",
            "criticised",
        ],
    ),
];

/// Words that put an event in the future, with the status they give, looked for just before
/// the words that give its kind.
const FUTURE: &[(&str, Status)] = &[
    ("expected to", Status::Expected),
    ("is expected", Status::Expected),
    ("are expected", Status::Expected),
    ("will ", Status::Planned),
    ("set to", Status::Planned),
    ("plans to", Status::Planned),
    ("planned to", Status::Planned),
    ("plan to", Status::Planned),
    ("scheduled", Status::Planned),
    ("to be held", Status::Planned),
    ("due to", Status::Planned),
    ("would ", Status::Planned),
    ("next ", Status::Planned),
];

/// Words that give a status wherever they are in the sentence.
const ASSERTED: &[(&str, Status)] = &[
    ("denied", Status::Denied),
    ("denies", Status::Denied),
    ("cancel", Status::Cancelled),
    ("called off", Status::Cancelled),
    ("postponed", Status::Cancelled),
    ("claimed", Status::Claimed),
    ("claims", Status::Claimed),
    ("allegedly", Status::Claimed),
    ("reportedly", Status::Claimed),
];

fn first_of(lower: &str, cues: &[&str]) -> Option<(usize, usize)> {
    cues.iter()
        .filter_map(|cue| lower.find(cue).map(|at| (at, cue.len())))
        .min()
}

/// What a sentence is read against: its article's publication day, the dataset, and every
/// actor, known or new.
#[derive(Clone, Copy)]
pub(super) struct Known<'a> {
    pub(super) published: Day,
    pub(super) data: &'a Dataset,
    pub(super) everyone: &'a [Actor],
}

/// The sentence as an event, if it names an actor and something that happens.
pub(super) fn draft_event(
    text: &str,
    sentence: TextRange,
    named: &[(String, usize)],
    quoted: &[std::ops::Range<usize>],
    known: Known,
    earlier: &[DraftEvent],
) -> Option<(DraftEvent, bool)> {
    let Known {
        published,
        data,
        everyone,
    } = known;
    if named.is_empty() {
        return None;
    }
    let words = sentence.slice(text);
    // Cues inside quotation marks are the speaker's words, not the event.
    let mut lower = words.to_lowercase();
    for q in quoted {
        lower.replace_range(q.clone(), &" ".repeat(q.len()));
    }
    let (kind, (cue_at, cue_len)) = KINDS
        .iter()
        .find_map(|(kind, cues)| first_of(&lower, cues).map(|found| (*kind, found)))?;
    // Status: from words just before the kind's words, or anywhere for a denial or a claim.
    let window = &lower[lower[..cue_at]
        .char_indices()
        .rev()
        .nth(40)
        .map_or(0, |(i, _)| i)..cue_at];
    let status = FUTURE
        .iter()
        .find(|(cue, _)| window.contains(cue))
        .map(|(_, status)| *status)
        .or_else(|| {
            ASSERTED
                .iter()
                .find(|(cue, _)| lower.contains(cue))
                .map(|(_, s)| *s)
        })
        .unwrap_or(Status::Held);
    let tense = match status {
        Status::Planned | Status::Expected => Tense::Future,
        _ => Tense::Past,
    };
    let anchor = earlier
        .iter()
        .rev()
        .find_map(|e| (e.date.start == e.date.end).then_some((e.id.as_str(), e.date.start?)));
    // Words that give no date here ("earlier this week" in an article of a Monday) leave the
    // event dated by its tense alone, as words that name no time do.
    let dated = date_in(words, tense, published, anchor, cue_at)
        .and_then(|d| Some((d.rule.resolve(&d.phrase, published).ok()?, d)));
    let given = dated.is_some();
    let (date, dating) = match dated {
        Some(dated) => dated,
        None => {
            let phrase = words[cue_at..cue_at + cue_len].trim().to_string();
            let rule = match tense {
                Tense::Past => DateRule::OnOrBefore { day: published },
                Tense::Future => DateRule::AfterPublication,
            };
            (
                rule.resolve(&phrase, published).ok()?,
                Dating { rule, phrase },
            )
        }
    };

    // A statement's participants are who speaks: named before its words ("Zelensky said"),
    // or just after them ("said Witkoff") when no one is named before.
    let speakers: Vec<&(String, usize)> = match kind {
        EventKind::Statement => {
            let before: Vec<_> = named.iter().filter(|(_, at)| *at < cue_at).collect();
            match before.is_empty() {
                true => named
                    .iter()
                    .filter(|(_, at)| *at <= cue_at + cue_len + 12)
                    .take(1)
                    .collect(),
                false => before,
            }
        }
        _ => named.iter().collect(),
    };
    // "Trump's special envoy Steve Witkoff": the one whose envoy it is does not take part.
    let employs = |at: usize| {
        let rest = &words[at..];
        let name_end = rest
            .find(['’', '\''])
            .filter(|&p| rest[p..].starts_with("’s ") || rest[p..].starts_with("'s "));
        name_end
            .is_some_and(|p| !rest[..p].contains(' ') || rest[..p].split_whitespace().count() <= 3)
            && named.iter().any(|(_, other)| {
                let gap = other.saturating_sub(at);
                *other > at && gap < 60 && !words[at..*other].contains([',', '.', ';'])
            })
    };
    let mut actors: Vec<String> = Vec::new();
    for (id, at) in speakers {
        if !employs(*at) && !actors.contains(id) {
            actors.push(id.clone());
        }
    }
    // A state is a participant when no person speaks for it, and not when it is where or
    // what the event is about ("the war in Ukraine").
    let actor = |id: &str| everyone.iter().find(|a| a.id == id);
    let about = |at: usize| {
        let before = words[..at].split_whitespace().next_back().unwrap_or("");
        matches!(
            before,
            "in" | "of" | "on" | "against" | "about" | "over" | "into" | "for"
        )
    };
    let represented = |state: &Actor| {
        actors.iter().any(|id| {
            actor(id).is_some_and(|a| a.kind == ActorKind::Person && a.side == state.side)
        })
    };
    let dropped: Vec<String> = named
        .iter()
        .filter(|(id, at)| {
            actor(id).is_some_and(|a| a.kind == ActorKind::State && (about(*at) || represented(a)))
        })
        .map(|(id, _)| id.clone())
        .collect();
    if dropped.len() < actors.len() {
        actors.retain(|id| !dropped.contains(id));
    }
    if actors.is_empty() {
        actors.push(named[0].0.clone());
    }
    let place = place_in(words, data);
    let mut event = DraftEvent {
        id: String::new(),
        title: None,
        excerpts: vec![sentence],
        rule: dating.rule,
        phrase: dating.phrase,
        date,
        kind,
        status,
        actors,
        place,
        matches: None,
    };
    event.matches = data
        .events
        .iter()
        .find(|e| {
            // Only dates bounded on both sides: "on or before" overlaps everything earlier.
            let bounded = |d: &EventDate| d.start.is_some() && d.end.is_some();
            e.kind == event.kind
                && bounded(&e.date)
                && bounded(&event.date)
                && overlap(&e.date, &event.date)
                && shared(e.actors.iter().map(|p| p.actor.as_str()), &event.actors)
        })
        .map(|e| e.id.clone());
    event.id = unique_id(&event, data, earlier);
    Some((event, given))
}

/// Whether two dates can be the same day.
fn overlap(a: &EventDate, b: &EventDate) -> bool {
    let before = |start: Option<Day>, end: Option<Day>| match (start, end) {
        (Some(start), Some(end)) => start <= end,
        _ => true,
    };
    before(a.start, b.end) && before(b.start, a.end)
}

/// Whether at least half of the smaller set of participants is in both.
fn shared<'a>(theirs: impl Iterator<Item = &'a str>, ours: &[String]) -> bool {
    let theirs: Vec<&str> = theirs.collect();
    let both = ours
        .iter()
        .filter(|id| theirs.contains(&id.as_str()))
        .count();
    let smaller = theirs.len().min(ours.len()).max(1);
    both * 2 >= smaller && both > 0
}

/// Two sentences of one article report one event: same kind, date and participants.
pub(super) fn same_event(a: &DraftEvent, b: &DraftEvent) -> bool {
    a.kind == b.kind && a.date.start == b.date.start && a.date.end == b.date.end && {
        let mut x = a.actors.clone();
        let mut y = b.actors.clone();
        x.sort();
        y.sort();
        x == y
    }
}

/// The first place named after "in", "to" or "at", a city before a region before a country.
fn place_in(sentence: &str, data: &Dataset) -> Option<String> {
    let mut found: Vec<(u8, usize, &str)> = Vec::new();
    for place in &data.places {
        for at in find_words(sentence, &place.name.en) {
            let before = sentence[..at].trim_end();
            let word = before.rsplit(' ').next().unwrap_or("");
            if matches!(word, "in" | "to" | "at" | "from" | "In") {
                let rank = match place.kind {
                    PlaceKind::City => 0,
                    PlaceKind::Region => 1,
                    PlaceKind::Country => 2,
                };
                found.push((rank, at, &place.id));
            }
        }
    }
    found.sort();
    found.first().map(|(_, _, id)| id.to_string())
}

/// "2025-03-13-witkoff-putin-meeting", with "-2" and on if the dataset or the draft has it.
fn unique_id(event: &DraftEvent, data: &Dataset, earlier: &[DraftEvent]) -> String {
    let day = event.date.start.or(event.date.end).map(|d| d.to_string());
    let mut parts: Vec<&str> = vec![day.as_deref().unwrap_or("undated")];
    parts.extend(event.actors.iter().take(2).map(String::as_str));
    parts.push(event.kind.slug());
    let base = parts.join("-");
    let taken =
        |id: &str| data.events.iter().any(|e| e.id == id) || earlier.iter().any(|e| e.id == id);
    let mut id = base.clone();
    let mut n = 2;
    while taken(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}
