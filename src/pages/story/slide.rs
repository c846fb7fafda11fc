//! One step of a story as a slide: on screen, and in the printed handout.

use crate::components::{from_markup, ClaimAccounts, DateWithBasis};
use parley_core::html::side_tag;
use parley_core::i18n::Lang;
use parley_core::view::slide::Slide;
use yew::prelude::*;

/// One step's slide (see [`Slide`]). `heading` is `h2` on screen, where it has the id that
/// focus goes to, and `h3` in the handout.
pub fn slide(slide: &Slide, heading: &'static str, lang: Lang) -> Html {
    let t = lang.t();
    let on_screen = heading == "h2";
    let event = &slide.event;
    html! {
        <>
            <div class="meta">
                <DateWithBasis date={event.date.clone()} />
                <span class="kind">{ &event.kind }</span>
                <span class={classes!("status", format!("status-{}", event.status.slug()))}>{ event.status.label(lang) }</span>
            </div>
            <@{heading} class="step-title" id={on_screen.then_some("step-title")} tabindex="-1">
                <a href={event.href.clone()}>{ &event.title }</a>
            </@>
            <ul class="citations story-excerpts">
                { for event.citations.iter().map(|c| html! { <li>{ from_markup(c.clone()) }</li> }) }
            </ul>
            <dl class="facts">
                { for slide.sides.iter().map(|(side, actors)| html! {
                    <div class={format!("side-{}", side.slug())}>
                        <dt>{ side_tag(*side, lang) }</dt>
                        <dd><ul class="inline">
                            { for actors.iter().map(|a| html! { <li><a href={a.href.clone()}>{ &a.name }</a></li> }) }
                        </ul></dd>
                    </div>
                }) }
                if let Some(place) = &slide.place {
                    <div><dt>{ t.card_place }</dt><dd>{ place }</dd></div>
                }
            </dl>
            { for event.claims.iter().map(|claim| html! { <ClaimAccounts claim={claim.clone()} level={3} /> }) }
        </>
    }
}
