//! `#/actors/<id>`: who the actor is, their roles over time with sources, their events (the
//! timeline's own axis and list, filtered), whom they met, where, their quotes, and every
//! sentence in which each article names them.

use super::NotFoundPage;
use crate::components::{reader_href, Citation, EventList, TimeAxis};
use crate::data::{dataset, network, search_index};
use crate::route::{href, Route};
use parley_core::query::Filter;
use parley_core::url_state;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ActorPageProps {
    pub id: String,
}

fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

#[component]
pub fn ActorPage(props: &ActorPageProps) -> Html {
    let data = dataset();
    let Some(me) = data.actors.iter().position(|a| a.id == props.id) else {
        return html! { <NotFoundPage what={format!("There is no actor '{}'. The actors page lists everyone in the dataset.", props.id)} /> };
    };
    let actor = &data.actors[me];
    let filter = Filter::for_actor(&actor.id);
    let events: std::rc::Rc<[usize]> = search_index().events_of(me).into();
    let quotes: Vec<_> = data
        .quotes
        .iter()
        .filter(|q| q.speaker == actor.id)
        .collect();
    // Whom they met or spoke with: every actor they share events with, most shared first.
    let met: Vec<(usize, &[usize])> = network()
        .iter()
        .filter_map(|p| match (p.a == me, p.b == me) {
            (true, _) => Some((p.b, p.events.as_slice())),
            (_, true) => Some((p.a, p.events.as_slice())),
            _ => None,
        })
        .collect();
    let mut places: Vec<(&str, usize)> = Vec::new();
    for place in events
        .iter()
        .filter_map(|&i| data.events[i].place.as_deref())
    {
        match places.iter_mut().find(|(p, _)| *p == place) {
            Some((_, n)) => *n += 1,
            None => places.push((place, 1)),
        }
    }
    let mut roles: Vec<_> = actor.roles.iter().collect();
    roles.sort_by_key(|r| data.document(&r.source.document).map(|d| d.published));
    // Brushing the actor's axis opens the main timeline for that actor and range.
    let on_range = {
        let filter = filter.clone();
        Callback::from(move |(from, to)| {
            let ranged = Filter {
                from: Some(from),
                to: Some(to),
                ..filter.clone()
            };
            let _ = gloo::utils::window()
                .location()
                .set_hash(&format!("/?{}", url_state::to_query(&ranged)));
        })
    };

    html! {
        <article class="actor-page" data-actor-id={actor.id.clone()}>
            <p class="breadcrumb"><a href={href(&Route::Actors)}>{ "← Actors" }</a></p>
            <h1>
                <span class={classes!("badge", format!("side-{}", actor.side.slug()))} aria-hidden="true">{ actor.initials() }</span>
                { &actor.name }
            </h1>
            <p class="meta">{ format!("{} · {}", actor.kind.label(), actor.side.label()) }</p>
            <p>{ "Named in the texts as: " }{ actor.aliases.join(", ") }</p>
            <p><a href={format!("#/?{}", url_state::to_query(&filter))}>{ format!("Open the timeline filtered to {}", actor.name) }</a></p>
            if !roles.is_empty() {
                <section aria-labelledby="roles-h">
                    <h2 id="roles-h">{ "Roles, as each article gives them" }</h2>
                    <ul class="roles">
                        { for roles.iter().map(|r| html! { <li><strong>{ &r.title }</strong><Citation source={r.source.clone()} /></li> }) }
                    </ul>
                </section>
            }
            <section aria-labelledby="events-h">
                <h2 id="events-h">{ format!("Events ({})", events.len()) }</h2>
                <TimeAxis events={events.clone()} from={None} to={None} {on_range} />
                <EventList events={events.clone()} level={3} />
            </section>
            if !met.is_empty() {
                <section aria-labelledby="met-h">
                    <h2 id="met-h">{ "Met or spoke with" }</h2>
                    <ul class="met">
                        { for met.iter().map(|(other, shared)| {
                            let other = &data.actors[*other];
                            html! {
                                <li data-actor-id={other.id.clone()} data-count={shared.len().to_string()}>
                                    <a href={href(&Route::Actor { id: other.id.clone() })}>{ &other.name }</a>
                                    { format!(": {}", plural(shared.len(), "shared event")) }
                                    <details>
                                        <summary>{ "the events" }</summary>
                                        <ul>{ for shared.iter().map(|&i| {
                                            let e = &data.events[i];
                                            html! { <li><a href={href(&Route::Event { id: e.id.clone() })}>{ &e.title }</a>{ format!(" ({})", e.date.display()) }</li> }
                                        }) }</ul>
                                    </details>
                                </li>
                            }
                        }) }
                    </ul>
                </section>
            }
            if !places.is_empty() {
                <section aria-labelledby="places-h">
                    <h2 id="places-h">{ "Places" }</h2>
                    <ul class="places">
                        { for places.iter().filter_map(|(id, n)| data.place(id).map(|p| (p, *n))).map(|(p, n)| html! {
                            <li><a href={format!("#/?actor={}&place={}", actor.id, p.id)}>{ format!("{}, {}", p.name, p.country) }</a>{ format!(": {}", plural(n, "event")) }</li>
                        }) }
                    </ul>
                </section>
            }
            if !quotes.is_empty() {
                <section aria-labelledby="quotes-h">
                    <h2 id="quotes-h">{ format!("Quotes ({})", quotes.len()) }</h2>
                    <ul class="quotes">
                        { for quotes.iter().map(|q| {
                            let doc = data.document(&q.source.document);
                            html! {
                                <li><figure>
                                    <blockquote>{ &q.text }</blockquote>
                                    <figcaption>
                                        { doc.map(|d| format!("{}, {}", d.outlet, d.published.short())).unwrap_or_default() }
                                        if let Some(medium) = &q.medium { { format!(" · {medium}") } }
                                        { " · " }<a href={reader_href(&q.source.document, q.source.range)}>{ "Read in context" }</a>
                                    </figcaption>
                                </figure></li>
                            }
                        }) }
                    </ul>
                </section>
            }
            <section aria-labelledby="mentions-h">
                <h2 id="mentions-h">{ "Mentioned in" }</h2>
                <ul class="mentions">
                    { for data.documents.iter().map(|doc| {
                        let mentions: Vec<_> = data.mentions.iter().filter(|m| m.actor == actor.id && m.document == doc.id).collect();
                        html! {
                            if !mentions.is_empty() {
                                <li data-document-id={doc.id.clone()} data-count={mentions.len().to_string()}>
                                    <details>
                                        <summary>{ format!("{} ({}): {}", doc.outlet, doc.published.short(), plural(mentions.len(), "mention")) }</summary>
                                        <ul>{ for mentions.iter().map(|m| html! {
                                            <li><a href={reader_href(&doc.id, m.range)}>{ m.sentence.slice(&doc.text) }</a></li>
                                        }) }</ul>
                                    </details>
                                </li>
                            }
                        }
                    }) }
                </ul>
            </section>
        </article>
    }
}
