use super::from_markup;
use crate::router::use_lang;
use parley_core::html::{self, Markup};
use parley_core::EventDate;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DateWithBasisProps {
    pub date: EventDate,
}

/// A date as precisely as the text gives it, with its precision in words and its basis one
/// click away (see [`html::date`]).
#[component]
pub fn DateWithBasis(props: &DateWithBasisProps) -> Html {
    let lang = use_lang();
    let mut out = Markup::default();
    html::date(&mut out, &props.date, lang);
    from_markup(out)
}
