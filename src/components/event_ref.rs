//! An event as another view mentions it ([`EventRef`]): its title, linked to its page, then
//! its date.

use crate::data::dataset;
use parley_core::i18n::Lang;
use parley_core::view::event_ref::EventRef;
use parley_core::EventIx;
use yew::prelude::*;

pub fn event_ref(event: &EventRef) -> Html {
    html! { <><a href={event.href.clone()}>{ &event.title }</a>{ format!(" ({})", event.date) }</> }
}

/// The events at `indices`, one `<li>` each, for a list.
pub fn event_ref_items(indices: &[EventIx], lang: Lang) -> Html {
    let events = EventRef::all(dataset(), indices, lang);
    html! { <>{ for events.iter().map(|event| html! { <li>{ event_ref(event) }</li> }) }</> }
}
