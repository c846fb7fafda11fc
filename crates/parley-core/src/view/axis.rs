//! The time axis: a lane per kind of event and a mark per event (a bar for a date range), laid
//! out for the width it is drawn at. Its user units are CSS pixels, so its text is drawn at the
//! size the stylesheet gives and its marks are targets a finger can hit. Marks whose targets
//! would overlap in a lane become one mark that lists their events. When more events fall in
//! the window than marks stay readable, it is a histogram of events per time bin instead, so it
//! reads the same at 50 events and at 100,000.

use super::label::text_width;
use crate::date::Day;
use crate::facet::Kinds;
use crate::i18n::{fill, Lang};
use crate::link::{AxisSpan, Lens, Link};
use crate::model::{Dataset, EventIx, EventKind};
use crate::query::{Filter, SearchIndex};
use serde::Serialize;

/// A mark's least width and its height: WCAG 2.2's least target size.
pub const MARK_SIZE: f64 = 24.0;
/// Below this width the lane labels go above their lanes, leaving the plot the whole width.
pub const NARROW: f64 = 560.0;
/// The narrowest width the axis lays itself out for.
const MIN_WIDTH: f64 = 200.0;
/// The lane labels' size in pixels (the stylesheet's `.time-axis text`).
const LANE_LABEL_SIZE: f64 = 12.0;
/// Between a lane's label, when beside it, and the plot.
const LABEL_PAD: f64 = 6.0;
const LABEL_ROW: f64 = 16.0;
const TOP: f64 = 8.0;
/// Below the plot: the month labels.
const BOTTOM: f64 = 26.0;
/// Month labels at least this far apart, in pixels.
const LABEL_GAP: f64 = 72.0;
/// Above this many events in the window, marks give way to a histogram.
pub const MAX_MARKS: usize = 600;
pub const BINS: usize = 120;
/// The narrowest window, in days, zooming may reach.
const MIN_DAYS: i32 = 7;
/// Days of margin either side of the events when fully zoomed out.
const MARGIN_DAYS: i32 = 7;

/// Where things go on an axis drawn `width` pixels wide.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Layout {
    pub width: f64,
    pub plot_left: f64,
    pub plot_right: f64,
    /// One lane's height, with its label row when the labels are above.
    pub lane: f64,
    pub labels_above: bool,
}

/// Room for the longest lane label in `lang`, when beside the lanes: its width, as
/// [`text_width`] allows it in a wide font, the gap to the plot and a margin at the left.
fn label_room(lang: Lang) -> f64 {
    let labels = EventKind::ALL.iter().map(|kind| kind.label(lang));
    let longest = labels
        .map(|l| text_width(l, LANE_LABEL_SIZE))
        .fold(0.0, f64::max);
    (longest + LABEL_PAD + 4.0).ceil()
}

impl Layout {
    /// The lane labels, beside the lanes on a wide axis, are in `lang`: the longest sets where
    /// the plot starts («Соглашение или обязательство» takes more room than "Agreement or
    /// commitment").
    pub fn for_width(width: f64, lang: Lang) -> Layout {
        let width = width.max(MIN_WIDTH);
        match width < NARROW {
            true => Layout {
                width,
                plot_left: 4.0,
                plot_right: width - 4.0,
                lane: LABEL_ROW + MARK_SIZE + 4.0,
                labels_above: true,
            },
            false => Layout {
                width,
                plot_left: label_room(lang),
                plot_right: width - 12.0,
                lane: MARK_SIZE + 4.0,
                labels_above: false,
            },
        }
    }

    /// Where `day` (a day number) stands on the plot of `window`.
    pub fn x(&self, window: Window, day: i32) -> f64 {
        self.plot_left + f64::from(day - window.start) / window.span() * self.plot_width()
    }

    /// The day at `x` on the plot of `window`.
    pub fn day_at(&self, window: Window, x: f64) -> i32 {
        window.start + ((x - self.plot_left) / self.plot_width() * window.span()).round() as i32
    }

    /// The date range a drag from `a` to `b` (either way round) brushes, if it is wide enough
    /// to be a drag rather than a tap.
    pub fn brushed(&self, window: Window, a: f64, b: f64) -> Option<(Day, Day)> {
        let (a, b) = (a.min(b).max(self.plot_left), a.max(b).min(self.plot_right));
        if b - a <= 4.0 {
            return None;
        }
        Some((
            Day::from_number(self.day_at(window, a))?,
            Day::from_number(self.day_at(window, b))?,
        ))
    }

    fn plot_width(&self) -> f64 {
        self.plot_right - self.plot_left
    }
}

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

    /// The window a link's span names; none is [`Window::full`].
    pub fn of(index: &SearchIndex, span: AxisSpan) -> Window {
        match span {
            Some((first, last)) => Window {
                start: first.number(),
                end: last.number(),
            },
            None => Window::full(index),
        }
    }

    /// The span a link keeps for this window: none for [`Window::full`].
    pub fn link_span(self, index: &SearchIndex) -> AxisSpan {
        let day = |n| Day::from_number(n);
        match self == Window::full(index) {
            true => None,
            false => day(self.start).zip(day(self.end)),
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
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Lane {
    pub label: &'static str,
    /// The lane's centre line.
    pub y: f64,
    /// Where its label's baseline starts (above the lane) or ends (beside it).
    pub label_x: f64,
    pub label_y: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Tick {
    pub x: f64,
    /// Its label's `text-anchor`: centred on the tick, unless that would run off an edge.
    pub anchor: &'static str,
    /// Every tick has a line; only some are labelled, so labels never crowd.
    pub label: Option<String>,
}

/// A bar on a lane, [`MARK_SIZE`] high: one event, a link to it, or several whose targets would
/// overlap, a link to the timeline narrowed to their kind and days, which lists them.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Mark {
    /// In date order.
    pub events: Vec<EventIx>,
    /// The top left corner.
    pub x: f64,
    pub y: f64,
    pub width: f64,
    /// For several events: where they are listed, and what the mark says ("3 events, 2 Mar
    /// 2025 to 9 Mar 2025: Statement or interview").
    pub group: Option<(Link, String)>,
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
    pub layout: Layout,
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
    /// The axis of `events` in `window`, drawn `layout`'s width, with the filter's range
    /// `from`–`to` shaded. A mark of several events lists them under `base` narrowed to their
    /// kind and days.
    pub fn new(
        dataset: &Dataset,
        index: &SearchIndex,
        events: &[EventIx],
        window: Window,
        layout: Layout,
        base: &Filter,
        lang: Lang,
    ) -> Axis {
        let t = lang.t();
        let plot_height = layout.lane * EventKind::ALL.len() as f64;
        let height = TOP + plot_height + BOTTOM;
        let visible: Vec<EventIx> = events
            .iter()
            .copied()
            .filter(|&i| {
                let (first, last) = index.days(i);
                last >= window.start && first <= window.end
            })
            .collect();
        let plot = match visible.len() <= MAX_MARKS {
            true => Plot::Marks(marks(dataset, index, &visible, window, layout, base, lang)),
            false => Plot::Histogram(histogram(index, &visible, window, layout, plot_height)),
        };
        let lanes = EventKind::ALL.iter().enumerate();
        let lanes = lanes.map(|(lane, kind)| {
            let y = lane_centre(layout, lane);
            Lane {
                label: kind.label(lang),
                y,
                label_x: match layout.labels_above {
                    true => layout.plot_left,
                    false => layout.plot_left - 6.0,
                },
                label_y: match layout.labels_above {
                    true => y - MARK_SIZE / 2.0 - 4.0,
                    false => y + 4.0,
                },
            }
        });
        let selection = match (base.from, base.to) {
            (None, None) => None,
            (from, to) => {
                let a = from.map_or(layout.plot_left, |d| {
                    layout.x(window, d.number()).max(layout.plot_left)
                });
                let b = to.map_or(layout.plot_right, |d| {
                    layout.x(window, d.number() + 1).min(layout.plot_right)
                });
                (b > a).then_some((a, b))
            }
        };
        let caption = match (Day::from_number(window.start), Day::from_number(window.end)) {
            (Some(a), Some(b)) => fill(
                t.axis_caption,
                &[
                    ("from", &a.short(lang)),
                    ("to", &b.short(lang)),
                    ("events", &lang.count(visible.len(), &t.events)),
                ],
            ),
            _ => t.time_axis.to_string(),
        };
        Axis {
            layout,
            height,
            lanes: lanes.collect(),
            ticks: ticks(window, layout, lang),
            plot,
            selection,
            plot_top: TOP,
            plot_height,
            shown: visible.len(),
            caption,
        }
    }
}

/// The centre line of the marks in lane number `lane`.
fn lane_centre(layout: Layout, lane: usize) -> f64 {
    let label_row = if layout.labels_above { LABEL_ROW } else { 0.0 };
    TOP + layout.lane * lane as f64 + label_row + (layout.lane - label_row) / 2.0
}

fn marks(
    dataset: &Dataset,
    index: &SearchIndex,
    visible: &[EventIx],
    window: Window,
    layout: Layout,
    base: &Filter,
    lang: Lang,
) -> Vec<Mark> {
    let mut lanes: Vec<Vec<(f64, f64, EventIx)>> = vec![Vec::new(); EventKind::ALL.len()];
    for &event in visible {
        let kind = dataset.events[event].kind;
        let lane = EventKind::ALL.iter().position(|k| *k == kind).unwrap_or(0);
        let (first, last) = index.days(event);
        // Cut to the plot, and at least a target wide: widened past the plot's right end, it
        // moves back inside.
        let left = layout.x(window, first).max(layout.plot_left);
        let left = left.min(layout.plot_right - MARK_SIZE);
        let right = layout.x(window, last + 1).min(layout.plot_right);
        lanes[lane].push((left, right.max(left + MARK_SIZE), event));
    }
    let mut out = Vec::new();
    for (lane, mut boxes) in lanes.into_iter().enumerate() {
        crate::sort::sort_by(&mut boxes, |a, b| a.0.total_cmp(&b.0));
        let y = lane_centre(layout, lane) - MARK_SIZE / 2.0;
        let mut group: Option<(f64, f64, Vec<EventIx>)> = None;
        for (left, right, event) in boxes {
            group = match group {
                Some((x, end, mut events)) if left < end => {
                    events.push(event);
                    Some((x, end.max(right), events))
                }
                done => {
                    if let Some(done) = done {
                        out.push(mark(index, EventKind::ALL[lane], y, done, base, lang));
                    }
                    Some((left, right, vec![event]))
                }
            };
        }
        if let Some(done) = group {
            out.push(mark(index, EventKind::ALL[lane], y, done, base, lang));
        }
    }
    out
}

/// The mark for `events`, which span `x` to `end` on a lane of `kind` at `y`.
fn mark(
    index: &SearchIndex,
    kind: EventKind,
    y: f64,
    (x, end, mut events): (f64, f64, Vec<EventIx>),
    base: &Filter,
    lang: Lang,
) -> Mark {
    let group = (events.len() > 1).then(|| {
        crate::sort::sort_by_key(&mut events, |&e| index.days(e));
        let first = events.iter().map(|&e| index.days(e).0).min().unwrap_or(0);
        let last = events
            .iter()
            .map(|&e| index.days(e).1)
            .max()
            .unwrap_or(first);
        let (from, to) = (Day::from_number(first), Day::from_number(last));
        let mut filter = base.clone().only(&Kinds, kind.slug());
        filter.from = from;
        filter.to = to;
        let t = lang.t();
        let days = match (from, to) {
            (Some(a), Some(b)) if a == b => a.short(lang),
            (Some(a), Some(b)) => {
                let (a, b) = (a.short(lang), b.short(lang));
                fill(t.span, &[("from", &a), ("to", &b)])
            }
            _ => String::new(),
        };
        let label = fill(
            t.gathered_mark,
            &[
                ("events", &lang.count(events.len(), &t.events)),
                ("days", &days),
                ("kind", kind.label(lang)),
            ],
        );
        (Lens::List.link(filter), label)
    });
    Mark {
        events,
        x,
        y,
        width: end - x,
        group,
    }
}

fn histogram(
    index: &SearchIndex,
    visible: &[EventIx],
    window: Window,
    layout: Layout,
    plot_height: f64,
) -> Vec<Bar> {
    let mut bins = vec![0usize; BINS];
    for &i in visible {
        let day = index.days(i).0.clamp(window.start, window.end);
        let bin = (f64::from(day - window.start) / window.span() * BINS as f64) as usize;
        bins[bin.min(BINS - 1)] += 1;
    }
    let tallest = bins.iter().copied().max().unwrap_or(1).max(1) as f64;
    let bar_width = layout.plot_width() / BINS as f64;
    let bars = bins.iter().enumerate().filter(|(_, n)| **n > 0);
    bars.map(|(b, &count)| {
        let height = (count as f64 / tallest * plot_height).max(1.0);
        Bar {
            x: layout.plot_left + b as f64 * bar_width,
            y: TOP + plot_height - height,
            width: bar_width * 0.9,
            height,
            count,
        }
    })
    .collect()
}

/// A tick at the first of every month in the window, labelled as often as labels stay
/// [`LABEL_GAP`] apart: the full month and year in January and on the first tick, the short
/// month otherwise.
fn ticks(window: Window, layout: Layout, lang: Lang) -> Vec<Tick> {
    let months = months_between(window.start, window.end);
    let per_month = layout.plot_width() * 30.44 / window.span();
    let label_every = (LABEL_GAP / per_month).ceil().max(1.0) as usize;
    let tick = |(n, m): (usize, &Day)| Tick {
        x: layout.x(window, m.number()),
        anchor: edge_anchor(layout, layout.x(window, m.number())),
        label: (n % label_every == 0).then(|| match m.month() == 1 || n == 0 {
            true => m.month_heading(lang),
            false => m.month_abbr(lang).to_string(),
        }),
    };
    months.iter().enumerate().map(tick).collect()
}

/// Half the widest month label ("September 2025") at 12 px.
const HALF_LABEL: f64 = 50.0;

fn edge_anchor(layout: Layout, x: f64) -> &'static str {
    match (x - HALF_LABEL < 0.0, x + HALF_LABEL > layout.width) {
        (true, _) => "start",
        (_, true) => "end",
        _ => "middle",
    }
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
