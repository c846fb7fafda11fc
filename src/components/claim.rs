use super::{event_ref, from_markup};
use crate::router::use_lang;
use parley_core::html::side_tag;
use parley_core::view::claims::ClaimCard;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ClaimAccountsProps {
    pub claim: ClaimCard,
    /// Heading level of the question; the accounts' names sit one level below.
    #[prop_or(2)]
    pub level: u8,
}

/// One question and each side's account of it, side by side, each with its sentence.
#[component]
pub fn ClaimAccounts(props: &ClaimAccountsProps) -> Html {
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
            <@{question_tag} id={format!("{}-q", claim.id)}>{ &claim.question }</@>
            <ul class="accounts">
                { for claim.accounts.iter().map(|account| html! {
                    <li class={classes!("account", account.side.map(|s| format!("side-{}", s.slug())))} data-actor-id={account.actor.clone()}>
                        <@{name_tag}><a href={account.href.clone()}>{ &account.name }</a></@>
                        if let Some(side) = account.side { <p class="side-text">{ side_tag(side, lang) }</p> }
                        <p class="says">{ &account.says }</p>
                        { from_markup(account.citation.clone()) }
                        if let Some(event) = &account.event {
                            <p class="event-link">{ t.event_label }{ event_ref(event) }</p>
                        }
                    </li>
                }) }
            </ul>
        </section>
    }
}
