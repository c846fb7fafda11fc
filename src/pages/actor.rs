//! `actors/<id>/`: who the actor is, their roles over time with sources, their events (the
//! timeline's own axis and list, filtered), whom they met, where, their quotes, and every
//! sentence in which each article names them (see `parley_core::view::actor`).

use super::NotFoundPage;
use crate::components::{event_ref, from_markup, EventList, TimeAxis};
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
    let Some(view) = &props.view else {
        return html! { <NotFoundPage what={fill(t.no_actor, &[("id", &props.id)])} /> };
    };
    let events: Rc<[EventIx]> = view.events.as_slice().into();
    // Brushing the actor's axis opens the main timeline for that actor and range.
    let on_range = {
        let id = view.id.clone();
        Callback::from(move |(from, to)| {
            let filter = Filter::for_actor(&id).apply(FilterAction::SetRange(Some(from), Some(to)));
            router::go(&Link::timeline(filter));
        })
    };

    html! {
        <article class="actor-page" data-actor-id={view.id.clone()}>
            <p class="breadcrumb"><a href={Link::actors().href()}>{ t.back_to_actors }</a></p>
            <h1>
                <span class={classes!("badge", format!("side-{}", view.side.slug()))} aria-hidden="true">{ &view.initials }</span>
                { &view.name }
            </h1>
            <p class="meta">{ &view.meta }</p>
            <p>{ t.named_as }<span lang="en">{ &view.aliases }</span></p>
            <p><a href={view.timeline.href()}>{ fill(t.open_timeline_of, &[("name", &view.name)]) }</a></p>
            if !view.roles.is_empty() {
                <section aria-labelledby="roles-h">
                    <h2 id="roles-h">{ t.roles_heading }</h2>
                    <ul class="roles">
                        { for view.roles.iter().map(|role| html! {
                            <li><strong>{ &role.title }</strong>{ from_markup(role.citation.clone()) }</li>
                        }) }
                    </ul>
                </section>
            }
            <section aria-labelledby="events-h">
                <h2 id="events-h">{ fill(t.events_heading, &[("n", &lang.number(events.len()))]) }</h2>
                <TimeAxis events={events.clone()} filter={Filter::for_actor(&view.id)} {on_range} id="actor-axis-svg" />
                <EventList events={events.clone()} level={3} />
            </section>
            if !view.met.is_empty() {
                <section aria-labelledby="met-h">
                    <h2 id="met-h">{ t.met_heading }</h2>
                    <ul class="met">
                        { for view.met.iter().map(|contact| html! {
                            <li data-actor-id={contact.id.clone()} data-count={contact.events.len().to_string()}>
                                <a href={contact.href.clone()}>{ &contact.name }</a>
                                { format!(": {}", contact.count) }
                                <details>
                                    <summary>{ t.the_events }</summary>
                                    <ul>{ for contact.events.iter().map(|e| html! { <li>{ event_ref(e) }</li> }) }</ul>
                                </details>
                            </li>
                        }) }
                    </ul>
                </section>
            }
            if !view.places.is_empty() {
                <section aria-labelledby="places-h">
                    <h2 id="places-h">{ t.places_heading }</h2>
                    <ul class="places">
                        { for view.places.iter().map(|place| html! {
                            <li><a href={place.link.href()}>{ &place.name }</a>{ format!(": {}", place.count) }</li>
                        }) }
                    </ul>
                </section>
            }
            if !view.quotes.is_empty() {
                <section aria-labelledby="quotes-h">
                    <h2 id="quotes-h">{ fill(t.quotes_heading, &[("n", &lang.number(view.quotes.len()))]) }</h2>
                    <ul class="quotes">
                        { for view.quotes.iter().map(|q| html! {
                            <li><figure>
                                <blockquote lang="en">{ &q.text }</blockquote>
                                <figcaption>
                                    { &q.reported }
                                    if let Some(medium) = &q.medium { { format!(" · {medium}") } }
                                    { " · " }<a href={q.href.clone()}>{ t.read_in_context }</a>
                                </figcaption>
                            </figure></li>
                        }) }
                    </ul>
                </section>
            }
            <section aria-labelledby="mentions-h">
                <h2 id="mentions-h">{ t.mentioned_in }</h2>
                <ul class="mentions">
                    { for view.mentions.iter().map(|of_doc| html! {
                        <li data-document-id={of_doc.id.clone()} data-count={of_doc.sentences.len().to_string()}>
                            <details>
                                <summary>{ &of_doc.summary }</summary>
                                <ul>{ for of_doc.sentences.iter().map(|m| html! {
                                    <li lang="en"><a href={m.href.clone()}>{ &m.text }</a></li>
                                }) }</ul>
                            </details>
                        </li>
                    }) }
                </ul>
            </section>
        </article>
    }
}
