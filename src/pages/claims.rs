//! `#/claims`: where the sources disagree, the accounts side by side, each with its sentence.

use crate::components::ClaimView;
use crate::data::dataset;
use yew::prelude::*;

#[component]
pub fn ClaimsPage() -> Html {
    html! {
        <section class="claims-page">
            <h1>{ "Accounts that differ" }</h1>
            <p>{ "Where the sources disagree, each side's account stands next to the other's, with the sentence that gives it." }</p>
            { for dataset().claims.iter().map(|claim| html! { <ClaimView claim={claim.clone()} /> }) }
        </section>
    }
}
