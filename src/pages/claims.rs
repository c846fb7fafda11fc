//! `claims/`: where the sources disagree, the accounts side by side, each with its sentence.

use crate::components::ClaimView;
use crate::data::dataset;
use crate::router::use_lang;
use yew::prelude::*;

#[component]
pub fn ClaimsPage() -> Html {
    let t = use_lang().t();
    html! {
        <section class="claims-page">
            <h1>{ t.nav_claims }</h1>
            <p>{ t.claims_intro }</p>
            { for dataset().claims.iter().map(|claim| html! { <ClaimView claim={claim.clone()} /> }) }
        </section>
    }
}
