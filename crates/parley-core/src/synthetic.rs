//! Synthetic events for load tests: `extend` adds N events to a real dataset, drawn with a
//! fixed seed from the real distributions of kinds, statuses, actors, places, topics and date
//! precisions. Every synthetic event still cites verbatim story text (a short real excerpt), so
//! the app treats it like any other. Never used for the published bundle.

use crate::date::{Basis, DateRule, Day, EventDate, Precision};
use crate::i18n::{Lang, Text};
use crate::model::{Dataset, Event, Participant, Source};

/// SplitMix64: a tiny, well-known generator; the same seed gives the same dataset everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Adds `count` synthetic events to `dataset`, keeping its chronological order.
pub fn extend(dataset: &mut Dataset, count: usize, seed: u64) {
    if dataset.events.is_empty() || count == 0 {
        return;
    }
    let mut rng = Rng(seed);
    let templates = dataset.events.clone();
    // The shortest real excerpts keep a stress bundle small while staying verbatim text.
    let mut excerpts: Vec<Source> = dataset.quotes.iter().map(|q| q.source.clone()).collect();
    excerpts.extend(
        dataset
            .actors
            .iter()
            .flat_map(|a| a.roles.iter().map(|r| r.source.clone())),
    );
    excerpts.sort_by_key(|s| s.excerpt.len());
    excerpts.truncate(12);
    let first = Day::from_ymd(2024, 1, 1).expect("a valid day").number();
    let span = Day::from_ymd(2026, 12, 31).expect("a valid day").number() - first;
    for n in 0..count {
        let template = rng.pick(&templates);
        let start =
            Day::from_number(first + rng.below(span as usize) as i32).expect("within range");
        let (precision, end_offset) = match rng.below(20) {
            0..=11 => (Precision::Day, 0),
            12..=14 => (Precision::Week, rng.below(6) as i64),
            15..=16 => (Precision::Month, 10 + rng.below(20) as i64),
            17 => (Precision::Range, rng.below(40) as i64),
            18 => (Precision::Before, 0),
            _ => (Precision::After, 0),
        };
        let date = EventDate {
            start: (precision != Precision::Before).then_some(start),
            end: (precision != Precision::After).then(|| start.add_days(end_offset)),
            precision,
            basis: Basis {
                phrase: "synthetic".into(),
                published: start,
                rule: match precision {
                    Precision::Day => DateRule::Stated { day: start },
                    Precision::Before => DateRule::OnOrBefore {
                        day: start.add_days(end_offset),
                    },
                    Precision::After => DateRule::AfterPublication,
                    _ => DateRule::StatedRange {
                        start,
                        end: start.add_days(end_offset),
                    },
                },
            },
        };
        let mut actors: Vec<Participant> = template.actors.clone();
        if rng.below(2) == 0 {
            let extra = &rng.pick(&dataset.actors).id;
            if !actors.iter().any(|p| &p.actor == extra) {
                actors.push(Participant {
                    actor: extra.clone(),
                    role: None,
                });
            }
        }
        let place = if rng.below(3) == 0 {
            Some(rng.pick(&dataset.places).id.clone())
        } else {
            template.place.clone()
        };
        dataset.events.push(Event {
            id: format!("{}-synthetic-{n}", date.sort_day()),
            title: Text {
                en: format!(
                    "Synthetic {} #{n}",
                    template.kind.label(Lang::En).to_lowercase()
                ),
                uk: format!(
                    "Синтетична подія #{n}: {}",
                    template.kind.label(Lang::Uk).to_lowercase()
                ),
                ru: format!(
                    "Синтетическое событие #{n}: {}",
                    template.kind.label(Lang::Ru).to_lowercase()
                ),
            },
            summary: Text::default(),
            kind: template.kind,
            status: template.status,
            date,
            place,
            actors,
            topics: template.topics.clone(),
            sources: vec![rng.pick(&excerpts).clone()],
        });
    }
    dataset
        .events
        .sort_by_key(|e| (e.date.sort_day(), e.date.last_day()));
}
