//! A draft of the dataset's entries for a new article, for a person to review: the story's
//! lines, the actors it names (known, by any alias, and new, by the role that introduces
//! them), candidate events, each a verbatim sentence with a date by one of the dataset's own
//! rules, and quotations with their speakers. Pure: the `parley-draft` command and the
//! evaluation (`make draft-eval`) run it on text; nothing here reads a file.

pub mod actors;
pub mod dates;
pub mod eval;
pub mod story;
pub mod toml;

use crate::date::{DateRule, Day, EventDate};
use crate::model::{
    Actor, ActorKind, Dataset, Document, EventKind, PlaceKind, Side, Status, TextRange,
};
use crate::text::{find_words, sentences};
use dates::{date_in, Dating, Tense};

/// What a drafted field holds until a person writes it; the build names every one it finds.
pub const STILL_TO_WRITE: &str = "TODO:";

#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub published: Day,
    /// The story's lines, 1-based and inclusive, as `documents.toml` has them.
    pub story: Vec<[usize; 2]>,
    /// Every mention of an actor, known or new, in the story.
    pub mentions: Vec<(String, TextRange)>,
    /// People the dataset does not know yet.
    pub actors: Vec<NewActor>,
    pub events: Vec<DraftEvent>,
    pub quotes: Vec<DraftQuote>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewActor {
    pub id: String,
    pub name: String,
    /// The role that introduces them, verbatim.
    pub role: String,
    /// The role and name together, verbatim: the role's excerpt.
    pub excerpt: TextRange,
}

#[derive(Clone, Debug, PartialEq)]
pub struct DraftEvent {
    pub id: String,
    /// The sentences that report it, verbatim, in the order of the text.
    pub excerpts: Vec<TextRange>,
    pub rule: DateRule,
    /// The words of the first excerpt that date it.
    pub phrase: String,
    pub date: EventDate,
    pub kind: EventKind,
    pub status: Status,
    pub actors: Vec<String>,
    pub place: Option<String>,
    /// An event of the dataset that this one reports again: same kind, some of the same
    /// participants, dates that overlap. Then the draft adds a source to it.
    pub matches: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftQuote {
    /// The words inside the quotation marks.
    pub text: TextRange,
    pub speaker: Option<String>,
    /// Where it was said, as the text names it: "told CNN" gives "CNN".
    pub medium: Option<String>,
    /// The drafted event of its sentence, by position in [`Draft::events`].
    pub event: Option<usize>,
}

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

/// Verbs that report speech: the statement's speaker is named before them, or just after.
const SPEECH: &[&str] = &[
    "said", "told", "wrote", "says", "added", "stated", "claimed", "noted",
];

impl Draft {
    /// Drafts `text`, published on `published`, against `data`: its actors, places and events.
    /// An empty text, or one with no story, is an error that says so.
    pub fn new(text: &str, published: Day, data: &Dataset) -> Result<Draft, String> {
        if text.trim().is_empty() {
            return Err("the article is empty: paste or give its text".into());
        }
        let story = story::story_lines(text);
        if story.is_empty() {
            return Err("no paragraph of the text reads as a story: each paragraph should be on a line of its own".into());
        }
        let ranges = line_ranges(text, &story);
        let sentences = sentences(text, &ranges);

        let mut new_actors: Vec<NewActor> = Vec::new();
        for range in &ranges {
            for found in actors::introduced(text, *range) {
                let id = actors::id_of(&found.name);
                let known = data
                    .actors
                    .iter()
                    .any(|a| a.id == id || a.aliases.iter().any(|alias| alias == &found.name));
                if !known && !new_actors.iter().any(|a| a.id == id) && !id.is_empty() {
                    new_actors.push(NewActor {
                        id,
                        name: found.name,
                        role: found.role,
                        excerpt: found.excerpt,
                    });
                }
            }
        }
        let everyone = everyone(data, &new_actors);
        let document = Document {
            id: String::from("draft"),
            path: String::new(),
            outlet: String::new(),
            author: None,
            headline: String::new(),
            published,
            text: text.to_string(),
            story: ranges,
            sentences: sentences.clone(),
        };
        let mentions: Vec<(String, TextRange)> =
            crate::mentions::index(std::slice::from_ref(&document), &everyone)
                .into_iter()
                .map(|m| (m.actor, m.range))
                .collect();

        let mut events: Vec<DraftEvent> = Vec::new();
        let mut quotes = Vec::new();
        let mut previous_person: Option<String> = None;
        for &sentence in &sentences {
            let words = sentence.slice(text);
            let quoted = quoted_spans(words);
            let inside = |r: &TextRange| {
                let at = (r.start - sentence.start) as usize;
                quoted.iter().any(|q| q.contains(&at))
            };
            let here: Vec<&(String, TextRange)> = mentions
                .iter()
                .filter(|(_, r)| sentence.contains(*r) && !inside(r))
                .collect();
            let mut named: Vec<(String, usize)> = here
                .iter()
                .map(|(id, r)| (id.clone(), (r.start - sentence.start) as usize))
                .collect();
            // "He said…": the person of the sentence before.
            let lower = words.to_lowercase();
            if lower.starts_with("he ") || lower.starts_with("she ") {
                if let Some(person) = &previous_person {
                    named.insert(0, (person.clone(), 0));
                }
            }
            if let Some((id, _)) = named.iter().find(|(id, _)| is_person(&everyone, id)) {
                previous_person = Some(id.clone());
            }
            let known = Known {
                published,
                data,
                everyone: &everyone,
            };
            let event = draft_event(text, sentence, &named, &quoted, known, &events);
            for q in &quoted {
                let range = TextRange::new(
                    sentence.start as usize + q.start,
                    sentence.start as usize + q.end,
                );
                if range.slice(text).split_whitespace().count() < 3 {
                    continue;
                }
                quotes.push(DraftQuote {
                    text: range,
                    speaker: speaker(words, &named, q.start),
                    medium: medium(words),
                    event: None,
                });
            }
            if let Some(event) = event {
                match events.iter_mut().find(|e| same_event(e, &event)) {
                    Some(earlier) => earlier.excerpts.push(sentence),
                    None => events.push(event),
                }
            }
        }
        for quote in &mut quotes {
            quote.event = events
                .iter()
                .position(|e| e.excerpts.iter().any(|s| s.contains(quote.text)));
        }
        Ok(Draft {
            published,
            story,
            mentions,
            actors: new_actors,
            events,
            quotes,
        })
    }
}

/// The dataset's actors and the new ones, as the mention index reads them: a new person by
/// their full name and their surname.
fn everyone(data: &Dataset, new_actors: &[NewActor]) -> Vec<Actor> {
    let mut all = data.actors.clone();
    all.extend(new_actors.iter().map(|a| {
        let surname = a
            .name
            .split_whitespace()
            .last()
            .unwrap_or(&a.name)
            .to_string();
        Actor {
            id: a.id.clone(),
            name: crate::i18n::Text {
                en: a.name.clone(),
                uk: a.name.clone(),
                ru: a.name.clone(),
            },
            kind: ActorKind::Person,
            side: Side::Other,
            aliases: vec![a.name.clone(), surname],
            roles: Vec::new(),
        }
    }));
    all
}

fn is_person(actors: &[Actor], id: &str) -> bool {
    actors
        .iter()
        .any(|a| a.id == id && a.kind == ActorKind::Person)
}

/// Byte ranges of 1-based inclusive line ranges.
pub fn line_ranges(text: &str, lines: &[[usize; 2]]) -> Vec<TextRange> {
    let mut starts = vec![0];
    starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
    lines
        .iter()
        .filter_map(|&[first, last]| {
            let start = *starts.get(first.checked_sub(1)?)?;
            let end = starts
                .get(last)
                .map_or(text.len(), |next| next - 1)
                .max(start);
            Some(TextRange::new(start, end))
        })
        .collect()
}

/// The byte spans, within `sentence`, of the words inside quotation marks (“…”, "…").
fn quoted_spans(sentence: &str) -> Vec<std::ops::Range<usize>> {
    let mut spans = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in sentence.char_indices() {
        match (c, open) {
            ('“', _) => open = Some(i + c.len_utf8()),
            ('”', Some(start)) => {
                spans.push(start..i);
                open = None;
            }
            ('"', None) => open = Some(i + 1),
            ('"', Some(start)) => {
                spans.push(start..i);
                open = None;
            }
            _ => {}
        }
    }
    spans
        .into_iter()
        .map(|r| {
            let inner = &sentence[r.clone()];
            let trimmed = inner.trim_end_matches([',', '.', ' ']);
            r.start..r.start + trimmed.len()
        })
        .filter(|r| !r.is_empty())
        .collect()
}

fn first_of(lower: &str, cues: &[&str]) -> Option<(usize, usize)> {
    cues.iter()
        .filter_map(|cue| lower.find(cue).map(|at| (at, cue.len())))
        .min()
}

/// What a sentence is read against: its article's publication day, the dataset, and every
/// actor, known or new.
#[derive(Clone, Copy)]
struct Known<'a> {
    published: Day,
    data: &'a Dataset,
    everyone: &'a [Actor],
}

/// The sentence as an event, if it names an actor and something that happens.
fn draft_event(
    text: &str,
    sentence: TextRange,
    named: &[(String, usize)],
    quoted: &[std::ops::Range<usize>],
    known: Known,
    earlier: &[DraftEvent],
) -> Option<DraftEvent> {
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
    let dating = date_in(words, tense, published, anchor).unwrap_or_else(|| {
        let cue = words[cue_at..cue_at + cue_len].trim().to_string();
        match tense {
            Tense::Past => Dating {
                rule: DateRule::OnOrBefore { day: published },
                phrase: cue,
            },
            Tense::Future => Dating {
                rule: DateRule::AfterPublication,
                phrase: cue,
            },
        }
    });
    let date = dating.rule.resolve(&dating.phrase, published).ok()?;

    // A statement's participants are its speakers; any other event's, everyone named.
    let speech_at = first_of(&lower, SPEECH).map(|(at, _)| at);
    let mut actors: Vec<String> = Vec::new();
    for (id, at) in named {
        let counts = match (kind, speech_at) {
            (EventKind::Statement, Some(said)) => *at < said || *at <= said + 12,
            _ => true,
        };
        if counts && !actors.contains(id) {
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
    Some(event)
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
fn same_event(a: &DraftEvent, b: &DraftEvent) -> bool {
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

/// Who said the quotation at `at`: the actor named nearest after it with a verb of speech
/// ("…,” Trump said), else the first named before it.
fn speaker(sentence: &str, named: &[(String, usize)], at: usize) -> Option<String> {
    let lower = sentence.to_lowercase();
    named
        .iter()
        .filter(|(_, p)| *p > at)
        .find(|(_, p)| {
            SPEECH.iter().any(|v| {
                lower[*p..]
                    .split_whitespace()
                    .take(4)
                    .any(|w| w.starts_with(v))
            })
        })
        .or_else(|| named.iter().rev().find(|(_, p)| *p < at))
        .or(named.first())
        .map(|(id, _)| id.clone())
}

/// Where the words were said: "told CNN", "wrote on X", "in an interview with Fox News".
fn medium(sentence: &str) -> Option<String> {
    for cue in [
        "told ",
        "wrote on ",
        "posted on ",
        "in an interview with ",
        "on ",
        "cited by ",
    ] {
        if let Some(at) = sentence.find(cue) {
            let rest = &sentence[at + cue.len()..];
            let name: Vec<&str> = rest
                .split_whitespace()
                .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
                .take(3)
                .collect();
            if !name.is_empty() {
                let name = name.join(" ");
                let name = name.trim_end_matches([',', '.', ';', ':']);
                if !matches!(
                    name,
                    "He" | "She"
                        | "The"
                        | "It"
                        | "Monday"
                        | "Tuesday"
                        | "Wednesday"
                        | "Thursday"
                        | "Friday"
                        | "Saturday"
                        | "Sunday"
                ) {
                    return Some(name.to_string());
                }
            }
        }
    }
    None
}
