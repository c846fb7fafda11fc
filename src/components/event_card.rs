use super::markup;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EventCardProps {
    /// Position in `dataset().events`.
    pub index: usize,
}

/// One event: date with its precision, kind, status, place, participants, topics, citations
/// (see [`markup::event_card`]). A component, so that an unchanged card is not rebuilt.
#[component]
pub fn EventCard(props: &EventCardProps) -> Html {
    markup::event_card(props.index).into_html()
}
