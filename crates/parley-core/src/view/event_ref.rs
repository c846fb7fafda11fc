//! An event as another view mentions it: its link, its title and its date, in the reader's
//! language. The network's edges, an actor's contacts, the map's markers, an event's
//! neighbours and a claim's account all list events so.

use crate::i18n::Lang;
use crate::link::Link;
use crate::model::{Dataset, Event, EventIx};
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EventRef {
    pub id: String,
    /// The event's page.
    pub href: String,
    pub title: String,
    /// Its date as the reader's language writes it, with its precision ("Feb 2025").
    pub date: String,
}

impl EventRef {
    pub fn new(event: &Event, lang: Lang) -> EventRef {
        EventRef {
            id: event.id.clone(),
            href: Link::event(&event.id).href(),
            title: event.title.get(lang).to_string(),
            date: event.date.display(lang),
        }
    }

    /// The events at `indices` in `dataset.events`, in that order.
    pub fn all(dataset: &Dataset, indices: &[EventIx], lang: Lang) -> Vec<EventRef> {
        let events = indices.iter().map(|&i| &dataset.events[i]);
        events.map(|event| EventRef::new(event, lang)).collect()
    }
}
