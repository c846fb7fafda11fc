//! `actors/<id>/`: who the actor is, their roles over time with sources, their events (the
//! timeline's own axis and list, filtered), whom they met, where, their quotes, and every
//! sentence in which each article names them (see `parley_core::view::actor`).

use super::NotFoundPage;
use crate::components::{event_ref_items, Citation, EventList, TimeAxis};
use crate::data::dataset;
use crate::router;
use crate::router::use_lang;
use parley_core::i18n::fill;
use parley_core::link::Link;
use parley_core::query::{Filter, FilterAction};
use parley_core::view::actor::ActorView;
use parley_core::EventIx;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ActorPageProps {
    pub id: String,
    /// `None` for an id that is no actor.
    pub view: Option<Rc<ActorView>>,
}

#[component]
pub fn ActorPage(props: &ActorPageProps) -> Html {
    let lang = use_lang();
    let t = lang.t();
    let data = dataset();
    let Some(view) = &props.view else {
        return html! { <NotFoundPage what={fill(t.no_actor, &[("id", &props.id)])} /> };
    };
    let actor = &data.actors[view.actor];
    let events: Rc<[EventIx]> = view.events.as_slice().into();
    // Brushing the actor's axis opens the main timeline for that actor and range.
    let on_range = Callback::from(move |(from, to)| {
        let filter =
            Filter::for_actor(&actor.id).apply(FilterAction::SetRange(Some(from), Some(to)));
        router::go(&Link::timeline(filter));
    });

    html! {
        <article class="actor-page" data-actor-id={actor.id.clone()}>
            <p class="breadcrumb"><a href={Link::actors().href()}>{ t.back_to_actors }</a></p>
            <h1>
                <span class={classes!("badge", format!("side-{}", actor.side.slug()))} aria-hidden="true">{ actor.initials(lang) }</span>
                { actor.name.get(lang) }
            </h1>
            <p class="meta">{ format!("{} · {}", actor.kind.label(lang), actor.side.label(lang)) }</p>
            <p>{ t.named_as }<span lang="en">{ actor.aliases.join(", ") }</span></p>
            <p><a href={view.timeline.href()}>{ fill(t.open_timeline_of, &[("name", actor.name.get(lang))]) }</a></p>
            if !view.roles.is_empty() {
                <section aria-labelledby="roles-h">
                    <h2 id="roles-h">{ t.roles_heading }</h2>
                    <ul class="roles">
                        { for view.roles.iter().map(|&r| {
                            let role = &actor.roles[r];
                            html! { <li><strong>{ role.title.get(lang) }</strong><Citation source={role.source.clone()} /></li> }
                        }) }
                    </ul>
                </section>
            }
            <section aria-labelledby="events-h">
                <h2 id="events-h">{ fill(t.events_heading, &[("n", &lang.number(events.len()))]) }</h2>
                <TimeAxis events={events.clone()} filter={Filter::for_actor(&actor.id)} {on_range} id="actor-axis-svg" />
                <EventList events={events.clone()} level={3} />
            </section>
            if !view.met.is_empty() {
                <section aria-labelledby="met-h">
                    <h2 id="met-h">{ t.met_heading }</h2>
                    <ul class="met">
                        { for view.met.iter().map(|contact| {
                            let other = &data.actors[contact.actor];
                            html! {
                                <li data-actor-id={other.id.clone()} data-count={contact.events.len().to_string()}>
                                    <a href={Link::actor(&other.id).href()}>{ other.name.get(lang) }</a>
                                    { format!(": {}", lang.count(contact.events.len(), &t.shared_events)) }
                                    <details>
                                        <summary>{ t.the_events }</summary>
                                        <ul>{ event_ref_items(&contact.events, lang) }</ul>
                                    </details>
                                </li>
                            }
                        }) }
                    </ul>
                </section>
            }
            if !view.places.is_empty() {
                <section aria-labelledby="places-h">
                    <h2 id="places-h">{ t.places_heading }</h2>
                    <ul class="places">
                        { for view.places.iter().map(|counted| {
                            let p = &data.places[counted.place];
                            html! {
                                <li><a href={counted.link.href()}>{ format!("{}, {}", p.name.get(lang), p.country.get(lang)) }</a>{ format!(": {}", lang.count(counted.events, &t.events)) }</li>
                            }
                        }) }
                    </ul>
                </section>
            }
            if !view.quotes.is_empty() {
                <section aria-labelledby="quotes-h">
                    <h2 id="quotes-h">{ fill(t.quotes_heading, &[("n", &lang.number(view.quotes.len()))]) }</h2>
                    <ul class="quotes">
                        { for view.quotes.iter().map(|&q| {
                            let q = &data.quotes[q];
                            let doc = data.document(&q.source.document);
                            html! {
                                <li><figure>
                                    <blockquote lang="en">{ &q.text }</blockquote>
                                    <figcaption>
                                        { doc.map(|d| format!("{}, {}", d.outlet, d.published.short(lang))).unwrap_or_default() }
                                        if let Some(medium) = &q.medium { { format!(" · {}", medium.get(lang)) } }
                                        { " · " }<a href={Link::source(&q.source.document, Some(q.source.range)).href()}>{ t.read_in_context }</a>
                                    </figcaption>
                                </figure></li>
                            }
                        }) }
                    </ul>
                </section>
            }
            <section aria-labelledby="mentions-h">
                <h2 id="mentions-h">{ t.mentioned_in }</h2>
                <ul class="mentions">
                    { for view.mentions.iter().map(|of_doc| {
                        let doc = &data.documents[of_doc.document];
                        html! {
                            <li data-document-id={doc.id.clone()} data-count={of_doc.mentions.len().to_string()}>
                                <details>
                                    <summary>{ format!("{} ({}): {}", doc.outlet, doc.published.short(lang), lang.count(of_doc.mentions.len(), &t.mentions)) }</summary>
                                    <ul>{ for of_doc.mentions.iter().map(|&m| {
                                        let m = &data.mentions[m];
                                        html! { <li lang="en"><a href={Link::source(&doc.id, Some(m.range)).href()}>{ m.sentence.slice(&doc.text) }</a></li> }
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
