//! A sentence as a candidate event: what kind of thing happens (by the words that say so),
//! its status by tense and modality, its date by one of the dataset's rules, its participants
//! and place, and the event of the dataset it reports again.

use super::dates::{date_in, Dating, Tense};
use super::kinds::{kind_of, same_offsets_lowercase, KINDS, REFERS_BACK};
use super::participants::{participants, Reading};
use super::reports;
use super::states;
use super::DraftEvent;
use crate::date::{DateRule, Day, EventDate};
use crate::model::{Actor, Dataset, EventKind, PlaceKind, Status, TextRange};
use crate::text::find_words;

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

/// What a sentence is read against: its article's publication day, the dataset, and every
/// actor, known or new.
#[derive(Clone, Copy)]
pub(super) struct Known<'a> {
    pub(super) published: Day,
    pub(super) data: &'a Dataset,
    pub(super) everyone: &'a [Actor],
}

/// A sentence's event, and the sentence's other events, each dated by its own words: the
/// statement that reports it when the sentence ends by saying who said it and when ("…this
/// week, Steve Witkoff said on March 16"), and what followed it ("…, after which Washington
/// resumed support").
pub(super) struct Drafted {
    pub(super) event: DraftEvent,
    /// Whether its own words date it, not only its tense or an event it names.
    pub(super) dated: bool,
    pub(super) also: Vec<DraftEvent>,
}

/// The sentence's events: `draft_event`'s, and in "Kyiv agreed to a ceasefire during talks in
/// Jeddah on March 11, after which Washington resumed military support for Ukraine" two, the
/// second between the first's day and publication.
pub(super) fn draft_sentence(
    text: &str,
    sentence: TextRange,
    named: &[(String, usize)],
    quoted: &[std::ops::Range<usize>],
    known: Known,
    earlier: &[DraftEvent],
) -> Option<Drafted> {
    let words = sentence.slice(text);
    let Some(cut) = words.find(", after which ") else {
        return draft_event(text, sentence, named, quoted, known, earlier);
    };
    let part = |from: usize, to: usize| {
        let range = TextRange::new(sentence.start as usize + from, sentence.start as usize + to);
        let named: Vec<(String, usize)> = named
            .iter()
            .filter(|(_, at)| (from..to).contains(at))
            .map(|(id, at)| (id.clone(), at - from))
            .collect();
        let quoted: Vec<std::ops::Range<usize>> = quoted
            .iter()
            .filter(|q| q.start >= from && q.end <= to)
            .map(|q| q.start - from..q.end - from)
            .collect();
        (range, named, quoted)
    };
    let (range, named_first, quoted_first) = part(0, cut);
    let mut first = draft_event(text, range, &named_first, &quoted_first, known, earlier)?;
    let then = cut + ", ".len();
    let (range, named_then, quoted_then) = part(then, words.len());
    let after = draft_event(text, range, &named_then, &quoted_then, known, earlier);
    if let (Some(after), Some(start)) = (after, first.event.date.start) {
        let mut event = after.event;
        event.rule = DateRule::StatedRange {
            start,
            end: known.published,
        };
        event.phrase = String::from("after which");
        if let Ok(date) = event.rule.resolve(&event.phrase, known.published) {
            event.date = date;
            event.matches = matching(&event, known.data);
            let mut before = earlier.to_vec();
            before.push(first.event.clone());
            event.id = unique_id(&event, known.data, &before);
            first.also.push(event);
        }
    }
    Some(first)
}

/// The sentence as an event, if it names an actor and something that happens.
fn draft_event(
    text: &str,
    sentence: TextRange,
    named: &[(String, usize)],
    quoted: &[std::ops::Range<usize>],
    known: Known,
    earlier: &[DraftEvent],
) -> Option<Drafted> {
    let Known {
        published,
        data,
        everyone,
    } = known;
    let words = sentence.slice(text);
    // "Russian strikes", "Kyiv agreed": states named by what acts for them, as if by name.
    let mut acting = named.to_vec();
    for (id, at) in states::acting(words, everyone, &data.places) {
        if !acting.iter().any(|(other, _)| *other == id) {
            let place = acting.partition_point(|(_, n)| *n < at);
            acting.insert(place, (id, at));
        }
    }
    let named = &acting[..];
    if named.is_empty() {
        return None;
    }
    // Cues inside quotation marks are the speaker's words, not the event, unless the
    // quotation is what was had or held ("held a “long and substantive” phone conversation").
    let mut lower = same_offsets_lowercase(words);
    for q in quoted {
        let before = lower[..q.start].trim_end_matches(['“', '"', ' ']);
        let object = ["had", "had a", "had an", "held", "held a", "held an"]
            .iter()
            .any(|verb| before.ends_with(verb))
            && KINDS[..3]
                .iter()
                .any(|(_, cues)| cues.iter().any(|cue| lower[q.clone()].contains(cue)));
        if !object {
            lower.replace_range(q.clone(), &" ".repeat(q.len()));
        }
    }
    // What followed ("after which Washington resumed support") is an event whatever it did.
    let (kind, (cue_at, cue_len)) = kind_of(&lower, words, named).or_else(|| {
        let opens = "after which";
        words
            .starts_with(opens)
            .then_some((EventKind::Other, (0, opens.len())))
    })?;
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
    let after = (tense == Tense::Past)
        .then(|| after_earlier(words, &lower, named, (kind, cue_at), earlier, published))
        .flatten();
    let stated = date_in(words, tense, published, anchor, cue_at);
    // Dated by its own words, not only by an event it names: "Witkoff said the talks lasted a
    // few hours" may still tell more of the talks.
    let given = stated.is_some();
    let dated = stated
        .or_else(|| after.as_ref().map(|(dating, _)| dating.clone()))
        .and_then(|d| Some((d.rule.resolve(&d.phrase, published).ok()?, d)));
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

    // Who "after speaking with Putin" names is in the event before, not this one; nor who is
    // named before "one day after", in the event this one is counted from: "The meeting
    // between Witkoff and Putin occurred one day after a Russian airstrike…".
    let counted = matches!(dating.rule, DateRule::Offset { .. })
        .then(|| words.find(&dating.phrase).map(|at| 0..at))
        .flatten();
    let before = after.as_ref().map(|(_, words)| words.clone()).or(counted);
    let reading = Reading {
        words,
        lower: &lower,
        named,
        quoted,
        cue: (cue_at, cue_len),
    };
    let actors = participants(&reading, kind, before, everyone);
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
    // Who reported it, and when: a statement of its own.
    let reported = (kind != EventKind::Statement)
        .then(|| {
            reports::said_after(&mut event, &reading, sentence, published)
                .or_else(|| reports::said_before(&mut event, &reading, sentence, published))
        })
        .flatten()
        .map(|mut statement| {
            statement.matches = matching(&statement, data);
            statement.id = unique_id(&statement, data, earlier);
            statement
        });
    event.matches = matching(&event, data);
    event.id = unique_id(&event, data, earlier);
    Some(Drafted {
        event,
        dated: given,
        also: reported.into_iter().collect(),
    })
}

/// The event of the dataset that `event` reports again: same kind, some of the same
/// participants, dates that overlap, both bounded on both sides ("on or before" overlaps
/// everything earlier).
fn matching(event: &DraftEvent, data: &Dataset) -> Option<String> {
    let bounded = |d: &EventDate| d.start.is_some() && d.end.is_some();
    data.events
        .iter()
        .find(|e| {
            e.kind == event.kind
                && bounded(&e.date)
                && bounded(&event.date)
                && overlap(&e.date, &event.date)
                && shared(e.actors.iter().map(|p| p.actor.as_str()), &event.actors)
        })
        .map(|e| e.id.clone())
}

/// Words after those of the event's kind that name an event told before, dated by it: "after
/// speaking with Putin", "for Trump's call", or in a statement "the discussions". The event
/// is then between that event's first day and publication. Also where those words are.
fn after_earlier(
    words: &str,
    lower: &str,
    named: &[(String, usize)],
    (kind, cue_at): (EventKind, usize),
    earlier: &[DraftEvent],
    published: Day,
) -> Option<(Dating, std::ops::Range<usize>)> {
    let word_end = |at: usize| {
        words[at..]
            .find(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':' | '"' | '”'))
            .map_or(words.len(), |n| at + n)
    };
    let told = |id: &str, kinds: &[EventKind]| {
        earlier
            .iter()
            .rev()
            .filter(|e| e.date.end.is_some() && e.status == Status::Held)
            .filter(|e| kinds.is_empty() || kinds.contains(&e.kind))
            .find(|e| e.actors.iter().any(|a| a == id))
            .and_then(|e| e.date.start)
    };
    let dating = |start: Day, span: std::ops::Range<usize>| {
        let rule = DateRule::StatedRange {
            start,
            end: published,
        };
        Some((
            Dating {
                rule,
                phrase: words[span.clone()].to_string(),
            },
            span,
        ))
    };
    // "after speaking with Putin": a verb in -ing, then whom it was with.
    for (at, _) in lower.match_indices("after ").filter(|(at, _)| *at > cue_at) {
        let rest = &lower[at + 6..];
        let verb = rest.split_whitespace().next().unwrap_or("");
        if !verb.ends_with("ing") {
            continue;
        }
        let whom = named
            .iter()
            .find(|(_, n)| *n > at && *n < at + 40 && !words[at..*n].contains([',', '.', ';']));
        if let Some((id, n)) = whom {
            if let Some(start) = told(id, &[]) {
                return dating(start, at..word_end(*n));
            }
        }
    }
    // "Ushakov told reporters that the discussions in Moscow were “very useful”".
    if kind == EventKind::Statement {
        for (words_of, kinds) in REFERS_BACK {
            let Some(at) = lower[cue_at..].find(words_of).map(|n| cue_at + n) else {
                continue;
            };
            let last = earlier
                .iter()
                .rev()
                .filter(|e| e.date.end.is_some() && e.status == Status::Held)
                .find(|e| kinds.contains(&e.kind));
            if let Some(start) = last.and_then(|e| e.date.start) {
                return dating(start, at..at + words_of.len());
            }
        }
    }
    // "for Trump's call": an actor's event, named by its kind.
    for (id, n) in named.iter().filter(|(_, n)| *n > cue_at) {
        let word_end = word_end(*n);
        let word = &words[*n..word_end];
        if !(word.ends_with("’s") || word.ends_with("'s")) {
            continue;
        }
        let rest = &words[word_end..];
        let noun = rest.split_whitespace().next().unwrap_or("");
        let noun = noun.trim_end_matches([',', '.', ';', ':', '"', '”']);
        let kinds: &[EventKind] = match noun {
            "call" | "conversation" => &[EventKind::PhoneCall],
            "meeting" | "visit" | "talks" => &[EventKind::Meeting, EventKind::NegotiationRound],
            _ => continue,
        };
        let Some(start) = told(id, kinds) else {
            continue;
        };
        let before = words[..*n].trim_end();
        let preposition = before
            .rsplit(' ')
            .next()
            .filter(|w| matches!(*w, "for" | "after" | "about" | "since" | "on"))
            .map_or(*n, |w| before.len() - w.len());
        let end = word_end + rest.find(noun).unwrap_or(0) + noun.len();
        return dating(start, preposition..end);
    }
    None
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
pub(super) fn unique_id(event: &DraftEvent, data: &Dataset, earlier: &[DraftEvent]) -> String {
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
