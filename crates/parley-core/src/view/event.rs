//! `events/<id>/`: one event, its quotes, the accounts that differ about it, and the events
//! just before and after, all in the view's language (quotations and excerpts verbatim).

use super::claims::ClaimCard;
use super::event_ref::EventRef;
use crate::date::EventDate;
use crate::html::{self, Markup};
use crate::i18n::Lang;
use crate::link::Link;
use crate::model::{Dataset, EventIx, Status};
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EventView {
    pub event: EventIx,
    pub id: String,
    /// The event's own page.
    pub href: String,
    pub title: String,
    pub date: EventDate,
    /// The kind of event, in words.
    pub kind: String,
    pub status: Status,
    /// How the date was worked out, around the phrase of the text it rests on, which stays in
    /// English: `basis.0`, `phrase`, `basis.1`.
    pub basis: (String, String),
    pub phrase: String,
    /// Each source's excerpt and its link to the reader, opened (the core's markup).
    pub citations: Vec<Markup>,
    /// The summary, place, participants and topics (the core's markup).
    pub details: Markup,
    /// The quotes tied to the event.
    pub quotes: Vec<QuoteCard>,
    /// The questions one of whose accounts is about the event.
    pub claims: Vec<ClaimCard>,
    /// The events just before and after, in chronological order.
    pub before: Option<EventRef>,
    pub after: Option<EventRef>,
}

/// A quotation, verbatim, with who said it and where.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct QuoteCard {
    pub text: String,
    /// The speaker's page.
    pub href: String,
    /// The speaker's name, or the id of a speaker the dataset does not know.
    pub speaker: String,
    /// Where it was said or written (X, a Cabinet meeting…), in the view's language.
    pub medium: Option<String>,
}

impl EventView {
    /// `None` for an id that is no event.
    pub fn new(dataset: &Dataset, id: &str, lang: Lang) -> Option<EventView> {
        Some(EventView::at(dataset, dataset.event_index(id)?, lang))
    }

    /// The event at `index` in `dataset.events`: a story's slides know their positions, and
    /// finding an id again is a pass over every event.
    pub fn at(dataset: &Dataset, index: EventIx, lang: Lang) -> EventView {
        let event = &dataset.events[index];
        let id = event.id.as_str();
        let about = |e: &Option<String>| e.as_deref() == Some(id);
        let quotes = dataset.quotes.iter().filter(|q| about(&q.event));
        let quotes = quotes.map(|q| QuoteCard {
            text: q.text.clone(),
            href: Link::actor(&q.speaker).href(),
            speaker: dataset
                .actor(&q.speaker)
                .map_or(q.speaker.clone(), |a| a.name.get(lang).to_string()),
            medium: q.medium.as_ref().map(|m| m.get(lang).to_string()),
        });
        let claims = dataset.claims.iter();
        let claims = claims.filter(|c| c.accounts.iter().any(|a| about(&a.event)));
        let citations = event.sources.iter().map(|source| {
            let mut markup = Markup::default();
            html::citation(&mut markup, dataset, source, true, lang);
            markup
        });
        let basis = event.date.basis_template(lang);
        let (before, after) = basis.split_once("{phrase}").unwrap_or((&basis, ""));
        let neighbour = |i: usize| dataset.events.get(i).map(|e| EventRef::new(e, lang));
        EventView {
            event: index,
            id: event.id.clone(),
            href: Link::event(&event.id).href(),
            title: event.title.get(lang).to_string(),
            date: event.date.clone(),
            kind: event.kind.label(lang).to_string(),
            status: event.status,
            basis: (before.to_string(), after.to_string()),
            phrase: event.date.basis.phrase.clone(),
            citations: citations.collect(),
            details: html::event_details(dataset, index, lang),
            quotes: quotes.collect(),
            claims: claims.map(|c| ClaimCard::new(dataset, c, lang)).collect(),
            before: index.get().checked_sub(1).and_then(neighbour),
            after: neighbour(index.get() + 1),
        }
    }
}
