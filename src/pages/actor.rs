//! `#/actors/<id>`: who the actor is, their roles over time with sources, their events (the
//! timeline's own axis and list, filtered), whom they met, where, their quotes, and every
//! sentence in which each article names them (see `parley_core::view::actor`).

use super::NotFoundPage;
use crate::components::{Citation, EventList, TimeAxis};
use crate::data::{dataset, network, search_index};
use crate::router;
use parley_core::link::Link;
use parley_core::query::{Filter, FilterAction};
use parley_core::view::actor::ActorView;
use parley_core::view::plural;
use parley_core::EventIx;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ActorPageProps {
    pub id: String,
}

#[component]
pub fn ActorPage(props: &ActorPageProps) -> Html {
    let data = dataset();
    let Some(view) = ActorView::new(data, search_index(), network(), &props.id) else {
        return html! { <NotFoundPage what={format!("There is no actor '{}'. The actors page lists everyone in the dataset.", props.id)} /> };
    };
    let actor = &data.actors[view.actor];
    let events: std::rc::Rc<[EventIx]> = view.events.into();
    // Brushing the actor's axis opens the main timeline for that actor and range.
    let on_range = Callback::from(move |(from, to)| {
        let filter =
            Filter::for_actor(&actor.id).apply(FilterAction::SetRange(Some(from), Some(to)));
        router::go(&Link::timeline(filter));
    });

    html! {
        <article class="actor-page" data-actor-id={actor.id.clone()}>
            <p class="breadcrumb"><a href={Link::actors().href()}>{ "← Actors" }</a></p>
            <h1>
                <span class={classes!("badge", format!("side-{}", actor.side.slug()))} aria-hidden="true">{ actor.initials() }</span>
                { &actor.name }
            </h1>
            <p class="meta">{ format!("{} · {}", actor.kind.label(), actor.side.label()) }</p>
            <p>{ "Named in the texts as: " }{ actor.aliases.join(", ") }</p>
            <p><a href={view.timeline.href()}>{ format!("Open the timeline filtered to {}", actor.name) }</a></p>
            if !view.roles.is_empty() {
                <section aria-labelledby="roles-h">
                    <h2 id="roles-h">{ "Roles, as each article gives them" }</h2>
                    <ul class="roles">
                        { for view.roles.iter().map(|&r| {
                            let role = &actor.roles[r];
                            html! { <li><strong>{ &role.title }</strong><Citation source={role.source.clone()} /></li> }
                        }) }
                    </ul>
                </section>
            }
            <section aria-labelledby="events-h">
                <h2 id="events-h">{ format!("Events ({})", events.len()) }</h2>
                <TimeAxis events={events.clone()} filter={Filter::for_actor(&actor.id)} {on_range} id="actor-axis-svg" />
                <EventList events={events.clone()} level={3} />
            </section>
            if !view.met.is_empty() {
                <section aria-labelledby="met-h">
                    <h2 id="met-h">{ "Met or spoke with" }</h2>
                    <ul class="met">
                        { for view.met.iter().map(|contact| {
                            let other = &data.actors[contact.actor];
                            html! {
                                <li data-actor-id={other.id.clone()} data-count={contact.events.len().to_string()}>
                                    <a href={Link::actor(&other.id).href()}>{ &other.name }</a>
                                    { format!(": {}", plural(contact.events.len(), "shared event")) }
                                    <details>
                                        <summary>{ "the events" }</summary>
                                        <ul>{ for contact.events.iter().map(|&i| {
                                            let e = &data.events[i];
                                            html! { <li><a href={Link::event(&e.id).href()}>{ &e.title }</a>{ format!(" ({})", e.date.display()) }</li> }
                                        }) }</ul>
                                    </details>
                                </li>
                            }
                        }) }
                    </ul>
                </section>
            }
            if !view.places.is_empty() {
                <section aria-labelledby="places-h">
                    <h2 id="places-h">{ "Places" }</h2>
                    <ul class="places">
                        { for view.places.iter().map(|counted| {
                            let p = &data.places[counted.place];
                            html! {
                                <li><a href={counted.link.href()}>{ format!("{}, {}", p.name, p.country) }</a>{ format!(": {}", plural(counted.events, "event")) }</li>
                            }
                        }) }
                    </ul>
                </section>
            }
            if !view.quotes.is_empty() {
                <section aria-labelledby="quotes-h">
                    <h2 id="quotes-h">{ format!("Quotes ({})", view.quotes.len()) }</h2>
                    <ul class="quotes">
                        { for view.quotes.iter().map(|&q| {
                            let q = &data.quotes[q];
                            let doc = data.document(&q.source.document);
                            html! {
                                <li><figure>
                                    <blockquote>{ &q.text }</blockquote>
                                    <figcaption>
                                        { doc.map(|d| format!("{}, {}", d.outlet, d.published.short())).unwrap_or_default() }
                                        if let Some(medium) = &q.medium { { format!(" · {medium}") } }
                                        { " · " }<a href={Link::source(&q.source.document, Some(q.source.range)).href()}>{ "Read in context" }</a>
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
                    { for view.mentions.iter().map(|of_doc| {
                        let doc = &data.documents[of_doc.document];
                        html! {
                            <li data-document-id={doc.id.clone()} data-count={of_doc.mentions.len().to_string()}>
                                <details>
                                    <summary>{ format!("{} ({}): {}", doc.outlet, doc.published.short(), plural(of_doc.mentions.len(), "mention")) }</summary>
                                    <ul>{ for of_doc.mentions.iter().map(|&m| {
                                        let m = &data.mentions[m];
                                        html! { <li><a href={Link::source(&doc.id, Some(m.range)).href()}>{ m.sentence.slice(&doc.text) }</a></li> }
                                    }) }</ul>
                                </details>
                            </li>
                        }
                    }) }
                </ul>
            </section>
        </article>
    }
}
