//! `actors/?sort=…&q=…`: every actor with their events' count and span, filtered by name or
//! alias, grouped by side or sorted.

use crate::i18n::Lang;
use crate::link::{ActorSort, Link};
use crate::model::{ActorIx, Dataset, EventIx, Side};
use crate::query::SearchIndex;
use crate::sort::{sort_by, sort_by_key};
use crate::text::{fold, matches_all_terms};
use serde::Serialize;

/// An actor's card, in the view's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ActorRow {
    pub actor: ActorIx,
    /// In chronological order.
    pub events: Vec<EventIx>,
    pub id: String,
    /// The actor's page.
    pub href: String,
    pub name: String,
    pub initials: String,
    pub side: Side,
    /// The first role, or else the kind of actor, and the side: "Special envoy · United States".
    pub role: String,
    /// "12 events".
    pub count: String,
    /// From the first event's date to the last's, if there are events.
    pub span: Option<String>,
}

impl ActorRow {
    fn new(dataset: &Dataset, index: &SearchIndex, actor: ActorIx, lang: Lang) -> ActorRow {
        let a = &dataset.actors[actor];
        let events = index.events_of(actor);
        let role = a
            .roles
            .first()
            .map_or(a.kind.label(lang), |r| r.title.get(lang));
        let date = |i: &EventIx| dataset.events[*i].date.display(lang);
        let span = match (events.first().map(date), events.last().map(date)) {
            (Some(first), Some(last)) => Some(format!("{first} – {last}")),
            _ => None,
        };
        ActorRow {
            actor,
            id: a.id.clone(),
            href: Link::actor(&a.id).href(),
            name: a.name.get(lang).to_string(),
            initials: a.initials(lang),
            side: a.side,
            role: format!("{role} · {}", a.side.label(lang)),
            count: lang.count(events.len(), &lang.t().events),
            span,
            events,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ActorsView {
    /// With [`ActorSort::Side`], one group per side that has a row, in [`Side::ALL`] order;
    /// otherwise one group, `None`, in the chosen order.
    pub groups: Vec<(Option<Side>, Vec<ActorRow>)>,
    /// How many rows there are in all.
    pub shown: usize,
    pub total: usize,
}

impl ActorsView {
    /// Sorted by name in `lang`; the search finds a name in any language, or an alias.
    pub fn new(
        dataset: &Dataset,
        index: &SearchIndex,
        sort: ActorSort,
        text: &str,
        lang: Lang,
    ) -> ActorsView {
        let folded = fold(text.trim());
        let names = |a: &crate::Actor| {
            let aliases = a.aliases.iter().map(String::as_str);
            let mut names = a.name.all().into_iter().chain(aliases);
            folded.is_empty() || names.any(|n| matches_all_terms(&fold(n), &folded))
        };
        let actors = dataset.actors.iter().enumerate().filter(|(_, a)| names(a));
        let mut rows: Vec<ActorRow> = actors
            .map(|(actor, _)| ActorRow::new(dataset, index, ActorIx::new(actor), lang))
            .collect();
        let first_day = |r: &ActorRow| {
            let first = r.events.first();
            first.map_or(i32::MAX, |&i| index.days(i).0)
        };
        match sort {
            ActorSort::Name => sort_by(&mut rows, |a, b| {
                let name = |r: &ActorRow| dataset.actors[r.actor].name.get(lang);
                name(a).cmp(name(b))
            }),
            ActorSort::Events => sort_by_key(&mut rows, |r| std::cmp::Reverse(r.events.len())),
            ActorSort::First => sort_by_key(&mut rows, first_day),
            ActorSort::Side => {}
        }
        let shown = rows.len();
        let groups = match sort {
            ActorSort::Side => Side::ALL
                .iter()
                .map(|&side| {
                    let of_side = rows.iter().filter(|r| dataset.actors[r.actor].side == side);
                    (Some(side), of_side.cloned().collect::<Vec<_>>())
                })
                .filter(|(_, rows)| !rows.is_empty())
                .collect(),
            _ => vec![(None, rows)],
        };
        ActorsView {
            groups,
            shown,
            total: dataset.actors.len(),
        }
    }
}
