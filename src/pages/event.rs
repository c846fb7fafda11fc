//! `#/events/<id>`: one event with all its sources, its date's basis, its participants, its
//! quotes, the accounts that differ about it, and the events just before and after.

use super::NotFoundPage;
use crate::components::{Citation, ClaimView, DateView, EventCard};
use crate::data::dataset;
use parley_core::link::Link;
use parley_core::view::event::EventView;
use parley_core::EventIx;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EventPageProps {
    pub id: String,
}

#[component]
pub fn EventPage(props: &EventPageProps) -> Html {
    let data = dataset();
    let Some(view) = EventView::new(data, &props.id) else {
        return html! { <NotFoundPage what={format!("There is no event '{}'.", props.id)} /> };
    };
    let (index, event) = (view.event, &data.events[view.event]);
    let neighbour = |i: Option<EventIx>, label: &'static str| {
        i.map(|i| &data.events[i]).map(|e| html! {
            <li>{ label }<a href={Link::event(&e.id).href()}>{ &e.title }</a>{ format!(" ({})", e.date.display()) }</li>
        })
    };
    html! {
        <article class="event-page" data-event-id={event.id.clone()}>
            <p class="breadcrumb"><a href={Link::default().href()}>{ "← Timeline" }</a></p>
            <h1>{ &event.title }</h1>
            <div class="meta">
                <DateView date={event.date.clone()} />
                <span class="kind">{ event.kind.label() }</span>
                <span class={classes!("status", format!("status-{}", event.status.slug()))}>{ event.status.label() }</span>
            </div>
            <section aria-labelledby="when">
                <h2 id="when">{ "How we date it" }</h2>
                <p class="basis-text">{ &event.date.basis }</p>
            </section>
            <section aria-labelledby="sources-h">
                <h2 id="sources-h">{ format!("Sources ({})", event.sources.len()) }</h2>
                <ul class="citations">
                    { for event.sources.iter().map(|s| html! { <li><Citation source={s.clone()} open=true /></li> }) }
                </ul>
            </section>
            <section aria-labelledby="details-h">
                <h2 id="details-h">{ "Summary and participants" }</h2>
                <EventCard {index} />
            </section>
            if !view.quotes.is_empty() {
                <section aria-labelledby="quotes-h">
                    <h2 id="quotes-h">{ "Quotes" }</h2>
                    <ul class="quotes">
                        { for view.quotes.iter().map(|&q| {
                            let q = &data.quotes[q];
                            let speaker = data.actor(&q.speaker).map_or(q.speaker.as_str(), |a| a.name.as_str());
                            html! {
                                <li><figure>
                                    <blockquote>{ &q.text }</blockquote>
                                    <figcaption>
                                        <a href={Link::actor(&q.speaker).href()}>{ speaker }</a>
                                        if let Some(medium) = &q.medium { { format!(", {medium}") } }
                                    </figcaption>
                                </figure></li>
                            }
                        }) }
                    </ul>
                </section>
            }
            if !view.claims.is_empty() {
                <section aria-labelledby="claims-h" class="event-claims">
                    <h2 id="claims-h">{ "Accounts that differ" }</h2>
                    { for view.claims.iter().map(|&c| html! { <ClaimView claim={data.claims[c].clone()} level={3} /> }) }
                </section>
            }
            <nav aria-label="Neighbouring events">
                <ul class="neighbours">
                    { for neighbour(view.before, "Before: ") }
                    { for neighbour(view.after, "After: ") }
                </ul>
            </nav>
        </article>
    }
}
