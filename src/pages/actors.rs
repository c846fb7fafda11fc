//! `#/actors`: every actor, grouped by side, with badge, main role, event count and span.

use crate::data::{dataset, search_index};
use crate::route::Route;
use parley_core::query::{run, Filter};
use parley_core::Side;
use yew::prelude::*;
use yew_router::prelude::*;

#[component]
pub fn ActorsPage() -> Html {
    let data = dataset();
    html! {
        <section class="actors-page">
            <h1>{ "Actors" }</h1>
            { for Side::ALL.iter().map(|side| {
                let actors: Vec<_> = data.actors.iter().filter(|a| a.side == *side).collect();
                html! {
                    <section class="side-group" aria-labelledby={format!("side-{}", side.slug())}>
                        <h2 id={format!("side-{}", side.slug())}>{ side.label() }</h2>
                        <ul class="actor-grid">
                            { for actors.iter().map(|actor| {
                                let events = run(data, search_index(), &Filter::for_actor(&actor.id)).events;
                                let first = events.first().map(|&i| data.events[i].date.display());
                                let last = events.last().map(|&i| data.events[i].date.display());
                                html! {
                                    <li class="actor-card" data-actor-id={actor.id.clone()}>
                                        <span class={classes!("badge", format!("side-{}", actor.side.slug()))} aria-hidden="true">{ actor.initials() }</span>
                                        <div>
                                            <Link<Route> to={Route::Actor { id: actor.id.clone() }}>{ &actor.name }</Link<Route>>
                                            <p class="role">{ actor.roles.first().map_or(actor.kind.label(), |r| r.title.as_str()) }</p>
                                            <p class="span">
                                                <span class="count">{ format!("{} event{}", events.len(), if events.len() == 1 { "" } else { "s" }) }</span>
                                                if let (Some(first), Some(last)) = (first, last) { { format!(" · {first} – {last}") } }
                                            </p>
                                        </div>
                                    </li>
                                }
                            }) }
                        </ul>
                    </section>
                }
            }) }
        </section>
    }
}
