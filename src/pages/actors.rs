//! `#/actors?sort=side|name|events|first&q=…`: every actor with badge, main role, event count
//! and first and last appearance; grouped by side unless sorted otherwise, filtered by name or
//! alias. Sort and filter live in the URL like every other view state.

use crate::data::{dataset, search_index};
use crate::route::{href, Route};
use gloo::history::query::Raw;
use parley_core::text::{fold, matches_all_terms};
use parley_core::{Actor, Side};
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

const SORTS: [(&str, &str); 4] = [
    ("side", "Side"),
    ("name", "Name"),
    ("events", "Most events"),
    ("first", "First appearance"),
];

fn query_value(query: &str, key: &str) -> Option<String> {
    form_urlencoded::parse(query.trim_start_matches('?').as_bytes())
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.into_owned())
}

struct Row<'a> {
    actor: &'a Actor,
    events: Vec<usize>,
}

fn card(row: &Row) -> Html {
    let data = dataset();
    let (actor, events) = (row.actor, &row.events);
    let first = events.first().map(|&i| data.events[i].date.display());
    let last = events.last().map(|&i| data.events[i].date.display());
    html! {
        <li class="actor-card" data-actor-id={actor.id.clone()}>
            <span class={classes!("badge", format!("side-{}", actor.side.slug()))} aria-hidden="true">{ actor.initials() }</span>
            <div>
                <a href={href(&Route::Actor { id: actor.id.clone() })}>{ &actor.name }</a>
                <p class="role">{ actor.roles.first().map_or(actor.kind.label(), |r| r.title.as_str()) }{ format!(" · {}", actor.side.label()) }</p>
                <p class="span">
                    <span class="count" data-count={events.len().to_string()}>{ format!("{} event{}", events.len(), if events.len() == 1 { "" } else { "s" }) }</span>
                    if let (Some(first), Some(last)) = (first, last) { { format!(" · {first} – {last}") } }
                </p>
            </div>
        </li>
    }
}

#[component]
pub fn ActorsPage() -> Html {
    let location = use_location();
    let navigator = use_navigator().expect("inside the router");
    let data = dataset();
    let query = location
        .as_ref()
        .map(|l| l.query_str().to_string())
        .unwrap_or_default();
    let sort = query_value(&query, "sort")
        .filter(|s| SORTS.iter().any(|(k, _)| k == s))
        .unwrap_or_else(|| "side".into());
    let text = query_value(&query, "q").unwrap_or_default();
    let folded = fold(text.trim());

    let mut rows: Vec<Row> = data
        .actors
        .iter()
        .enumerate()
        .filter(|(_, a)| {
            folded.is_empty()
                || std::iter::once(&a.name)
                    .chain(&a.aliases)
                    .any(|n| matches_all_terms(&fold(n), &folded))
        })
        .map(|(position, actor)| Row {
            actor,
            events: search_index().events_of(position),
        })
        .collect();
    match sort.as_str() {
        "name" => rows.sort_by(|a, b| a.actor.name.cmp(&b.actor.name)),
        "events" => rows.sort_by_key(|r| std::cmp::Reverse(r.events.len())),
        "first" => rows.sort_by_key(|r| {
            r.events
                .first()
                .map_or(i32::MAX, |&i| data.events[i].date.sort_day().number())
        }),
        _ => {}
    }

    let write = {
        let navigator = navigator.clone();
        move |sort: String, text: String| {
            let query = form_urlencoded::Serializer::new(String::new())
                .extend_pairs(
                    [("sort", sort.as_str())]
                        .into_iter()
                        .filter(|(_, v)| *v != "side"),
                )
                .extend_pairs(
                    [("q", text.as_str())]
                        .into_iter()
                        .filter(|(_, v)| !v.is_empty()),
                )
                .finish();
            let _ = navigator.replace_with_query(&Route::Actors, Raw(query));
        }
    };
    let on_sort = {
        let (write, text) = (write.clone(), text.clone());
        Callback::from(move |e: Event| {
            if let Some(select) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
            {
                write(select.value(), text.clone());
            }
        })
    };
    let on_filter = {
        let sort = sort.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                write(sort.clone(), input.value());
            }
        })
    };

    html! {
        <section class="actors-page">
            <h1>{ "Actors" }</h1>
            <form class="actor-controls" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <label for="actor-q">{ "Filter by name or alias" }</label>
                <input id="actor-q" type="search" value={text.clone()} oninput={on_filter} autocomplete="off" />
                <label for="actor-sort">{ "Sort by" }</label>
                <select id="actor-sort" onchange={on_sort}>
                    { for SORTS.iter().map(|(key, label)| html! { <option value={*key} selected={sort == *key}>{ *label }</option> }) }
                </select>
            </form>
            <p aria-live="polite" class="actor-count">{ format!("{} of {} actors", rows.len(), data.actors.len()) }</p>
            if sort == "side" {
                { for Side::ALL.iter().map(|side| {
                    let group: Vec<&Row> = rows.iter().filter(|r| r.actor.side == *side).collect();
                    html! {
                        if !group.is_empty() {
                            <section class="side-group" aria-labelledby={format!("side-{}", side.slug())}>
                                <h2 id={format!("side-{}", side.slug())}>{ side.label() }</h2>
                                <ul class="actor-grid">{ for group.iter().map(|r| card(r)) }</ul>
                            </section>
                        }
                    }
                }) }
            } else {
                <ul class="actor-grid">{ for rows.iter().map(card) }</ul>
            }
        </section>
    }
}
