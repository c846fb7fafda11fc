use super::{event_ref, Citation};
use crate::data::dataset;
use crate::router::use_lang;
use parley_core::html::side_tag;
use parley_core::link::Link;
use parley_core::view::event_ref::EventRef;
use parley_core::Claim;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ClaimViewProps {
    pub claim: Claim,
    /// Heading level of the question; the accounts' names sit one level below.
    #[prop_or(2)]
    pub level: u8,
}

/// One question and each side's account of it, side by side, each with its sentence.
#[component]
pub fn ClaimView(props: &ClaimViewProps) -> Html {
    let data = dataset();
    let lang = use_lang();
    let t = lang.t();
    let claim = &props.claim;
    let (question_tag, name_tag) = if props.level == 2 {
        ("h2", "h3")
    } else {
        ("h3", "h4")
    };
    html! {
        <section class="claim" id={claim.id.clone()} aria-labelledby={format!("{}-q", claim.id)}>
            <@{question_tag} id={format!("{}-q", claim.id)}>{ claim.question.get(lang) }</@>
            <ul class="accounts">
                { for claim.accounts.iter().map(|account| {
                    let actor = data.actor(&account.actor);
                    html! {
                        <li class={classes!("account", actor.map(|a| format!("side-{}", a.side.slug())))} data-actor-id={account.actor.clone()}>
                            <@{name_tag}><a href={Link::actor(&account.actor).href()}>{ actor.map_or(account.actor.as_str(), |a| a.name.get(lang)) }</a></@>
                            if let Some(actor) = actor { <p class="side-text">{ side_tag(actor.side, lang) }</p> }
                            <p class="says">{ account.says.get(lang) }</p>
                            <Citation source={account.source.clone()} open=true />
                            if let Some(event) = account.event.as_deref().and_then(|e| data.event(e)) {
                                <p class="event-link">{ t.event_label }{ event_ref(&EventRef::new(event, lang)) }</p>
                            }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
