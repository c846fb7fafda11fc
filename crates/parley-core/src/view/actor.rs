//! `actors/<id>/`: who the actor is, their roles over time, their events, whom they met and
//! where, their quotes, and every sentence in which each article names them.

use crate::facet::Places;
use crate::link::Link;
use crate::model::{ActorIx, Dataset, EventIx};
use crate::query::{Filter, Pair, SearchIndex};
use serde::Serialize;

/// Another actor who shares events with this one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Contact {
    pub actor: ActorIx,
    /// In chronological order.
    pub events: Vec<EventIx>,
}

/// A place where the actor's events were, and how many.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PlaceCount {
    /// A position in `dataset.places`.
    pub place: usize,
    pub events: usize,
    /// The timeline of the actor's events there.
    pub link: Link,
}

/// Where one article names the actor.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DocumentMentions {
    /// A position in `dataset.documents`.
    pub document: usize,
    /// Positions in `dataset.mentions`, in text order.
    pub mentions: Vec<usize>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ActorView {
    pub actor: ActorIx,
    /// Positions in the actor's `roles`, in order of their sources' publication.
    pub roles: Vec<usize>,
    /// In chronological order.
    pub events: Vec<EventIx>,
    /// Most shared events first.
    pub met: Vec<Contact>,
    /// In order of each place's first event.
    pub places: Vec<PlaceCount>,
    /// Positions in `dataset.quotes` of what they said.
    pub quotes: Vec<usize>,
    /// Articles that name them, in the dataset's order.
    pub mentions: Vec<DocumentMentions>,
    /// The main timeline filtered to the actor.
    pub timeline: Link,
}

impl ActorView {
    /// `None` for an id that is no actor. `network` is every pair of actors who share events
    /// ([`crate::query::co_participation`]).
    pub fn new(
        dataset: &Dataset,
        index: &SearchIndex,
        network: &[Pair],
        id: &str,
    ) -> Option<ActorView> {
        let me = dataset.actor_index(id)?;
        let actor = &dataset.actors[me];
        let events = index.events_of(me);
        let met = network.iter().filter_map(|p| {
            let other = match (p.a == me, p.b == me) {
                (true, _) => p.b,
                (_, true) => p.a,
                _ => return None,
            };
            Some(Contact {
                actor: other,
                events: p.events.clone(),
            })
        });
        let mut places: Vec<PlaceCount> = Vec::new();
        for place in events
            .iter()
            .filter_map(|&i| dataset.events[i].place.as_deref())
        {
            match places
                .iter_mut()
                .find(|p| dataset.places[p.place].id == place)
            {
                Some(counted) => counted.events += 1,
                None => places.extend(dataset.places.iter().position(|p| p.id == place).map(
                    |position| PlaceCount {
                        place: position,
                        events: 1,
                        link: Link::timeline(Filter::for_actor(id).with(&Places, place)),
                    },
                )),
            }
        }
        let published = |r: &usize| {
            let document = &actor.roles[*r].source.document;
            dataset.document(document).map(|d| d.published)
        };
        let mut roles: Vec<usize> = (0..actor.roles.len()).collect();
        crate::sort::sort_by_key(&mut roles, published);
        let quotes = dataset.quotes.iter().enumerate();
        let quotes = quotes.filter(|(_, q)| q.speaker == id).map(|(i, _)| i);
        let mentions = dataset.documents.iter().enumerate().filter_map(|(d, doc)| {
            let mentions = dataset.mentions.iter().enumerate();
            let of_doc = mentions.filter(|(_, m)| m.actor == id && m.document == doc.id);
            let mentions: Vec<usize> = of_doc.map(|(i, _)| i).collect();
            (!mentions.is_empty()).then_some(DocumentMentions {
                document: d,
                mentions,
            })
        });
        Some(ActorView {
            actor: me,
            roles,
            events,
            met: met.collect(),
            places,
            quotes: quotes.collect(),
            mentions: mentions.collect(),
            timeline: Link::timeline(Filter::for_actor(id)),
        })
    }
}
