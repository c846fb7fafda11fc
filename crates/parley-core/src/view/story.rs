//! `story/?…`: a story, one event a step. The events are those picked by hand, in the order
//! given, or else every event the filter selects, in date order. Step 0 is the cover: the
//! title, how many events, the span of dates and the sources used.

use super::event_ref::EventRef;
use super::slide::Slide;
use crate::date::Day;
use crate::i18n::{fill, Lang};
use crate::link::{Link, Story};
use crate::model::{ActorIx, Dataset, Event, EventIx, Side};
use crate::query::{run, SearchIndex};
use serde::Serialize;

/// The small time axis's width, in SVG user units.
pub const AXIS_WIDTH: f64 = 1000.0;
/// Its margin on either side.
const AXIS_MARGIN: f64 = 10.0;
/// The step list names at most this many steps, around the current one.
pub const LISTED_STEPS: usize = 200;
/// A handout prints at most this many steps.
pub const PRINTED_STEPS: usize = 100;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Mark {
    pub event: EventIx,
    /// Along the axis, by the event's first possible day.
    pub x: f64,
    pub current: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StoryView {
    /// The story's own title, or one that names its filter.
    pub title: String,
    /// The steps' events, in the story's order.
    pub events: Vec<EventIx>,
    /// 0 for the cover, else 1 to the number of events.
    pub step: usize,
    /// The current step's slide.
    pub current: Option<Slide>,
    /// The steps the step list names: all of them, or [`LISTED_STEPS`] around the current.
    pub listed: std::ops::Range<usize>,
    /// Their events, in order.
    pub steps: Vec<EventRef>,
    /// The slides of the first [`PRINTED_STEPS`] steps, for print.
    pub handout: Vec<Slide>,
    pub previous: Option<Link>,
    pub next: Option<Link>,
    /// The earliest and the latest date, as the events give them, in a sentence: "First
    /// event: on or before Feb 13, 2025. Last: Jan 31, 2026."
    pub span: Option<String>,
    /// The articles the story cites, in dataset order.
    pub sources: Vec<SourceRef>,
    pub marks: Vec<Mark>,
    /// What a screen reader hears when the step changes: "Step 3 of 12: title, date".
    pub announcement: String,
    /// Why the step asked for is not the one shown.
    pub notice: Option<String>,
    #[serde(skip)]
    story: Story,
    #[serde(skip)]
    embed: bool,
}

impl StoryView {
    pub fn new(
        dataset: &Dataset,
        index: &SearchIndex,
        story: &Story,
        step: usize,
        embed: bool,
        lang: Lang,
    ) -> StoryView {
        let t = lang.t();
        let events: Vec<EventIx> = match story.picks.is_empty() {
            true => run(index, &story.filter).events,
            false => story
                .picks
                .iter()
                .filter_map(|id| dataset.event_index(id))
                .collect(),
        };
        let notice = (step > events.len()).then(|| {
            let steps = lang.count(events.len(), &t.steps);
            fill(
                t.story_no_step,
                &[("step", &step.to_string()), ("steps", &steps)],
            )
        });
        let step = step.min(events.len());
        let link = |step: usize| Link::Story {
            story: story.clone(),
            step,
            embed,
        };
        let title = match (story.title.trim(), story.filter.is_empty()) {
            ("", true) if !story.picks.is_empty() => t.picked_events.to_string(),
            ("", _) => fill(t.story_of, &[("filter", &story.filter.title(index, lang))]),
            (title, _) => title.to_string(),
        };
        let current = step
            .checked_sub(1)
            .map(|n| Slide::new(dataset, events[n], true, lang));
        let span = events
            .iter()
            .map(|&i| &dataset.events[i].date)
            .min_by_key(|d| d.sort_day())
            .zip(
                events
                    .iter()
                    .map(|&i| &dataset.events[i].date)
                    .max_by_key(|d| d.last_day()),
            )
            .map(|(first, last)| {
                let (first, last) = (first.display(lang), last.display(lang));
                fill(t.story_first_last, &[("first", &first), ("last", &last)])
            });
        let sources = (0..dataset.documents.len()).filter(|&d| {
            let id = &dataset.documents[d].id;
            let cites = |i: &EventIx| dataset.events[*i].sources.iter().any(|s| &s.document == id);
            events.iter().any(cites)
        });
        let sources = sources.map(|d| {
            let document = &dataset.documents[d];
            SourceRef {
                document: d,
                outlet: document.outlet.clone(),
                published: document.published,
                date: document.published.short(lang),
                href: Link::source(&document.id, None).href(),
                headline: document.headline.clone(),
            }
        });
        let days: Vec<i32> = events.iter().map(|&i| index.days(i).0).collect();
        let (first, last) = (days.iter().min(), days.iter().max());
        let marks = match first.zip(last) {
            Some((&first, &last)) => {
                let across = AXIS_WIDTH - 2.0 * AXIS_MARGIN;
                let spread = f64::from((last - first).max(1));
                let x = |day: i32| AXIS_MARGIN + across * f64::from(day - first) / spread;
                let marks = events.iter().zip(&days).enumerate();
                marks
                    .map(|(n, (&event, &day))| Mark {
                        event,
                        x: x(day),
                        current: n + 1 == step,
                    })
                    .collect()
            }
            None => Vec::new(),
        };
        let announcement = match step {
            0 => format!("{title}: {}", lang.count(events.len(), &t.steps)),
            n => {
                let event = &dataset.events[events[n - 1]];
                let (title, date) = (event.title.get(lang), event.date.display(lang));
                let (n, of) = (n.to_string(), events.len().to_string());
                let values = [
                    ("n", n.as_str()),
                    ("of", &of),
                    ("title", title),
                    ("date", &date),
                ];
                fill(t.story_step_of, &values)
            }
        };
        let start = step
            .saturating_sub(LISTED_STEPS / 2)
            .min(events.len().saturating_sub(LISTED_STEPS));
        let listed = start + 1..(start + LISTED_STEPS).min(events.len()) + 1;
        let steps = EventRef::all(dataset, &events[listed.start - 1..listed.end - 1], lang);
        let printed = events.iter().take(PRINTED_STEPS);
        let handout = printed.map(|&i| Slide::new(dataset, i, false, lang));
        StoryView {
            listed,
            steps,
            handout: handout.collect(),
            previous: step.checked_sub(1).map(link),
            next: (step < events.len()).then(|| link(step + 1)),
            title,
            current,
            span,
            sources: sources.collect(),
            marks,
            announcement,
            notice,
            step,
            events,
            story: story.clone(),
            embed,
        }
    }

    /// Step `step` of this story (0, the cover).
    pub fn link(&self, step: usize) -> Link {
        Link::Story {
            story: self.story.clone(),
            step,
            embed: self.embed,
        }
    }

    /// The same story as a bare view for an iframe, at its cover.
    pub fn embed_link(&self) -> Link {
        Link::Story {
            story: self.story.clone(),
            step: 0,
            embed: true,
        }
    }
}

/// An article a story cites, as its cover lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SourceRef {
    /// Its position in `dataset.documents`.
    pub document: usize,
    pub outlet: String,
    pub published: Day,
    /// Its publication date, short, in the view's language.
    pub date: String,
    /// The reader.
    pub href: String,
    /// Verbatim, in English.
    pub headline: String,
}

/// An event's participants grouped by side, in the order of [`Side::ALL`]; a participant that
/// is no actor of the dataset is left out.
pub fn participants_by_side(dataset: &Dataset, event: &Event) -> Vec<(Side, Vec<ActorIx>)> {
    Side::ALL
        .iter()
        .map(|&side| {
            let actors = event
                .actors
                .iter()
                .filter_map(|p| dataset.actor_index(&p.actor));
            let actors = actors.filter(|&a| dataset.actors[a].side == side);
            (side, actors.collect::<Vec<_>>())
        })
        .filter(|(_, actors)| !actors.is_empty())
        .collect()
}
