//! A draft of the dataset's entries for a new article, for a person to review: the story's
//! lines, the actors it names (known, by any alias, and new, by the role that introduces
//! them), candidate events, each a verbatim sentence with a date by one of the dataset's own
//! rules, and quotations with their speakers. Pure: the `parley-draft` command and the
//! evaluation (`make draft-eval`) run it on text; nothing here reads a file.

pub mod actors;
pub mod dates;
pub mod eval;
mod events;
mod kinds;
mod participants;
mod quotes;
pub mod reading;
mod reports;
mod states;
pub mod story;
pub mod toml;

use crate::date::{DateRule, Day, EventDate};
use crate::model::{Actor, ActorKind, Dataset, Document, EventKind, Side, Status, TextRange};
use crate::text::sentences;
use events::{draft_sentence, same_event, Drafted, Known};
use kinds::REFERS_BACK;
use quotes::{medium, names_occasion, quoted_spans, speaker, SPEECH};

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
    /// The title a person gave it, if any: until then the TOML leaves it to write.
    pub title: Option<String>,
    /// The sentences that report it, verbatim, in the order of the text.
    pub excerpts: Vec<TextRange>,
    pub rule: DateRule,
    /// The words of its excerpts that date it.
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
            let lower = words.to_lowercase();
            let mut unquoted = kinds::same_offsets_lowercase(words);
            for q in &quoted {
                unquoted.replace_range(q.clone(), &" ".repeat(q.len()));
            }
            // "He said…", "On Friday, he claimed…", "…,” he said": the person of the sentence
            // before.
            let pronoun = ["he ", "she "]
                .iter()
                .flat_map(|p| unquoted.match_indices(p))
                .map(|(at, _)| at)
                .filter(|&at| {
                    let before = unquoted[..at].trim_end_matches(' ');
                    at == 0 || before.ends_with([',', '"', '”'])
                })
                .min();
            if let (Some(at), Some(person)) = (pronoun, &previous_person) {
                let place = named
                    .iter()
                    .position(|(_, n)| *n > at)
                    .unwrap_or(named.len());
                named.insert(place, (person.clone(), at));
            }
            if let Some((id, _)) = named.iter().find(|(id, _)| is_person(&everyone, id)) {
                previous_person = Some(id.clone());
            }
            let known = Known {
                published,
                data,
                everyone: &everyone,
            };
            let event = draft_sentence(text, sentence, &named, &quoted, known, &events);
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
            if let Some(Drafted { event, dated, also }) = event {
                let read = Sentence {
                    words,
                    lower: &lower,
                    unquoted: &unquoted,
                };
                file(&mut events, event, dated, &read, text, data);
                for event in also {
                    file(&mut events, event, true, &read, text, data);
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

impl Draft {
    /// The draft with only the events `kept` says (by position; missing means kept), and the
    /// events their dates count from, which a kept event cannot do without. A quotation of a
    /// dropped event keeps its words and loses its event.
    pub fn keeping(&self, kept: &[bool]) -> Draft {
        let mut keep: Vec<bool> = (0..self.events.len())
            .map(|n| kept.get(n).copied().unwrap_or(true))
            .collect();
        for n in (0..self.events.len()).rev() {
            if let (true, DateRule::Offset { anchor_id, .. }) = (keep[n], &self.events[n].rule) {
                if let Some(anchor) = self.events.iter().position(|e| &e.id == anchor_id) {
                    keep[anchor] = true;
                }
            }
        }
        let mut position = Vec::new();
        let mut events = Vec::new();
        for (event, keep) in self.events.iter().zip(&keep) {
            position.push(keep.then_some(events.len()));
            if *keep {
                events.push(event.clone());
            }
        }
        let quotes = self
            .quotes
            .iter()
            .map(|q| DraftQuote {
                event: q.event.and_then(|e| position[e]),
                ..q.clone()
            })
            .collect();
        Draft {
            events,
            quotes,
            ..self.clone()
        }
    }
}

/// A sentence as read: its words, lowercased, and lowercased with its quotations blanked.
struct Sentence<'s> {
    words: &'s str,
    lower: &'s str,
    unquoted: &'s str,
}

/// Files a sentence's event: into an earlier event it gives a day to or tells more of, into
/// one it reports again, or after them.
fn file(
    events: &mut Vec<DraftEvent>,
    event: DraftEvent,
    dated: bool,
    read: &Sentence,
    text: &str,
    data: &Dataset,
) {
    let shares = |e: &DraftEvent| e.actors.iter().any(|a| event.actors.contains(a));
    // "The meetings occurred on Saturday" gives its day to the last event before it
    // that names meetings, shares a participant and that its tense alone dated
    // ("Witkoff said he had meetings"), and its participants too.
    let noun = REFERS_BACK
        .iter()
        .find(|(r, _)| dated && read.lower.starts_with(r))
        .and_then(|(r, _)| r.split_once(' '))
        .map(|(_, noun)| noun);
    let undated = |e: &DraftEvent| {
        matches!(
            e.rule,
            DateRule::OnOrBefore { .. } | DateRule::AfterPublication
        )
    };
    let names =
        |e: &DraftEvent, noun: &str| e.excerpts[0].slice(text).to_lowercase().contains(noun);
    let dated_back = noun.and_then(|noun| {
        events
            .iter()
            .rposition(|e| undated(e) && shares(e) && names(e, noun))
    });
    if let Some(l) = dated_back {
        let mut earlier = events.remove(l);
        earlier.excerpts.extend(&event.excerpts);
        earlier.rule = event.rule;
        earlier.phrase = event.phrase;
        earlier.date = event.date;
        join(&mut earlier.actors, &event.actors);
        earlier.id = events::unique_id(&earlier, data, events);
        events.insert(l, earlier);
        return;
    }
    // "Witkoff said the talks with Putin lasted a few hours", with no date of its
    // own and nothing new done, tells more of the last event of a kind "the talks"
    // can name that shares a participant. Words quoted name the event only in a
    // statement: in "Trump called Zelenskyy to “inform him of the conversation”"
    // they name another; and "Following the meeting, they met negotiators" is new.
    let statement = event.kind == EventKind::Statement;
    let new = kinds::tells_of_something_done(read.unquoted, read.words);
    let told = if statement { read.lower } else { read.unquoted };
    let told_again = REFERS_BACK
        .iter()
        .filter(|(r, kinds)| {
            !dated && told.contains(r) && (statement || (kinds.contains(&event.kind) && !new))
        })
        .find_map(|(_, kinds)| {
            events
                .iter()
                .rposition(|e| kinds.contains(&e.kind) && shares(e))
        });
    if let Some(earlier) = told_again {
        events[earlier].excerpts.extend(&event.excerpts);
        join(&mut events[earlier].actors, &event.actors);
        return;
    }
    // A statement tells more of the last one of its speakers when it goes on with it ("He
    // also noted…", "Witkoff also said…", "…,” he added"), on its day or with none of its
    // own; or when only that one had a day of its words and said nowhere in particular:
    // "Zelensky said on Dec. 6 …", then "“…,” Zelensky wrote on Telegram". "Trump wrote: …"
    // and "Trump said Thursday…" are two, and so are "In a post on social media Thursday,
    // Trump wrote…" and "Trump, in an interview with TIME magazine, said…".
    let goes_on = statement && continues(read.unquoted);
    let said_before = events
        .iter()
        .rposition(|e| e.kind == EventKind::Statement && e.actors == event.actors)
        .filter(|&l| {
            (goes_on && (!dated || same_event(&events[l], &event)))
                || (statement
                    && !dated
                    && !undated(&events[l])
                    && !names_occasion(events[l].excerpts[0].slice(text)))
        });
    if let Some(earlier) = said_before {
        events[earlier].excerpts.extend(&event.excerpts);
        return;
    }
    match events
        .iter()
        .position(|e| !statement && same_event(e, &event))
    {
        Some(earlier) => events[earlier].excerpts.extend(&event.excerpts),
        None => events.push(event),
    }
}

/// Whether a statement's words go on with what was said before: "He claimed…", "also said",
/// "he added".
fn continues(unquoted: &str) -> bool {
    let words: Vec<&str> = unquoted.split_whitespace().collect();
    matches!(words.first(), Some(&("he" | "she" | "they")))
        || words
            .windows(2)
            .any(|pair| pair[0] == "also" && SPEECH.iter().any(|verb| pair[1].starts_with(verb)))
        || words.iter().any(|w| w.starts_with("added"))
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

/// Adds to `actors` those of `more` it does not have, in their order.
fn join(actors: &mut Vec<String>, more: &[String]) {
    for id in more {
        if !actors.contains(id) {
            actors.push(id.clone());
        }
    }
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
