//! `#/actors/<id>`: who the actor is, their roles with sources, their events (the timeline's
//! own list, filtered), their quotes and where each article names them.

use super::NotFoundPage;
use crate::components::{reader_href, Citation, EventList};
use crate::data::{dataset, search_index};
use crate::route::Route;
use parley_core::query::{run, Filter};
use parley_core::url_state;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ActorPageProps {
    pub id: String,
}

#[component]
pub fn ActorPage(props: &ActorPageProps) -> Html {
    let data = dataset();
    let Some(actor) = data.actor(&props.id) else {
        return html! { <NotFoundPage what={format!("There is no actor '{}'. The actors page lists everyone in the dataset.", props.id)} /> };
    };
    let filter = Filter::for_actor(&actor.id);
    let events = run(data, search_index(), &filter).events;
    let quotes: Vec<_> = data
        .quotes
        .iter()
        .filter(|q| q.speaker == actor.id)
        .collect();
    html! {
        <article class="actor-page" data-actor-id={actor.id.clone()}>
            <p class="breadcrumb"><Link<Route> to={Route::Actors}>{ "← Actors" }</Link<Route>></p>
            <h1>
                <span class={classes!("badge", format!("side-{}", actor.side.slug()))} aria-hidden="true">{ actor.initials() }</span>
                { &actor.name }
            </h1>
            <p class="meta">{ format!("{} · {}", actor.kind.label(), actor.side.label()) }</p>
            <p>{ "Named in the texts as: " }{ actor.aliases.join(", ") }</p>
            <p><a href={format!("#/?{}", url_state::to_query(&filter))}>{ format!("Open the timeline filtered to {}", actor.name) }</a></p>
            if !actor.roles.is_empty() {
                <section aria-labelledby="roles-h">
                    <h2 id="roles-h">{ "Roles" }</h2>
                    <ul class="roles">
                        { for actor.roles.iter().map(|r| html! { <li><strong>{ &r.title }</strong><Citation source={r.source.clone()} /></li> }) }
                    </ul>
                </section>
            }
            <section aria-labelledby="events-h">
                <h2 id="events-h">{ format!("Events ({})", events.len()) }</h2>
                <EventList {events} level={3} />
            </section>
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
                                <li>
                                    <details>
                                        <summary>{ format!("{} ({}): {} mention{}", doc.outlet, doc.published.short(), mentions.len(), if mentions.len() == 1 { "" } else { "s" }) }</summary>
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
