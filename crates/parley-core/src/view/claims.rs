//! `claims/` (and an event's page): where the sources disagree, each question with every
//! side's account of it, side by side, each with its sentence.

use super::event_ref::EventRef;
use crate::html::{self, Markup};
use crate::i18n::Lang;
use crate::link::Link;
use crate::model::{Claim, Dataset, Side};
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ClaimCard {
    pub id: String,
    pub question: String,
    pub accounts: Vec<AccountCard>,
}

/// One side's account, in the view's language; what it says is ours, its excerpt verbatim.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AccountCard {
    /// The actor's id.
    pub actor: String,
    /// The actor's page.
    pub href: String,
    /// The actor's name, or the id of an actor the dataset does not know.
    pub name: String,
    pub side: Option<Side>,
    /// What this account says, in brief ("for a week").
    pub says: String,
    /// The excerpt and its link to the reader, opened (the core's markup).
    pub citation: Markup,
    /// The event the account is about, if it names one.
    pub event: Option<EventRef>,
}

impl ClaimCard {
    pub fn new(dataset: &Dataset, claim: &Claim, lang: Lang) -> ClaimCard {
        let accounts = claim.accounts.iter().map(|account| {
            let actor = dataset.actor(&account.actor);
            let mut citation = Markup::default();
            html::citation(&mut citation, dataset, &account.source, true, lang);
            let event = account.event.as_deref().and_then(|e| dataset.event(e));
            AccountCard {
                actor: account.actor.clone(),
                href: Link::actor(&account.actor).href(),
                name: actor.map_or(account.actor.clone(), |a| a.name.get(lang).to_string()),
                side: actor.map(|a| a.side),
                says: account.says.get(lang).to_string(),
                citation,
                event: event.map(|e| EventRef::new(e, lang)),
            }
        });
        ClaimCard {
            id: claim.id.clone(),
            question: claim.question.get(lang).to_string(),
            accounts: accounts.collect(),
        }
    }

    /// Every question of the dataset, in its order.
    pub fn all(dataset: &Dataset, lang: Lang) -> Vec<ClaimCard> {
        let claims = dataset.claims.iter();
        claims
            .map(|claim| ClaimCard::new(dataset, claim, lang))
            .collect()
    }
}
