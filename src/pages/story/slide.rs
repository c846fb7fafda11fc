//! One step of a story as a slide: on screen, and in the printed handout.

use crate::components::{Citation, ClaimView, DateView};
use crate::data::dataset;
use parley_core::html::side_tag;
use parley_core::i18n::Lang;
use parley_core::link::Link;
use parley_core::view::story::participants_by_side;
use parley_core::EventIx;
use yew::prelude::*;

/// One step's slide: the event with its excerpts, participants, place and the differing
/// accounts `claims` (positions in `dataset.claims`, from its `EventView`). `heading` is `h2` on
/// screen, where it has the id that focus goes to, and `h3` in the handout, which passes no
/// accounts (their ids would repeat the slide's).
pub fn slide(index: EventIx, claims: &[usize], heading: &'static str, lang: Lang) -> Html {
    let t = lang.t();
    let on_screen = heading == "h2";
    let data = dataset();
    let event = &data.events[index];
    let place = event.place.as_deref().and_then(|p| data.place(p));
    html! {
        <>
            <div class="meta">
                <DateView date={event.date.clone()} />
                <span class="kind">{ event.kind.label(lang) }</span>
                <span class={classes!("status", format!("status-{}", event.status.slug()))}>{ event.status.label(lang) }</span>
            </div>
            <@{heading} class="step-title" id={on_screen.then_some("step-title")} tabindex="-1">
                <a href={Link::event(&event.id).href()}>{ event.title.get(lang) }</a>
            </@>
            <ul class="citations story-excerpts">
                { for event.sources.iter().map(|s| html! { <li><Citation source={s.clone()} open=true /></li> }) }
            </ul>
            <dl class="facts">
                { for participants_by_side(data, event).into_iter().map(|(side, actors)| html! {
                    <div class={format!("side-{}", side.slug())}>
                        <dt>{ side_tag(side, lang) }</dt>
                        <dd><ul class="inline">
                            { for actors.into_iter().map(|a| {
                                let actor = &data.actors[a];
                                html! { <li><a href={Link::actor(&actor.id).href()}>{ actor.name.get(lang) }</a></li> }
                            }) }
                        </ul></dd>
                    </div>
                }) }
                if let Some(place) = place {
                    <div><dt>{ t.card_place }</dt><dd>{ format!("{}, {}", place.name.get(lang), place.country.get(lang)) }</dd></div>
                }
            </dl>
            { for claims.iter().map(|&c| html! { <ClaimView claim={data.claims[c].clone()} level={3} /> }) }
        </>
    }
}
