use super::{from_markup, use_corpus};
use crate::router::use_lang;
use parley_core::html;
use parley_core::EventIx;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EventCardProps {
    pub index: EventIx,
}

/// One event: date with its precision, kind, status, place, participants, topics, citations
/// (see [`html::event_card`]). A component, so that an unchanged card is not rebuilt.
#[component]
pub fn EventCard(props: &EventCardProps) -> Html {
    from_markup(html::event_card(use_corpus().data, props.index, use_lang()))
}
