//! `claims/`: where the sources disagree, the accounts side by side, each with its sentence.

use crate::components::ClaimAccounts;
use crate::router::use_lang;
use parley_core::view::claims::ClaimCard;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ClaimsPageProps {
    pub claims: Rc<Vec<ClaimCard>>,
}

#[component]
pub fn ClaimsPage(props: &ClaimsPageProps) -> Html {
    let t = use_lang().t();
    html! {
        <section class="claims-page">
            <h1>{ t.nav_claims }</h1>
            <p>{ t.claims_intro }</p>
            { for props.claims.iter().map(|claim| html! { <ClaimAccounts claim={claim.clone()} /> }) }
        </section>
    }
}
