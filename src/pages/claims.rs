//! `#/claims`: where the sources disagree, the accounts side by side, each with its sentence.

use crate::components::Citation;
use crate::data::dataset;
use crate::route::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[component]
pub fn ClaimsPage() -> Html {
    let data = dataset();
    html! {
        <section class="claims-page">
            <h1>{ "Accounts that differ" }</h1>
            <p>{ "Where the sources disagree, each side's account stands next to the other's, with the sentence that gives it." }</p>
            { for data.claims.iter().map(|claim| html! {
                <section class="claim" id={claim.id.clone()} aria-labelledby={format!("{}-q", claim.id)}>
                    <h2 id={format!("{}-q", claim.id)}>{ &claim.question }</h2>
                    <ul class="accounts">
                        { for claim.accounts.iter().map(|account| {
                            let actor = data.actor(&account.actor);
                            html! {
                                <li class={classes!("account", actor.map(|a| format!("side-{}", a.side.slug())))}>
                                    <h3><Link<Route> to={Route::Actor { id: account.actor.clone() }}>{ actor.map_or(account.actor.as_str(), |a| a.name.as_str()) }</Link<Route>></h3>
                                    <p class="says">{ &account.says }</p>
                                    <Citation source={account.source.clone()} open=true />
                                    if let Some(event) = account.event.as_deref().and_then(|e| data.event(e)) {
                                        <p class="event-link">{ "Event: " }<Link<Route> to={Route::Event { id: event.id.clone() }}>{ &event.title }</Link<Route>>{ format!(" ({})", event.date.display()) }</p>
                                    }
                                </li>
                            }
                        }) }
                    </ul>
                </section>
            }) }
        </section>
    }
}
