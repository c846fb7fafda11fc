use super::markup::{self, Markup};
use parley_core::EventDate;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DateViewProps {
    pub date: EventDate,
}

/// A date as precisely as the text gives it, with its precision in words and its basis one
/// click away (see [`markup::date`]).
#[component]
pub fn DateView(props: &DateViewProps) -> Html {
    let mut out = Markup::default();
    markup::date(&mut out, &props.date);
    out.into_html()
}
