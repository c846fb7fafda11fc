//! `events/<id>/`: one event, its quotes, the accounts that differ about it, and the events
//! just before and after.

use crate::model::{Dataset, EventIx};
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EventView {
    pub event: EventIx,
    /// Positions in `dataset.quotes` of the quotes tied to the event.
    pub quotes: Vec<usize>,
    /// Positions in `dataset.claims` of the questions one of whose accounts is about the event.
    pub claims: Vec<usize>,
    /// The events just before and after, in chronological order.
    pub before: Option<EventIx>,
    pub after: Option<EventIx>,
}

impl EventView {
    /// `None` for an id that is no event.
    pub fn new(dataset: &Dataset, id: &str) -> Option<EventView> {
        let event = dataset.event_index(id)?;
        let about = |e: &Option<String>| e.as_deref() == Some(id);
        let quotes = dataset.quotes.iter().enumerate();
        let quotes = quotes.filter(|(_, q)| about(&q.event)).map(|(i, _)| i);
        let claims = dataset.claims.iter().enumerate();
        let claims = claims.filter(|(_, c)| c.accounts.iter().any(|a| about(&a.event)));
        Some(EventView {
            event,
            quotes: quotes.collect(),
            claims: claims.map(|(i, _)| i).collect(),
            before: event.get().checked_sub(1).map(EventIx::new),
            after: Some(event.get() + 1)
                .filter(|&i| i < dataset.events.len())
                .map(EventIx::new),
        })
    }
}
