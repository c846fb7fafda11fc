use parley_core::{EventDate, Precision};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DateViewProps {
    pub date: EventDate,
}

/// A date as precisely as the text gives it, with its precision in words and its basis one
/// click away.
#[component]
pub fn DateView(props: &DateViewProps) -> Html {
    let date = &props.date;
    // "on or before …" already says how precise it is; a day needs no label either.
    let labelled = matches!(
        date.precision,
        Precision::Week | Precision::Month | Precision::Range
    );
    html! {
        <span class="date">
            <time datetime={date.iso()}>{ date.display() }</time>
            if labelled {
                <span class={classes!("precision", format!("precision-{:?}", date.precision).to_lowercase())}>{ date.precision.label() }</span>
            }
            <details class="basis">
                <summary>{ "why this date" }</summary>
                <p>{ &date.basis }</p>
            </details>
        </span>
    }
}
