use super::{Citation, DateView};
use crate::data::dataset;
use crate::route::{href, Route};
use parley_core::{Side, Status};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EventCardProps {
    /// Position in `dataset().events`.
    pub index: usize,
}

/// One event: date with its precision, kind, status, place, participants, topics, citations.
#[component]
pub fn EventCard(props: &EventCardProps) -> Html {
    let data = dataset();
    let event = &data.events[props.index];
    let place = event.place.as_deref().and_then(|p| data.place(p));
    html! {
        <article class={classes!("event", format!("status-{}", event.status.slug()))}
            data-event-id={event.id.clone()} data-status={event.status.slug()} data-kind={event.kind.slug()}>
            <header>
                <p class="meta">
                    <DateView date={event.date.clone()} />
                    <span class="kind">{ event.kind.label() }</span>
                    if event.status != Status::Held {
                        <span class={classes!("status", format!("status-{}", event.status.slug()))}>{ event.status.label() }</span>
                    }
                </p>
                <h3><a href={href(&Route::Event { id: event.id.clone() })}>{ &event.title }</a></h3>
            </header>
            <p class="summary">{ &event.summary }</p>
            <dl class="facts">
                if let Some(place) = place {
                    <div><dt>{ "Place" }</dt><dd>{ format!("{}, {}", place.name, place.country) }</dd></div>
                }
                if !event.actors.is_empty() {
                    <div>
                        <dt>{ "Who" }</dt>
                        <dd>
                            <ul class="inline participants">
                                { for event.actors.iter().filter_map(|p| data.actor(&p.actor).map(|a| (p, a))).map(|(p, actor)| html! {
                                    <li>
                                        <a href={href(&Route::Actor { id: actor.id.clone() })} class={classes!(format!("side-{}", actor.side.slug()))}>{ &actor.name }</a>
                                        <span class="role">{ match p.role {
                                            Some(role) => format!(" ({}, {})", side_tag(actor.side), role.label()),
                                            None => format!(" ({})", side_tag(actor.side)),
                                        } }</span>
                                    </li>
                                }) }
                            </ul>
                        </dd>
                    </div>
                }
                if !event.topics.is_empty() {
                    <div>
                        <dt>{ "Topics" }</dt>
                        <dd><ul class="inline topics">{ for event.topics.iter().map(|t| html! { <li>{ t.replace('-', " ") }</li> }) }</ul></dd>
                    </div>
                }
            </dl>
            <ul class="citations" aria-label="Sources">
                { for event.sources.iter().map(|s| html! { <li><Citation source={s.clone()} /></li> }) }
            </ul>
        </article>
    }
}

/// The side in words beside the colour, so colour is never the only signal.
pub fn side_tag(side: Side) -> &'static str {
    match side {
        Side::Us => "US",
        other => other.label(),
    }
}
