//! `events/<id>/`: one event with all its sources, its date's basis, its participants, its
//! quotes, the accounts that differ about it, and the events just before and after.

use super::NotFoundPage;
use crate::components::{event_ref, Citation, ClaimView, DateView, EventDetails};
use crate::data::dataset;
use crate::router::use_lang;
use parley_core::i18n::fill;
use parley_core::link::Link;
use parley_core::view::event::EventView;
use parley_core::view::event_ref::EventRef;
use parley_core::EventIx;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EventPageProps {
    pub id: String,
    /// `None` for an id that is no event.
    pub view: Option<Rc<EventView>>,
}

#[component]
pub fn EventPage(props: &EventPageProps) -> Html {
    let lang = use_lang();
    let t = lang.t();
    let data = dataset();
    let Some(view) = &props.view else {
        return html! { <NotFoundPage what={fill(t.no_event, &[("id", &props.id)])} /> };
    };
    let (index, event) = (view.event, &data.events[view.event]);
    let basis = event.date.basis_template(lang);
    let (basis_before, basis_after) = basis.split_once("{phrase}").unwrap_or((&basis, ""));
    let neighbour = |i: Option<EventIx>, label: &'static str| {
        i.map(|i| EventRef::new(&data.events[i], lang))
            .map(|e| html! { <li>{ label }{ event_ref(&e) }</li> })
    };
    html! {
        <article class="event-page" data-event-id={event.id.clone()}>
            <p class="breadcrumb"><a href={Link::default().href()}>{ t.back_to_timeline }</a></p>
            <h1>{ event.title.get(lang) }</h1>
            <div class="meta">
                <DateView date={event.date.clone()} />
                <span class="kind">{ event.kind.label(lang) }</span>
                <span class={classes!("status", format!("status-{}", event.status.slug()))}>{ event.status.label(lang) }</span>
            </div>
            <section aria-labelledby="when">
                <h2 id="when">{ t.how_we_date_it }</h2>
                <p class="basis-text">{ basis_before }<q lang="en">{ &event.date.basis.phrase }</q>{ basis_after }</p>
            </section>
            <section aria-labelledby="sources-h">
                <h2 id="sources-h">{ fill(t.sources_heading, &[("n", &lang.number(event.sources.len()))]) }</h2>
                <ul class="citations">
                    { for event.sources.iter().map(|s| html! { <li><Citation source={s.clone()} open=true /></li> }) }
                </ul>
            </section>
            <section aria-labelledby="details-h">
                <h2 id="details-h">{ t.summary_heading }</h2>
                <EventDetails {index} />
            </section>
            if !view.quotes.is_empty() {
                <section aria-labelledby="quotes-h">
                    <h2 id="quotes-h">{ t.quotes }</h2>
                    <ul class="quotes">
                        { for view.quotes.iter().map(|&q| {
                            let q = &data.quotes[q];
                            let speaker = data.actor(&q.speaker).map_or(q.speaker.as_str(), |a| a.name.get(lang));
                            html! {
                                <li><figure>
                                    <blockquote lang="en">{ &q.text }</blockquote>
                                    <figcaption>
                                        <a href={Link::actor(&q.speaker).href()}>{ speaker }</a>
                                        if let Some(medium) = &q.medium { { format!(", {}", medium.get(lang)) } }
                                    </figcaption>
                                </figure></li>
                            }
                        }) }
                    </ul>
                </section>
            }
            if !view.claims.is_empty() {
                <section aria-labelledby="claims-h" class="event-claims">
                    <h2 id="claims-h">{ t.nav_claims }</h2>
                    { for view.claims.iter().map(|&c| html! { <ClaimView claim={data.claims[c].clone()} level={3} /> }) }
                </section>
            }
            <nav aria-label={t.neighbours}>
                <ul class="neighbours">
                    { for neighbour(view.before, t.before) }
                    { for neighbour(view.after, t.after) }
                </ul>
            </nav>
        </article>
    }
}
