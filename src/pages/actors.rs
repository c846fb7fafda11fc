//! `actors/?sort=side|name|events|first&q=…`: every actor with badge, main role, event count
//! and first and last appearance; grouped by side unless sorted otherwise, filtered by name or
//! alias (see `parley_core::view::actors`). Sort and filter live in the URL like every other
//! view state.

use crate::router;
use crate::router::use_lang;
use parley_core::i18n::fill;
use parley_core::link::{ActorSort, LinkAction};
use parley_core::view::actors::{ActorRow, ActorsView};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ActorsPageProps {
    pub sort: ActorSort,
    pub text: String,
    pub view: Rc<ActorsView>,
}

fn card(row: &ActorRow) -> Html {
    html! {
        <li class="actor-card" data-actor-id={row.id.clone()}>
            <span class={classes!("badge", format!("side-{}", row.side.slug()))} aria-hidden="true">{ &row.initials }</span>
            <div>
                <a href={row.href.clone()}>{ &row.name }</a>
                <p class="role">{ &row.role }</p>
                <p class="span">
                    <span class="count" data-count={row.events.len().to_string()}>{ &row.count }</span>
                    if let Some(span) = &row.span { { format!(" · {span}") } }
                </p>
            </div>
        </li>
    }
}

#[component]
pub fn ActorsPage(props: &ActorsPageProps) -> Html {
    let lang = use_lang();
    let t = lang.t();
    let view = &props.view;
    let on_sort = Callback::from(|e: Event| {
        let select = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok());
        if let Some(sort) = select.and_then(|s| ActorSort::from_slug(&s.value())) {
            router::dispatch(LinkAction::ActorSort(sort));
        }
    });
    let on_filter = Callback::from(|e: InputEvent| {
        let input = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(input) = input {
            router::dispatch(LinkAction::ActorSearch(input.value()));
        }
    });

    html! {
        <section class="actors-page">
            <h1>{ t.nav_actors }</h1>
            <form class="actor-controls" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <label for="actor-q">{ t.filter_by_name }</label>
                <input id="actor-q" type="search" value={props.text.clone()} oninput={on_filter} autocomplete="off" />
                <label for="actor-sort">{ t.sort_by }</label>
                <select id="actor-sort" onchange={on_sort}>
                    { for ActorSort::ALL.iter().map(|sort| html! { <option value={sort.slug()} selected={props.sort == *sort}>{ sort.label(lang) }</option> }) }
                </select>
            </form>
            <p aria-live="polite" class="actor-count">{ fill(t.shown_of, &[("shown", &lang.number(view.shown)), ("events", &lang.count(view.total, &t.actors_of))]) }</p>
            { for view.groups.iter().map(|(side, rows)| match side {
                Some(side) => html! {
                    <section class="side-group" aria-labelledby={format!("side-{}", side.slug())}>
                        <h2 id={format!("side-{}", side.slug())}>{ side.label(lang) }</h2>
                        <ul class="actor-grid">{ for rows.iter().map(card) }</ul>
                    </section>
                },
                None => html! { <ul class="actor-grid">{ for rows.iter().map(card) }</ul> },
            }) }
        </section>
    }
}
