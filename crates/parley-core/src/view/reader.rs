//! `sources/<id>/?at=START-END`: the article as captured, cut into the pieces the reader
//! marks. Story and page furniture are set apart, each cited excerpt is highlighted and linked
//! to its events, each actor mention linked to the actor, and `at` marks one passage.

use super::event_ref::EventRef;
use crate::date::Day;
use crate::i18n::Lang;
use crate::link::Link;
use crate::model::{ActorIx, Dataset, Document, EventIx, TextRange};
use serde::Serialize;
use std::collections::BTreeSet;

/// A run of text that is, all through, inside or outside each excerpt, mention and target.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Piece {
    pub range: TextRange,
    /// The excerpts that start here, for their anchors (`#x-START-END`).
    pub starts: Vec<TextRange>,
    /// Inside a cited excerpt.
    pub cited: bool,
    /// The actor that a mention here names, and their page.
    pub mention: Option<ActorIx>,
    pub mention_href: Option<String>,
    /// Inside the passage `at` marks.
    pub target: bool,
    /// The first piece of that passage, which the page scrolls to.
    pub first_of_target: bool,
    /// For each excerpt that ends here, the events citing it.
    pub ends: Vec<Vec<EventRef>>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub enum Block {
    /// Paragraphs of the story, each cut into pieces.
    Story(Vec<Vec<Piece>>),
    /// Consecutive lines of page furniture, folded away together.
    Furniture(Vec<TextRange>),
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ReaderView {
    /// A position in `dataset.documents`.
    pub document: usize,
    pub id: String,
    /// The article's own words, as captured: headline, outlet, author, text.
    pub headline: String,
    pub outlet: String,
    pub author: Option<String>,
    pub published: Day,
    /// The publication date, short, in the view's language.
    pub date: String,
    /// The seed file.
    pub path: String,
    /// What the blocks' ranges cut.
    pub text: String,
    pub blocks: Vec<Block>,
}

impl ReaderView {
    /// `None` for an id that is no document. `target` is a range of its text, as
    /// [`crate::link::Link::parse`] checked it; the events' titles are in `lang`.
    pub fn new(
        dataset: &Dataset,
        id: &str,
        target: Option<TextRange>,
        lang: Lang,
    ) -> Option<ReaderView> {
        let document = dataset.documents.iter().position(|d| d.id == id)?;
        let doc = &dataset.documents[document];
        let cited = cited_ranges(dataset, doc, lang);
        let mentions: Vec<(TextRange, ActorIx, String)> = dataset
            .mentions
            .iter()
            .filter(|m| m.document == doc.id)
            .filter_map(|m| {
                let actor = dataset.actor_index(&m.actor)?;
                Some((m.range, actor, Link::actor(&m.actor).href()))
            })
            .collect();
        let mut target_marked = false;
        let blocks = lines(doc)
            .into_iter()
            .map(|(story, lines)| match story {
                false => Block::Furniture(lines),
                true => Block::Story(
                    lines
                        .into_iter()
                        .map(|line| pieces(line, &cited, &mentions, target, &mut target_marked))
                        .collect(),
                ),
            })
            .collect();
        Some(ReaderView {
            document,
            id: doc.id.clone(),
            headline: doc.headline.clone(),
            outlet: doc.outlet.clone(),
            author: doc.author.clone(),
            published: doc.published,
            date: doc.published.short(lang),
            path: doc.path.clone(),
            text: doc.text.clone(),
            blocks,
        })
    }
}

/// The events that cite each range of this document, one entry per range, in text order.
fn cited_ranges(dataset: &Dataset, doc: &Document, lang: Lang) -> Vec<(TextRange, Vec<EventRef>)> {
    let mut ranges: Vec<(TextRange, Vec<EventIx>)> = Vec::new();
    for (i, event) in dataset.events.iter().enumerate() {
        let i = EventIx::new(i);
        for source in event.sources.iter().filter(|s| s.document == doc.id) {
            match ranges.iter_mut().find(|(r, _)| *r == source.range) {
                Some((_, events)) => events.push(i),
                None => ranges.push((source.range, vec![i])),
            }
        }
    }
    crate::sort::sort_by_key(&mut ranges, |(r, _)| *r);
    let refs = ranges.into_iter();
    refs.map(|(r, events)| (r, EventRef::all(dataset, &events, lang)))
        .collect()
}

/// The document's non-blank lines in order, consecutive lines of story or of furniture
/// grouped: `(is story, lines)`.
fn lines(doc: &Document) -> Vec<(bool, Vec<TextRange>)> {
    let mut blocks: Vec<(bool, Vec<TextRange>)> = Vec::new();
    let mut offset = 0;
    for line in doc.text.split('\n') {
        let range = TextRange::new(offset, offset + line.len());
        offset += line.len() + 1;
        if line.trim().is_empty() {
            continue;
        }
        let story = doc.is_story(range);
        match blocks.last_mut() {
            Some((is_story, lines)) if *is_story == story => lines.push(range),
            _ => blocks.push((story, vec![range])),
        }
    }
    blocks
}

/// One line cut wherever an excerpt, a mention or the target starts or ends.
fn pieces(
    line: TextRange,
    cited: &[(TextRange, Vec<EventRef>)],
    mentions: &[(TextRange, ActorIx, String)],
    target: Option<TextRange>,
    target_marked: &mut bool,
) -> Vec<Piece> {
    let bounds = cited.iter().map(|(r, _)| *r);
    let bounds = bounds
        .chain(mentions.iter().map(|(r, _, _)| *r))
        .chain(target);
    let mut cuts: BTreeSet<u32> = [line.start, line.end].into();
    for range in bounds {
        let inside = [range.start, range.end].into_iter();
        cuts.extend(inside.filter(|c| (line.start..=line.end).contains(c)));
    }
    let cuts: Vec<u32> = cuts.into_iter().collect();
    cuts.windows(2)
        .map(|w| {
            let range = TextRange {
                start: w[0],
                end: w[1],
            };
            let target = target.is_some_and(|t| t.contains(range));
            let first_of_target = target && !*target_marked;
            *target_marked |= target;
            let starting = cited.iter().filter(|(r, _)| r.start == range.start);
            let ending = cited.iter().filter(|(r, _)| r.end == range.end);
            let mention = mentions.iter().find(|(r, _, _)| r.contains(range));
            Piece {
                range,
                starts: starting.map(|(r, _)| *r).collect(),
                cited: cited.iter().any(|(r, _)| r.contains(range)),
                mention: mention.map(|m| m.1),
                mention_href: mention.map(|m| m.2.clone()),
                target,
                first_of_target,
                ends: ending.map(|(_, events)| events.clone()).collect(),
            }
        })
        .collect()
}
