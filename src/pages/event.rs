//! `events/<id>/`: one event with all its sources, its date's basis, its participants, its
//! quotes, the accounts that differ about it, and the events just before and after.

use super::NotFoundPage;
use crate::components::{event_ref, from_markup, ClaimAccounts, DateWithBasis};
use crate::router::use_lang;
use parley_core::i18n::fill;
use parley_core::link::Link;
use parley_core::view::event::EventView;
use parley_core::view::event_ref::EventRef;
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
    let Some(view) = &props.view else {
        return html! { <NotFoundPage what={fill(t.no_event, &[("id", &props.id)])} /> };
    };
    let neighbour = |event: &Option<EventRef>, label: &'static str| {
        event
            .as_ref()
            .map(|e| html! { <li>{ label }{ event_ref(e) }</li> })
    };
    html! {
        <article class="event-page" data-event-id={view.id.clone()}>
            <p class="breadcrumb"><a href={Link::default().href()}>{ t.back_to_timeline }</a></p>
            <h1>{ &view.title }</h1>
            <div class="meta">
                <DateWithBasis date={view.date.clone()} />
                <span class="kind">{ &view.kind }</span>
                <span class={classes!("status", format!("status-{}", view.status.slug()))}>{ view.status.label(lang) }</span>
            </div>
            <section aria-labelledby="when">
                <h2 id="when">{ t.how_we_date_it }</h2>
                <p class="basis-text">{ &view.basis.0 }<q lang="en">{ &view.phrase }</q>{ &view.basis.1 }</p>
            </section>
            <section aria-labelledby="sources-h">
                <h2 id="sources-h">{ fill(t.sources_heading, &[("n", &lang.number(view.citations.len()))]) }</h2>
                <ul class="citations">
                    { for view.citations.iter().map(|c| html! { <li>{ from_markup(c.clone()) }</li> }) }
                </ul>
            </section>
            <section aria-labelledby="details-h">
                <h2 id="details-h">{ t.summary_heading }</h2>
                { from_markup(view.details.clone()) }
            </section>
            if !view.quotes.is_empty() {
                <section aria-labelledby="quotes-h">
                    <h2 id="quotes-h">{ t.quotes }</h2>
                    <ul class="quotes">
                        { for view.quotes.iter().map(|q| html! {
                            <li><figure>
                                <blockquote lang="en">{ &q.text }</blockquote>
                                <figcaption>
                                    <a href={q.href.clone()}>{ &q.speaker }</a>
                                    if let Some(medium) = &q.medium { { format!(", {medium}") } }
                                </figcaption>
                            </figure></li>
                        }) }
                    </ul>
                </section>
            }
            if !view.claims.is_empty() {
                <section aria-labelledby="claims-h" class="event-claims">
                    <h2 id="claims-h">{ t.nav_claims }</h2>
                    { for view.claims.iter().map(|claim| html! { <ClaimAccounts claim={claim.clone()} level={3} /> }) }
                </section>
            }
            <nav aria-label={t.neighbours}>
                <ul class="neighbours">
                    { for neighbour(&view.before, t.before) }
                    { for neighbour(&view.after, t.after) }
                </ul>
            </nav>
        </article>
    }
}
