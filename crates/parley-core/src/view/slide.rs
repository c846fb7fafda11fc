//! One step of a story as a slide (on screen, and in the printed handout): the event with its
//! excerpts, participants by side, place and the accounts that differ about it.

use super::event::EventView;
use super::story::participants_by_side;
use crate::i18n::Lang;
use crate::link::Link;
use crate::model::{Dataset, EventIx, Side};
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Slide {
    /// Title, date, kind, status, excerpts and differing accounts.
    pub event: EventView,
    /// The participants, grouped by side in [`Side::ALL`] order.
    pub sides: Vec<(Side, Vec<ActorRef>)>,
    /// Where it took place: "Riyadh, Saudi Arabia".
    pub place: Option<String>,
    /// The place's id, which the story's map marks.
    pub place_id: Option<String>,
}

/// An actor as a slide names them: a link to their page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ActorRef {
    pub href: String,
    pub name: String,
}

impl Slide {
    /// The slide of the event at `index`. The handout's leave out the differing accounts,
    /// whose ids would repeat the slide's on screen (`with_claims`).
    pub fn new(dataset: &Dataset, index: EventIx, with_claims: bool, lang: Lang) -> Slide {
        let event = &dataset.events[index];
        let mut view = EventView::at(dataset, index, lang);
        if !with_claims {
            view.claims.clear();
        }
        let sides = participants_by_side(dataset, event)
            .into_iter()
            .map(|(side, actors)| {
                let actors = actors.into_iter().map(|a| &dataset.actors[a]);
                let actors = actors.map(|actor| ActorRef {
                    href: Link::actor(&actor.id).href(),
                    name: actor.name.get(lang).to_string(),
                });
                (side, actors.collect())
            });
        let place = event.place.as_deref().and_then(|p| dataset.place(p));
        Slide {
            event: view,
            sides: sides.collect(),
            place: place.map(|p| format!("{}, {}", p.name.get(lang), p.country.get(lang))),
            place_id: event.place.clone(),
        }
    }
}
