//! `actors/<id>/`: who the actor is, their roles over time, their events, whom they met and
//! where, their quotes, and every sentence in which each article names them.

use super::event_ref::EventRef;
use crate::facet::Places;
use crate::html::{self, Markup};
use crate::i18n::Lang;
use crate::link::Link;
use crate::model::{ActorIx, Dataset, EventIx, Side};
use crate::query::{Filter, Pair, SearchIndex};
use serde::Serialize;

/// Another actor who shares events with this one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Contact {
    pub actor: ActorIx,
    pub id: String,
    pub name: String,
    /// Their page.
    pub href: String,
    /// "3 shared events".
    pub count: String,
    /// The shared events, in chronological order.
    pub events: Vec<EventRef>,
}

/// A place where the actor's events were, and how many.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PlaceCount {
    /// A position in `dataset.places`.
    pub place: usize,
    /// "Riyadh, Saudi Arabia".
    pub name: String,
    pub events: usize,
    /// "3 events".
    pub count: String,
    /// The timeline of the actor's events there.
    pub link: Link,
}

/// One of the actor's roles, with the excerpt that gives it (folded, as on a card).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RoleCard {
    /// A position in the actor's `roles`.
    pub role: usize,
    pub title: String,
    pub citation: Markup,
}

/// Something the actor said, verbatim, with where it was reported.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SaidCard {
    /// A position in `dataset.quotes`.
    pub quote: usize,
    pub text: String,
    /// "Reuters, Feb 1, 2026".
    pub reported: String,
    /// Where it was said or written, in the view's language.
    pub medium: Option<String>,
    /// The quote in the reader.
    pub href: String,
}

/// Where one article names the actor.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DocumentMentions {
    /// A position in `dataset.documents`.
    pub document: usize,
    pub id: String,
    /// "Reuters (Feb 1, 2026): 4 mentions".
    pub summary: String,
    /// Each sentence that names them, in text order, verbatim.
    pub sentences: Vec<Sentence>,
}

/// A sentence of an article, and its place in the reader.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Sentence {
    pub href: String,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ActorView {
    pub actor: ActorIx,
    pub id: String,
    pub name: String,
    pub initials: String,
    pub side: Side,
    /// "Person · United States".
    pub meta: String,
    /// As the texts write them, in English.
    pub aliases: String,
    /// In order of their sources' publication.
    pub roles: Vec<RoleCard>,
    /// In chronological order.
    pub events: Vec<EventIx>,
    /// Most shared events first.
    pub met: Vec<Contact>,
    /// In order of each place's first event.
    pub places: Vec<PlaceCount>,
    /// What they said.
    pub quotes: Vec<SaidCard>,
    /// Articles that name them, in the dataset's order.
    pub mentions: Vec<DocumentMentions>,
    /// The main timeline filtered to the actor.
    pub timeline: Link,
}

impl ActorView {
    /// `None` for an id that is no actor. `network` is every pair of actors who share events
    /// ([`crate::query::co_participation`]). The text is in `lang`.
    pub fn new(
        dataset: &Dataset,
        index: &SearchIndex,
        network: &[Pair],
        id: &str,
        lang: Lang,
    ) -> Option<ActorView> {
        let t = lang.t();
        let me = dataset.actor_index(id)?;
        let actor = &dataset.actors[me];
        let events = index.events_of(me);
        let met = network.iter().filter_map(|p| {
            let other = match (p.a == me, p.b == me) {
                (true, _) => p.b,
                (_, true) => p.a,
                _ => return None,
            };
            let them = &dataset.actors[other];
            Some(Contact {
                actor: other,
                id: them.id.clone(),
                name: them.name.get(lang).to_string(),
                href: Link::actor(&them.id).href(),
                count: lang.count(p.events.len(), &t.shared_events),
                events: EventRef::all(dataset, &p.events, lang),
            })
        });
        // Each place's position in `dataset.places` and its events, in order of its first.
        let mut counts: Vec<(usize, usize)> = Vec::new();
        let placed = events
            .iter()
            .filter_map(|&i| dataset.events[i].place.as_deref());
        for place in placed.filter_map(|p| dataset.places.iter().position(|x| x.id == p)) {
            match counts.iter_mut().find(|(p, _)| *p == place) {
                Some((_, n)) => *n += 1,
                None => counts.push((place, 1)),
            }
        }
        let places = counts.into_iter().map(|(position, events)| {
            let place = &dataset.places[position];
            PlaceCount {
                place: position,
                name: format!("{}, {}", place.name.get(lang), place.country.get(lang)),
                events,
                count: lang.count(events, &t.events),
                link: Link::timeline(Filter::for_actor(id).with(&Places, &place.id)),
            }
        });
        let published = |r: &usize| {
            let document = &actor.roles[*r].source.document;
            dataset.document(document).map(|d| d.published)
        };
        let mut roles: Vec<usize> = (0..actor.roles.len()).collect();
        crate::sort::sort_by_key(&mut roles, published);
        let roles = roles.into_iter().map(|r| {
            let role = &actor.roles[r];
            let mut citation = Markup::default();
            html::citation(&mut citation, dataset, &role.source, false, lang);
            RoleCard {
                role: r,
                title: role.title.get(lang).to_string(),
                citation,
            }
        });
        let quotes = dataset.quotes.iter().enumerate();
        let quotes = quotes
            .filter(|(_, q)| q.speaker == id)
            .map(|(i, q)| SaidCard {
                quote: i,
                text: q.text.clone(),
                reported: dataset
                    .document(&q.source.document)
                    .map(|d| format!("{}, {}", d.outlet, d.published.short(lang)))
                    .unwrap_or_default(),
                medium: q.medium.as_ref().map(|m| m.get(lang).to_string()),
                href: Link::source(&q.source.document, Some(q.source.range)).href(),
            });
        let mentions = dataset.documents.iter().enumerate().filter_map(|(d, doc)| {
            let of_doc = dataset.mentions.iter();
            let of_doc = of_doc.filter(|m| m.actor == id && m.document == doc.id);
            let sentences: Vec<Sentence> = of_doc
                .map(|m| Sentence {
                    href: Link::source(&doc.id, Some(m.range)).href(),
                    text: m.sentence.slice(&doc.text).to_string(),
                })
                .collect();
            let (date, count) = (
                doc.published.short(lang),
                lang.count(sentences.len(), &t.mentions),
            );
            (!sentences.is_empty()).then(|| DocumentMentions {
                document: d,
                id: doc.id.clone(),
                summary: format!("{} ({date}): {count}", doc.outlet),
                sentences,
            })
        });
        Some(ActorView {
            actor: me,
            id: actor.id.clone(),
            name: actor.name.get(lang).to_string(),
            initials: actor.initials(lang),
            side: actor.side,
            meta: format!("{} · {}", actor.kind.label(lang), actor.side.label(lang)),
            aliases: actor.aliases.join(", "),
            roles: roles.collect(),
            events,
            met: met.collect(),
            places: places.collect(),
            quotes: quotes.collect(),
            mentions: mentions.collect(),
            timeline: Link::timeline(Filter::for_actor(id)),
        })
    }
}
