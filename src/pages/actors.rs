//! `#/actors?sort=side|name|events|first&q=…`: every actor with badge, main role, event count
//! and first and last appearance; grouped by side unless sorted otherwise, filtered by name or
//! alias (see `parley_core::view::actors`). Sort and filter live in the URL like every other
//! view state.

use crate::data::{dataset, search_index};
use crate::router;
use parley_core::link::{ActorSort, Link};
use parley_core::view::actors::{ActorRow, ActorsView};
use parley_core::view::plural;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ActorsPageProps {
    pub sort: ActorSort,
    pub text: String,
}

fn card(row: &ActorRow) -> Html {
    let data = dataset();
    let actor = &data.actors[row.actor];
    let events = &row.events;
    let first = events.first().map(|&i| data.events[i].date.display());
    let last = events.last().map(|&i| data.events[i].date.display());
    html! {
        <li class="actor-card" data-actor-id={actor.id.clone()}>
            <span class={classes!("badge", format!("side-{}", actor.side.slug()))} aria-hidden="true">{ actor.initials() }</span>
            <div>
                <a href={Link::actor(&actor.id).href()}>{ &actor.name }</a>
                <p class="role">{ actor.roles.first().map_or(actor.kind.label(), |r| r.title.as_str()) }{ format!(" · {}", actor.side.label()) }</p>
                <p class="span">
                    <span class="count" data-count={events.len().to_string()}>{ plural(events.len(), "event") }</span>
                    if let (Some(first), Some(last)) = (first, last) { { format!(" · {first} – {last}") } }
                </p>
            </div>
        </li>
    }
}

#[component]
pub fn ActorsPage(props: &ActorsPageProps) -> Html {
    let view = ActorsView::new(dataset(), search_index(), props.sort, &props.text);
    let on_sort = {
        let text = props.text.clone();
        Callback::from(move |e: Event| {
            let select = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok());
            if let Some(sort) = select.and_then(|s| ActorSort::from_slug(&s.value())) {
                router::replace(&Link::Actors {
                    sort,
                    text: text.clone(),
                });
            }
        })
    };
    let on_filter = {
        let sort = props.sort;
        Callback::from(move |e: InputEvent| {
            let input = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
            if let Some(input) = input {
                router::replace(&Link::Actors {
                    sort,
                    text: input.value(),
                });
            }
        })
    };

    html! {
        <section class="actors-page">
            <h1>{ "Actors" }</h1>
            <form class="actor-controls" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <label for="actor-q">{ "Filter by name or alias" }</label>
                <input id="actor-q" type="search" value={props.text.clone()} oninput={on_filter} autocomplete="off" />
                <label for="actor-sort">{ "Sort by" }</label>
                <select id="actor-sort" onchange={on_sort}>
                    { for ActorSort::ALL.iter().map(|sort| html! { <option value={sort.slug()} selected={props.sort == *sort}>{ sort.label() }</option> }) }
                </select>
            </form>
            <p aria-live="polite" class="actor-count">{ format!("{} of {} actors", view.shown, view.total) }</p>
            { for view.groups.iter().map(|(side, rows)| match side {
                Some(side) => html! {
                    <section class="side-group" aria-labelledby={format!("side-{}", side.slug())}>
                        <h2 id={format!("side-{}", side.slug())}>{ side.label() }</h2>
                        <ul class="actor-grid">{ for rows.iter().map(card) }</ul>
                    </section>
                },
                None => html! { <ul class="actor-grid">{ for rows.iter().map(card) }</ul> },
            }) }
        </section>
    }
}
