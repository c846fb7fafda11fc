//! The time axis: a lane per kind of event and a mark per event (a bar for a date range), laid
//! out in SVG user units. When more events fall in the window than marks stay readable, it is a
//! histogram of events per time bin instead, so it reads the same at 50 events and at 100,000.

use crate::date::Day;
use crate::model::{Dataset, EventIx, EventKind};
use crate::query::SearchIndex;
use serde::Serialize;

pub const WIDTH: f64 = 1000.0;
pub const PLOT_LEFT: f64 = 185.0;
pub const PLOT_RIGHT: f64 = 990.0;
const LANE: f64 = 16.0;
const TOP: f64 = 8.0;
/// Above this many events in the window, marks give way to a histogram.
pub const MAX_MARKS: usize = 600;
pub const BINS: usize = 120;
/// The narrowest window, in days, zooming may reach.
const MIN_DAYS: i32 = 7;
/// Days of margin either side of the events when fully zoomed out.
const MARGIN_DAYS: i32 = 7;

/// The days (as day numbers) the axis spans, `start..=end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Window {
    pub start: i32,
    pub end: i32,
}

/// A step of the zoom and pan buttons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Keeps the centre, halves the span.
    ZoomIn,
    /// Keeps the centre, doubles the span.
    ZoomOut,
    /// Moves by a third of the span.
    Earlier,
    Later,
}

impl Window {
    /// Every event of the index, with a week's margin either side.
    pub fn full(index: &SearchIndex) -> Window {
        let days = (0..index.len()).map(|i| index.days(EventIx::new(i)));
        let start = days.clone().map(|(first, _)| first).min().unwrap_or(0);
        let end = days.map(|(_, last)| last).max().unwrap_or(start);
        Window {
            start: start - MARGIN_DAYS,
            end: end + MARGIN_DAYS,
        }
    }

    /// The window after `step`, or this one where zooming in would go below a week.
    pub fn step(self, step: Step) -> Window {
        let (s, e) = (self.start, self.end);
        let (start, end) = match step {
            Step::ZoomIn => (s + (e - s) / 4, e - (e - s) / 4),
            Step::ZoomOut => (s - (e - s) / 2, e + (e - s) / 2),
            Step::Earlier => (s - (e - s) / 3, e - (e - s) / 3),
            Step::Later => (s + (e - s) / 3, e + (e - s) / 3),
        };
        match end - start >= MIN_DAYS {
            true => Window { start, end },
            false => self,
        }
    }

    fn span(self) -> f64 {
        f64::from((self.end - self.start).max(1))
    }

    /// Where `day` (a day number) stands on the plot.
    pub fn x(self, day: i32) -> f64 {
        PLOT_LEFT + f64::from(day - self.start) / self.span() * (PLOT_RIGHT - PLOT_LEFT)
    }

    /// The day at `x` on the plot.
    pub fn day_at(self, x: f64) -> i32 {
        self.start + ((x - PLOT_LEFT) / (PLOT_RIGHT - PLOT_LEFT) * self.span()).round() as i32
    }

    /// The date range a drag from `a` to `b` (either way round) brushes, if it is wide enough
    /// to be a drag rather than a click.
    pub fn brushed(self, a: f64, b: f64) -> Option<(Day, Day)> {
        let (a, b) = (a.min(b).max(PLOT_LEFT), a.max(b).min(PLOT_RIGHT));
        if b - a <= 4.0 {
            return None;
        }
        Some((
            Day::from_number(self.day_at(a))?,
            Day::from_number(self.day_at(b))?,
        ))
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Lane {
    pub label: &'static str,
    /// The lane's centre line.
    pub y: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Tick {
    pub x: f64,
    /// Every tick has a line; only some are labelled, so labels never crowd.
    pub label: Option<String>,
}

/// One event's bar: its top left corner and width (it is 10 high).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Mark {
    pub event: EventIx,
    pub x: f64,
    pub y: f64,
    pub width: f64,
}

/// A histogram bar: how many events start in its bin.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Bar {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    pub count: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub enum Plot {
    Marks(Vec<Mark>),
    Histogram(Vec<Bar>),
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Axis {
    pub height: f64,
    pub lanes: Vec<Lane>,
    pub ticks: Vec<Tick>,
    pub plot: Plot,
    /// The filter's date range on the plot, `(left, right)`.
    pub selection: Option<(f64, f64)>,
    /// The top and bottom of the plot area, for the selection.
    pub plot_top: f64,
    pub plot_height: f64,
    /// How many of the events fall in the window.
    pub shown: usize,
    /// "Time axis, 1 Mar 2025 to 30 Apr 2025: 12 events shown".
    pub caption: String,
}

impl Axis {
    /// The axis of `events` in `window`, with the filter's
    /// range `from`–`to` shaded.
    pub fn new(
        dataset: &Dataset,
        index: &SearchIndex,
        events: &[EventIx],
        window: Window,
        (from, to): (Option<Day>, Option<Day>),
    ) -> Axis {
        let plot_height = LANE * EventKind::ALL.len() as f64;
        let height = TOP + plot_height + 26.0;
        let visible: Vec<EventIx> = events
            .iter()
            .copied()
            .filter(|&i| {
                let (first, last) = index.days(i);
                last >= window.start && first <= window.end
            })
            .collect();
        let plot = match visible.len() <= MAX_MARKS {
            true => Plot::Marks(marks(dataset, index, &visible, window)),
            false => Plot::Histogram(histogram(index, &visible, window, plot_height)),
        };
        let lanes = EventKind::ALL.iter().enumerate();
        let lanes = lanes.map(|(lane, kind)| Lane {
            label: kind.label(),
            y: TOP + LANE * lane as f64 + LANE / 2.0,
        });
        let selection = match (from, to) {
            (None, None) => None,
            (from, to) => {
                let a = from.map_or(PLOT_LEFT, |d| window.x(d.number()).max(PLOT_LEFT));
                let b = to.map_or(PLOT_RIGHT, |d| window.x(d.number() + 1).min(PLOT_RIGHT));
                (b > a).then_some((a, b))
            }
        };
        let caption = match (Day::from_number(window.start), Day::from_number(window.end)) {
            (Some(a), Some(b)) => format!(
                "Time axis, {} to {}: {} events shown",
                a.short(),
                b.short(),
                visible.len()
            ),
            _ => "Time axis".to_string(),
        };
        Axis {
            height,
            lanes: lanes.collect(),
            ticks: ticks(window),
            plot,
            selection,
            plot_top: TOP,
            plot_height,
            shown: visible.len(),
            caption,
        }
    }
}

fn marks(dataset: &Dataset, index: &SearchIndex, visible: &[EventIx], window: Window) -> Vec<Mark> {
    let mark = |&event: &EventIx| {
        let kind = dataset.events[event].kind;
        let lane = EventKind::ALL.iter().position(|k| *k == kind).unwrap_or(0);
        let (first, last) = index.days(event);
        let (x1, x2) = (window.x(first), window.x(last + 1));
        Mark {
            event,
            x: x1,
            y: TOP + LANE * lane as f64 + LANE / 2.0 - 5.0,
            width: (x2 - x1).max(5.0),
        }
    };
    visible.iter().map(mark).collect()
}

fn histogram(
    index: &SearchIndex,
    visible: &[EventIx],
    window: Window,
    plot_height: f64,
) -> Vec<Bar> {
    let mut bins = vec![0usize; BINS];
    for &i in visible {
        let day = index.days(i).0.clamp(window.start, window.end);
        let bin = (f64::from(day - window.start) / window.span() * BINS as f64) as usize;
        bins[bin.min(BINS - 1)] += 1;
    }
    let tallest = bins.iter().copied().max().unwrap_or(1).max(1) as f64;
    let bar_width = (PLOT_RIGHT - PLOT_LEFT) / BINS as f64;
    let bars = bins.iter().enumerate().filter(|(_, n)| **n > 0);
    bars.map(|(b, &count)| {
        let height = (count as f64 / tallest * plot_height).max(1.0);
        Bar {
            x: PLOT_LEFT + b as f64 * bar_width,
            y: TOP + plot_height - height,
            width: bar_width * 0.9,
            height,
            count,
        }
    })
    .collect()
}

/// A tick at the first of every month in the window, labelled with at most about twelve: the
/// full month and year in January and on the first tick, the short month otherwise.
fn ticks(window: Window) -> Vec<Tick> {
    let months = months_between(window.start, window.end);
    let label_every = (months.len() / 12).max(1);
    let tick = |(n, m): (usize, &Day)| Tick {
        x: window.x(m.number()),
        label: (n % label_every == 0).then(|| match m.month() == 1 || n == 0 {
            true => m.month_heading(),
            false => m.month_heading()[..3].to_string(),
        }),
    };
    months.iter().enumerate().map(tick).collect()
}

/// The first day of every month from `start` to `end` (day numbers).
fn months_between(start: i32, end: i32) -> Vec<Day> {
    let Some(first) = Day::from_number(start) else {
        return Vec::new();
    };
    let mut month = Day::from_ymd(first.year(), first.month(), 1);
    let mut out = Vec::new();
    while let Some(m) = month.filter(|m| m.number() <= end) {
        if m.number() >= start {
            out.push(m);
        }
        month = match m.month() {
            12 => Day::from_ymd(m.year() + 1, 1, 1),
            mo => Day::from_ymd(m.year(), mo + 1, 1),
        };
    }
    out
}
