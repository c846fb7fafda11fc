//! An event as another view mentions it ([`EventRef`]): its title, linked to its page, then
//! its date.

use super::use_corpus;
use crate::router::use_lang;
use parley_core::view::event_ref::EventRef;
use parley_core::EventIx;
use yew::prelude::*;

pub fn event_ref(event: &EventRef) -> Html {
    html! { <><a href={event.href.clone()}>{ &event.title }</a>{ format!(" ({})", event.date) }</> }
}

#[derive(Properties, PartialEq)]
pub struct EventRefItemsProps {
    pub events: Vec<EventIx>,
}

/// The `events`, one `<li>` each, for a list. Written when shown, not with the view: a map
/// marker or a network edge can stand for thousands of events, and only the open one shows
/// them.
#[component]
pub fn EventRefItems(props: &EventRefItemsProps) -> Html {
    let events = EventRef::all(use_corpus().data, &props.events, use_lang());
    html! { <>{ for events.iter().map(|event| html! { <li>{ event_ref(event) }</li> }) }</> }
}
