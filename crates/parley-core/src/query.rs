//! The filter and facet engine.
//!
//! Within one facet, the selected values combine with OR (kind=meeting&kind=phone-call), except
//! actors, which combine with AND: `actor=witkoff&actor=putin` is what the two did together.
//! Facets combine with AND. Each facet's counts are taken under every *other* active filter,
//! as Datasette does, so a count says how many results picking that value would give.

use crate::bits::Bits;
use crate::date::Day;
use crate::facet::{self, Actors, Combine, Facet, FacetValue, FACETS};
use crate::i18n::{fill, Lang};
use crate::model::{ActorIx, Dataset, Event, EventIx};
use crate::text::fold;
use crate::text_index::TextIndex;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Each facet's chosen value slugs, in [`FACETS`] order.
    pub chosen: [Vec<String>; FACETS.len()],
    pub from: Option<Day>,
    pub to: Option<Day>,
    /// Free text; matched after [`fold`], every term must occur.
    pub text: String,
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    /// The slugs chosen for `facet`.
    pub fn chosen(&self, facet: &dyn Facet) -> &[String] {
        &self.chosen[facet::slot(facet)]
    }

    /// This filter with `slug` chosen for `facet` too.
    pub fn with(mut self, facet: &dyn Facet, slug: &str) -> Filter {
        let chosen = &mut self.chosen[facet::slot(facet)];
        if !chosen.iter().any(|c| c == slug) {
            chosen.push(slug.to_string());
        }
        self
    }

    /// This filter with `slug` the only value chosen for `facet`: a map's marker narrows to
    /// its place this way.
    pub fn only(mut self, facet: &dyn Facet, slug: &str) -> Filter {
        self.chosen[facet::slot(facet)] = vec![slug.to_string()];
        self
    }

    /// The filter in words, for a picture's caption: "Kind: Phone call or Visit or meeting;
    /// from 2026-01-01", or "All events". Values are named by their labels in `index`.
    pub fn describe(&self, index: &SearchIndex, lang: Lang) -> String {
        let parts = self.parts(
            index,
            lang,
            |facet, labels| format!("{}: {labels}", facet.legend(lang)),
            |day| day.to_string(),
        );
        match parts.is_empty() {
            true => lang.t().all_events.to_string(),
            false => parts.join("; "),
        }
    }

    /// The filter as a title names it, by its values alone and its dates as the reader's
    /// language writes them: "Steve Witkoff and Vladimir Putin, from Jan 1, 2026", or "All
    /// events".
    pub fn title(&self, index: &SearchIndex, lang: Lang) -> String {
        let parts = self.parts(index, lang, |_, labels| labels, |day| day.short(lang));
        match parts.is_empty() {
            true => lang.t().all_events.to_string(),
            false => parts.join(", "),
        }
    }

    /// One part per facet with values chosen (their labels joined by "and" or "or", then
    /// `facet_part`), one for the dates (each written by `day`) and one for the search.
    fn parts(
        &self,
        index: &SearchIndex,
        lang: Lang,
        facet_part: impl Fn(&dyn Facet, String) -> String,
        day: impl Fn(Day) -> String,
    ) -> Vec<String> {
        let t = lang.t();
        let mut parts: Vec<String> = Vec::new();
        for &facet in FACETS.iter() {
            let chosen = self.chosen(facet);
            if chosen.is_empty() {
                continue;
            }
            let joiner = match facet.combine() {
                Combine::Any => t.or,
                Combine::All => t.and,
            };
            let labels: Vec<&str> = chosen
                .iter()
                .map(|slug| {
                    let value = index.values(facet).iter().find(|v| &v.slug == slug);
                    value.map_or(slug.as_str(), |v| v.label.get(lang))
                })
                .collect();
            parts.push(facet_part(facet, labels.join(&format!(" {joiner} "))));
        }
        match (self.from.map(&day), self.to.map(&day)) {
            (Some(from), Some(to)) => parts.push(fill(t.from_to, &[("from", &from), ("to", &to)])),
            (Some(from), None) => parts.push(fill(t.from_day, &[("from", &from)])),
            (None, Some(to)) => parts.push(fill(t.until_day, &[("to", &to)])),
            (None, None) => {}
        }
        if !self.text.trim().is_empty() {
            parts.push(fill(t.search_for, &[("text", self.text.trim())]));
        }
        parts
    }

    /// An actor's own view: the timeline filtered to that actor.
    pub fn for_actor(actor: &str) -> Filter {
        Filter::default().with(&Actors, actor)
    }

    /// How many constraints are set: one per chosen value, bound and search.
    pub fn active(&self) -> usize {
        let chosen: usize = self.chosen.iter().map(Vec::len).sum();
        let text = usize::from(!self.text.trim().is_empty());
        chosen + usize::from(self.from.is_some()) + usize::from(self.to.is_some()) + text
    }
}

/// One change a reader makes to the timeline's filter. The UI turns clicks and keystrokes into
/// these and writes the resulting filter to the URL, which is the only place state lives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FilterAction {
    /// Chooses a facet's value, or unchooses it.
    Toggle(&'static dyn Facet, String),
    /// The date range, from the date inputs (one bound changed) or the axis (both brushed).
    SetRange(Option<Day>, Option<Day>),
    SetText(String),
    Clear,
}

impl Filter {
    pub fn apply(mut self, action: FilterAction) -> Filter {
        match action {
            FilterAction::Toggle(facet, value) => {
                let chosen = &mut self.chosen[facet::slot(facet)];
                match chosen.iter().position(|v| *v == value) {
                    Some(at) => {
                        chosen.remove(at);
                    }
                    None => chosen.push(value),
                }
            }
            FilterAction::SetRange(from, to) => (self.from, self.to) = (from, to),
            FilterAction::SetText(text) => self.text = text,
            FilterAction::Clear => return Filter::default(),
        }
        self
    }
}

/// One facet's values and, for each, the set of events that have it.
#[derive(Serialize, Deserialize)]
struct FacetIndex {
    values: Vec<FacetValue>,
    sets: Vec<Bits>,
}

/// What the engine precomputes once per dataset: for every facet value, the set of events that
/// have it, and the search index. A query is then a few word-wise set operations, not a pass
/// over every event's fields. The app's build bakes it beside the dataset, so a reader's
/// browser never builds it.
#[derive(Serialize, Deserialize)]
pub struct SearchIndex {
    len: usize,
    /// In [`FACETS`] order.
    facets: Vec<FacetIndex>,
    /// Per event, the first and last day it may fall on, as day numbers.
    first_days: Vec<i32>,
    last_days: Vec<i32>,
    text: TextIndex,
}

impl SearchIndex {
    pub fn new(dataset: &Dataset) -> SearchIndex {
        let len = dataset.events.len();
        let facets = FACETS
            .iter()
            .map(|facet| {
                let values = facet.values(dataset);
                let position: HashMap<&str, usize> = values
                    .iter()
                    .enumerate()
                    .map(|(n, v)| (v.slug.as_str(), n))
                    .collect();
                let mut sets = vec![Bits::empty(len); values.len()];
                for (i, event) in dataset.events.iter().enumerate() {
                    for slug in facet.of_event(dataset, event) {
                        if let Some(&v) = position.get(slug) {
                            sets[v].insert(i);
                        }
                    }
                }
                FacetIndex { values, sets }
            })
            .collect();
        let mut quotes: HashMap<&str, Vec<&str>> = HashMap::new();
        for quote in &dataset.quotes {
            if let Some(event) = &quote.event {
                quotes.entry(event).or_default().push(&quote.text);
            }
        }
        let texts: Vec<String> = dataset
            .events
            .iter()
            .map(|event| {
                let event_quotes = quotes.get(event.id.as_str()).into_iter().flatten().copied();
                fold(&searchable_text(dataset, event, event_quotes))
            })
            .collect();
        let days =
            |day: fn(&Event) -> Day| dataset.events.iter().map(|e| day(e).number()).collect();
        SearchIndex {
            len,
            facets,
            first_days: days(|e| e.date.sort_day()),
            last_days: days(|e| e.date.last_day()),
            text: TextIndex::new(&texts),
        }
    }

    /// How many events the index covers.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Every event, in the dataset's (chronological) order.
    pub fn all(&self) -> Vec<EventIx> {
        (0..self.len).map(EventIx::new).collect()
    }

    /// `facet`'s values, in the order its options are listed.
    pub fn values(&self, facet: &dyn Facet) -> &[FacetValue] {
        &self.facets[facet::slot(facet)].values
    }

    /// Where the value `slug` stands in `facet`'s values.
    pub fn position(&self, facet: &dyn Facet, slug: &str) -> Option<usize> {
        self.values(facet).iter().position(|v| v.slug == slug)
    }

    /// The events an actor takes part in, in chronological order: what `run` gives for
    /// `Filter::for_actor`, without counting every facet.
    pub fn events_of(&self, actor: ActorIx) -> Vec<EventIx> {
        self.facets[facet::slot(&Actors)].sets[actor.get()]
            .positions()
            .map(EventIx::new)
            .collect()
    }

    /// The first and last day (as day numbers) an event may fall on: read from two flat
    /// arrays, where the events themselves would cost a cache miss each (the time axis bins
    /// 100,000 of them per render).
    pub fn days(&self, event: EventIx) -> (i32, i32) {
        (self.first_days[event.get()], self.last_days[event.get()])
    }

    /// The events that may fall within `[from, to]`, as [`crate::EventDate::overlaps`] says.
    fn in_range(&self, from: Option<Day>, to: Option<Day>) -> Bits {
        let (from, to) = (from.map(Day::number), to.map(Day::number));
        let inside = (0..self.len).filter(|&i| {
            from.is_none_or(|from| self.last_days[i] >= from)
                && to.is_none_or(|to| self.first_days[i] <= to)
        });
        Bits::from_positions(self.len, inside)
    }

    /// One facet's constraint under `filter`: `None` when nothing is chosen, which lets every
    /// event through. A chosen value the index does not know matches nothing.
    fn constraint(&self, slot: usize, filter: &Filter) -> Option<Bits> {
        let (facet, index) = (FACETS[slot], &self.facets[slot]);
        let chosen = &filter.chosen[slot];
        if chosen.is_empty() {
            return None;
        }
        let sets = chosen
            .iter()
            .map(|slug| self.position(facet, slug).map(|v| &index.sets[v]));
        let mut combined = match facet.combine() {
            Combine::All => Bits::full(self.len),
            Combine::Any => Bits::empty(self.len),
        };
        for set in sets {
            match (facet.combine(), set) {
                (Combine::All, Some(set)) => combined.intersect_with(set),
                (Combine::Any, Some(set)) => combined.union_with(set),
                (Combine::All, None) => return Some(Bits::empty(self.len)),
                (Combine::Any, None) => {}
            }
        }
        Some(combined)
    }
}

/// What search looks in for one event, one per line: its title and summary in every language,
/// its excerpts, the quotes tied to it, and in every language its actors' names (with the
/// aliases the articles use), its place's name and its topics. So «Зеленський», «Зеленский»
/// and "Zelenskyy" find the same events, whatever language the page is in.
pub fn searchable_text<'a>(
    dataset: &'a Dataset,
    event: &'a Event,
    quotes: impl Iterator<Item = &'a str>,
) -> String {
    let actors = event.actors.iter().filter_map(|p| dataset.actor(&p.actor));
    let place = event.place.as_deref().and_then(|p| dataset.place(p));
    let topics = event.topics.iter().filter_map(|t| dataset.topic(t));
    let mut lines: Vec<&str> = Vec::new();
    lines.extend(event.title.all());
    lines.extend(event.summary.all());
    lines.extend(event.sources.iter().map(|s| s.excerpt.as_str()));
    lines.extend(quotes);
    for actor in actors {
        lines.extend(actor.name.all());
        lines.extend(actor.aliases.iter().map(String::as_str));
    }
    lines.extend(place.into_iter().flat_map(|p| p.name.all()));
    lines.extend(topics.flat_map(|t| t.name.all()));
    lines.join("\n")
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueryResult {
    /// In chronological order.
    pub events: Vec<EventIx>,
    /// For each facet in [`FACETS`] order, for each of its values in the index's order, how
    /// many results choosing that value would give under the other constraints.
    pub counts: Vec<Vec<usize>>,
}

impl QueryResult {
    /// `facet`'s counts, in the order of [`SearchIndex::values`].
    pub fn counts(&self, facet: &dyn Facet) -> &[usize] {
        &self.counts[facet::slot(facet)]
    }
}

pub fn run(index: &SearchIndex, filter: &Filter) -> QueryResult {
    // Each facet's constraint; `None` lets every event through.
    let constraints: Vec<Option<Bits>> = (0..FACETS.len())
        .map(|slot| index.constraint(slot, filter))
        .collect();
    // Dates and text are not facets: they constrain every count.
    let mut base = Bits::full(index.len);
    if filter.from.is_some() || filter.to.is_some() {
        base.intersect_with(&index.in_range(filter.from, filter.to));
    }
    if let Some(text) = index.text.matching(&fold(filter.text.trim())) {
        base.intersect_with(&text);
    }
    // Under every constraint but one facet's: what that facet's counts are taken within.
    let all_but = |skip: Option<usize>| {
        let mut within = base.clone();
        for (slot, set) in constraints.iter().enumerate() {
            if let (Some(set), true) = (set, Some(slot) != skip) {
                within.intersect_with(set);
            }
        }
        within
    };
    let results = all_but(None);
    let counts = FACETS
        .iter()
        .enumerate()
        .map(|(slot, facet)| {
            // A facet with nothing chosen counts within the results themselves, and so does
            // one whose values combine with AND: another value narrows the results further.
            let own;
            let within = match (&constraints[slot], facet.combine()) {
                (Some(_), Combine::Any) => {
                    own = all_but(Some(slot));
                    &own
                }
                _ => &results,
            };
            let sets = &index.facets[slot].sets;
            sets.iter().map(|set| within.count_common(set)).collect()
        })
        .collect();
    QueryResult {
        events: results.positions().map(EventIx::new).collect(),
        counts,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facet::Kinds;

    #[test]
    fn actions_toggle_set_and_clear() {
        let filter = Filter::default()
            .apply(FilterAction::Toggle(&Actors, "witkoff".into()))
            .apply(FilterAction::Toggle(&Kinds, "meeting".into()))
            .apply(FilterAction::Toggle(&Kinds, "phone-call".into()))
            .apply(FilterAction::Toggle(&Kinds, "meeting".into()))
            .apply(FilterAction::SetText("crimea".into()));
        assert_eq!(filter.chosen(&Actors), ["witkoff"]);
        assert_eq!(filter.chosen(&Kinds), ["phone-call"]);
        assert_eq!(filter.text, "crimea");
        assert_eq!(filter.active(), 3);
        assert!(filter.apply(FilterAction::Clear).is_empty());
    }
}

/// Two actors who take part in the same events: an edge of the who-met-whom network.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pair {
    /// `a < b`.
    pub a: ActorIx,
    pub b: ActorIx,
    /// In chronological order; their count is the edge's weight.
    pub events: Vec<EventIx>,
}

/// How many of `events` each actor takes part in, in actor order.
pub fn events_per_actor(index: &SearchIndex, events: &[EventIx]) -> Vec<usize> {
    let within = Bits::from_positions(index.len, events.iter().map(|e| e.get()));
    let actors = &index.facets[facet::slot(&Actors)].sets;
    actors.iter().map(|a| a.count_common(&within)).collect()
}

/// Every pair of actors that share at least one of `events`, heaviest first (ties in actor
/// order).
pub fn co_participation(index: &SearchIndex, events: &[EventIx]) -> Vec<Pair> {
    let mut pairs = Vec::new();
    let within = Bits::from_positions(index.len, events.iter().map(|e| e.get()));
    let actors: Vec<Bits> = index.facets[facet::slot(&Actors)]
        .sets
        .iter()
        .map(|of_actor| {
            let mut of_actor = of_actor.clone();
            of_actor.intersect_with(&within);
            of_actor
        })
        .collect();
    for (a, of_a) in actors.iter().enumerate() {
        for (b, of_b) in actors.iter().enumerate().skip(a + 1) {
            let mut both = of_a.clone();
            both.intersect_with(of_b);
            let events: Vec<EventIx> = both.positions().map(EventIx::new).collect();
            if !events.is_empty() {
                let (a, b) = (ActorIx::new(a), ActorIx::new(b));
                pairs.push(Pair { a, b, events });
            }
        }
    }
    crate::sort::sort_by_key(&mut pairs, |p| {
        (std::cmp::Reverse(p.events.len()), p.a, p.b)
    });
    pairs
}

impl SearchIndex {
    /// The binary form baked into the app, beside the dataset.
    pub fn to_bytes(&self) -> Vec<u8> {
        postcard::to_allocvec(self).expect("an index always serialises")
    }
    pub fn from_bytes(bytes: &[u8]) -> Result<SearchIndex, String> {
        postcard::from_bytes(bytes).map_err(|e| format!("the baked index does not decode: {e}"))
    }
}
