//! The time axis: its window, its layout at a phone's and a desktop's width, its marks (one per
//! event, or one per group of events whose targets would overlap) and its histogram.

use crate::common;

use parley_core::html::{axis_mark, Markup};
use parley_core::i18n::Lang;
use parley_core::link::Link;
use parley_core::query::{run, Filter, SearchIndex};
use parley_core::view::axis::{
    Axis, Layout, Mark, Plot, Step, Window, BINS, MARK_SIZE, MAX_MARKS, NARROW,
};
use parley_core::{synthetic, Dataset, Day, EventIx, EventKind};

const PHONE: f64 = 296.0;
const DESKTOP: f64 = 1000.0;

fn day(text: &str) -> Day {
    Day::parse(text).expect("a valid day")
}

fn every(data: &Dataset) -> Vec<EventIx> {
    (0..data.events.len()).map(EventIx::new).collect()
}

fn dates(from: Option<Day>, to: Option<Day>) -> Filter {
    Filter {
        from,
        to,
        ..Filter::default()
    }
}

/// The axis of every seed event, unfiltered, in `window`, drawn `width` pixels wide.
fn seeds_axis(window: Window, width: f64) -> Axis {
    let (data, index) = common::indexed();
    Axis::new(
        data,
        index,
        &every(data),
        window,
        Layout::for_width(width, Lang::En),
        &Filter::default(),
        Lang::En,
    )
}

fn marks(axis: &Axis) -> &[Mark] {
    match &axis.plot {
        Plot::Marks(marks) => marks,
        Plot::Histogram(_) => panic!("marks expected"),
    }
}

fn lane_of(data: &Dataset, event: EventIx) -> usize {
    let kind = data.events[event].kind;
    EventKind::ALL.iter().position(|k| *k == kind).unwrap()
}

#[test]
fn the_window_zooms_pans_and_stops_at_a_week() {
    let window = Window { start: 0, end: 400 };
    let at = |start, end| Window { start, end };
    assert_eq!(window.step(Step::ZoomIn), at(100, 300));
    assert_eq!(window.step(Step::ZoomOut), at(-200, 600));
    assert_eq!(window.step(Step::Earlier), at(-133, 267));
    assert_eq!(window.step(Step::Later), at(133, 533));
    let later = at(100, 500);
    assert_eq!(later.step(Step::ZoomIn), at(200, 400));
    assert_eq!(later.step(Step::ZoomOut), at(-100, 700));
    assert_eq!(later.step(Step::Earlier), at(-33, 367));
    assert_eq!(later.step(Step::Later), at(233, 633));
    // Fourteen days zoom in to eight, thirteen to exactly seven; nine would become five, and
    // stay nine.
    assert_eq!(at(0, 14).step(Step::ZoomIn), at(3, 11));
    assert_eq!(at(0, 13).step(Step::ZoomIn), at(3, 10));
    assert_eq!(at(0, 9).step(Step::ZoomIn), at(0, 9));
}

#[test]
fn the_full_window_spans_every_event_with_a_week_either_side() {
    let (data, index) = common::indexed();
    let first = data.events.iter().map(|e| e.date.sort_day().number());
    let last = data.events.iter().map(|e| e.date.last_day().number());
    assert_eq!(
        Window::full(index),
        Window {
            start: first.min().unwrap() - 7,
            end: last.max().unwrap() + 7
        }
    );
    // An empty dataset still gives a window, a week either side of its one day.
    let empty = Dataset {
        events: Vec::new(),
        ..data.clone()
    };
    let window = Window::full(&SearchIndex::new(&empty));
    assert_eq!(window.end - window.start, 14);
}

#[test]
fn positions_and_days_are_inverse_and_a_brush_is_wider_than_four_pixels() {
    let window = Window { start: 0, end: 400 };
    for width in [PHONE, DESKTOP] {
        let layout = Layout::for_width(width, Lang::En);
        assert_eq!(layout.x(window, 0), layout.plot_left);
        assert_eq!(layout.x(window, 400), layout.plot_right);
        assert_eq!(layout.day_at(window, layout.x(window, 123)), 123);
        let a = layout.plot_left + 30.0;
        assert_eq!(layout.brushed(window, a, a + 4.0), None, "a tap");
        assert!(layout.brushed(window, a, a + 4.5).is_some());
        let dragged = layout.brushed(window, layout.plot_right + 50.0, a);
        assert_eq!(
            dragged,
            layout.brushed(window, a, layout.plot_right),
            "either way round, cut to the plot"
        );
        assert_eq!(dragged.unwrap().1.number(), 400);
    }
}

#[test]
fn a_narrow_axis_puts_its_labels_above_the_lanes_and_a_wide_one_beside_them() {
    let (_, index) = common::indexed();
    let window = Window::full(index);
    for width in [200.0, PHONE, 390.0, NARROW - 1.0, NARROW, DESKTOP, 1600.0] {
        let axis = seeds_axis(window, width);
        let layout = axis.layout;
        assert_eq!(layout.width, width);
        assert_eq!(layout.labels_above, width < NARROW, "{width}");
        assert!(
            layout.plot_left >= 0.0
                && layout.plot_right <= width
                && layout.plot_left < layout.plot_right
        );
        // The plot takes the width, less a few pixels at the right (and, when wide, room for
        // the longest lane label at the left); a lane is a mark and little more, so that all
        // eight fit on a phone's screen.
        assert!(
            layout.plot_right >= width - 16.0,
            "{width}: plot ends at {}",
            layout.plot_right
        );
        match layout.labels_above {
            true => {
                assert!(layout.plot_left <= 8.0);
                assert!(
                    (MARK_SIZE + 12.0..=48.0).contains(&layout.lane),
                    "{width}: lanes {} high",
                    layout.lane
                );
            }
            false => {
                // Room for the longest lane label, at 9 px a letter of 12 px text (wider than
                // DejaVu Sans's Cyrillic), and the gap to the plot; not much more.
                for lang in Lang::ALL {
                    let longest = EventKind::ALL.iter().map(|k| k.label(lang).chars().count());
                    let longest = longest.max().unwrap_or(0) as f64;
                    let left = Layout::for_width(width, lang).plot_left;
                    assert!(
                        (9.0 * longest + 6.0..=9.0 * longest + 12.0).contains(&left),
                        "{width}, {lang:?}: plot starts at {left}"
                    );
                }
                assert!(
                    (MARK_SIZE..=32.0).contains(&layout.lane),
                    "{width}: lanes {} high",
                    layout.lane
                );
            }
        }
        assert_eq!(axis.lanes.len(), EventKind::ALL.len());
        let bottom = axis.plot_top + axis.plot_height;
        assert!(axis.height >= bottom + 20.0, "room for the month labels");
        for (n, lane) in axis.lanes.iter().enumerate() {
            assert_eq!(lane.label, EventKind::ALL[n].label(Lang::En));
            let top = lane.y - MARK_SIZE / 2.0;
            assert!(
                top >= axis.plot_top + n as f64 * layout.lane - 1e-9
                    && lane.y + MARK_SIZE / 2.0 <= bottom
            );
            match layout.labels_above {
                true => {
                    assert_eq!(lane.label_x, layout.plot_left);
                    assert!(
                        lane.label_y < top && lane.label_y > top - layout.lane + MARK_SIZE,
                        "{width}: above its own lane"
                    );
                }
                false => {
                    assert!(lane.label_x < layout.plot_left);
                    assert!(
                        (lane.label_y - lane.y).abs() < MARK_SIZE / 2.0,
                        "beside its lane"
                    );
                }
            }
        }
    }
    // Narrower than anything it can draw, it draws at its least width.
    assert_eq!(Layout::for_width(50.0, Lang::En).width, 200.0);
}

#[test]
fn marks_are_targets_inside_the_plot_and_each_event_is_in_exactly_one() {
    let (data, index) = common::indexed();
    let all = every(data);
    let window = Window::full(index);
    for width in [200.0, PHONE, 390.0, DESKTOP, 1600.0] {
        let layout = Layout::for_width(width, Lang::En);
        let axis = seeds_axis(window, layout.width);
        let marks = marks(&axis);
        let mut covered: Vec<EventIx> = marks.iter().flat_map(|m| m.events.clone()).collect();
        covered.sort();
        assert_eq!(covered, all, "{width}: every event once");
        assert_eq!(axis.shown, all.len());
        for mark in marks {
            let lane = lane_of(data, mark.events[0]);
            assert!(
                mark.events.iter().all(|&e| lane_of(data, e) == lane),
                "one kind a mark"
            );
            assert_eq!(mark.y + MARK_SIZE / 2.0, axis.lanes[lane].y);
            assert!(
                mark.width >= MARK_SIZE - 1e-9,
                "{width}: {} wide",
                mark.width
            );
            assert!(
                mark.x >= layout.plot_left - 1e-9
                    && mark.x + mark.width <= layout.plot_right + 1e-9
            );
            assert_eq!(mark.group.is_some(), mark.events.len() > 1);
            // It covers each of its events' days, as far as the plot reaches.
            for &e in &mark.events {
                let (first, last) = index.days(e);
                let (a, b) = (layout.x(window, first), layout.x(window, last + 1));
                assert!(
                    mark.x <= a.max(layout.plot_left) + 1e-9
                        || mark.x + mark.width >= layout.plot_right - 1e-9
                );
                assert!(mark.x + mark.width >= b.min(layout.plot_right) - 1e-9);
            }
        }
        // In a lane, marks never overlap: a finger hits one.
        for lane in 0..EventKind::ALL.len() {
            let mut in_lane: Vec<&Mark> = marks
                .iter()
                .filter(|m| lane_of(data, m.events[0]) == lane)
                .collect();
            in_lane.sort_by(|a, b| a.x.total_cmp(&b.x));
            for pair in in_lane.windows(2) {
                assert!(
                    pair[0].x + pair[0].width <= pair[1].x + 1e-9,
                    "{width}: overlapping marks"
                );
            }
        }
    }
    // Wide, the seeds' events mostly stand alone; on a phone, more of them gather.
    let groups = |width| marks(&seeds_axis(window, width)).len();
    assert!(groups(PHONE) < groups(1600.0));
}

#[test]
fn a_mark_of_several_events_links_to_the_list_of_exactly_those() {
    let (data, index) = common::indexed();
    let window = Window::full(index);
    let actor = Filter::for_actor("witkoff");
    let mut one_day = false;
    for base in [Filter::default(), actor] {
        let events = run(index, &base).events;
        for width in [PHONE, 390.0, DESKTOP] {
            let axis = Axis::new(
                data,
                index,
                &events,
                window,
                Layout::for_width(width, Lang::En),
                &base,
                Lang::En,
            );
            let mut grouped = 0;
            for mark in marks(&axis) {
                let Some((link, label)) = &mark.group else {
                    continue;
                };
                grouped += 1;
                let Link::Timeline { filter, .. } = link else {
                    panic!("a group lists its events on the timeline: {link:?}")
                };
                let mut listed = run(index, filter).events;
                listed.sort();
                let mut expected = mark.events.clone();
                expected.sort();
                assert_eq!(listed, expected, "{width}: {label}");
                let kind = data.events[mark.events[0]].kind;
                // In date order, and named by their days: one day once, else a range.
                let days: Vec<_> = mark.events.iter().map(|&e| index.days(e)).collect();
                assert!(days.windows(2).all(|w| w[0] <= w[1]));
                let first = Day::from_number(days.iter().map(|d| d.0).min().unwrap()).unwrap();
                let last = Day::from_number(days.iter().map(|d| d.1).max().unwrap()).unwrap();
                let named = match first == last {
                    true => first.short(Lang::En),
                    false => format!("{} – {}", first.short(Lang::En), last.short(Lang::En)),
                };
                let n = mark.events.len();
                assert_eq!(
                    label,
                    &format!("{n} events, {named}: {}", kind.label(Lang::En))
                );
                one_day |= first == last;
            }
            assert!(
                grouped > 0 || width == DESKTOP,
                "{width}: some events gather"
            );
        }
    }
    assert!(one_day, "some mark gathers the events of a single day");
}

#[test]
fn a_mark_is_a_link_with_its_title_and_a_group_shows_its_count() {
    let (data, _) = common::indexed();
    let event = data.event_index("2025-03-13-witkoff-putin-moscow").unwrap();
    let mut single = Markup::default();
    axis_mark(
        &mut single,
        data,
        &Mark {
            events: vec![event],
            x: 12.0,
            y: 3.5,
            width: 30.0,
            group: None,
        },
        Lang::En,
    );
    let single = single.into_string();
    let e = &data.events[event];
    assert!(single.starts_with(&format!(
        "<a href=\"{}\" class=\"mark k-meeting s-held\" data-event-id=\"{}\"><title>{} — ",
        Link::event(&e.id).href(),
        e.id,
        e.date.display(Lang::En)
    )));
    assert!(single.contains(
        "<rect x=\"12.0\" y=\"3.5\" width=\"30.0\" height=\"24.0\" rx=\"4\"></rect></a>"
    ));
    assert!(!single.contains("<text"));

    let other = data.event_index("2025-04-25-witkoff-putin-moscow").unwrap();
    let link = Link::timeline(Filter::default());
    let mut group = Markup::default();
    axis_mark(
        &mut group,
        data,
        &Mark {
            events: vec![event, other],
            x: 10.0,
            y: 0.0,
            width: 40.0,
            group: Some((link.clone(), "2 events, <here>".into())),
        },
        Lang::En,
    );
    let group = group.into_string();
    assert!(group.starts_with(&format!("<a href=\"{}\" class=\"mark group k-meeting\" data-event-ids=\"{} {}\"><title>2 events, &lt;here&gt;</title>", link.href(), e.id, data.events[other].id)));
    assert!(
        group.contains("<text x=\"30.0\" y=\"16.5\">2</text></a>"),
        "{group}"
    );
}

#[test]
fn month_labels_keep_apart_and_stay_on_the_drawing() {
    let (_, index) = common::indexed();
    let window = Window::full(index);
    for width in [200.0, PHONE, DESKTOP, 3000.0] {
        for window in [
            window,
            window.step(Step::ZoomOut).step(Step::ZoomOut),
            window.step(Step::ZoomIn),
        ] {
            let layout = Layout::for_width(width, Lang::En);
            let axis = seeds_axis(window, layout.width);
            let labelled: Vec<_> = axis.ticks.iter().filter(|t| t.label.is_some()).collect();
            assert!(!labelled.is_empty());
            for pair in labelled.windows(2) {
                assert!(
                    pair[1].x - pair[0].x >= 60.0,
                    "{width}: labels {} apart",
                    pair[1].x - pair[0].x
                );
            }
            for tick in &axis.ticks {
                assert!((layout.plot_left..=layout.plot_right).contains(&tick.x));
                let expected = match tick.x {
                    x if x < 50.0 => "start",
                    x if x > width - 50.0 => "end",
                    _ => "middle",
                };
                assert_eq!(tick.anchor, expected);
            }
            for (n, tick) in axis.ticks.iter().enumerate() {
                if let Some(label) = &tick.label {
                    assert_eq!(
                        label.len() > 3,
                        n == 0 || label.starts_with("January"),
                        "{label}"
                    );
                }
            }
        }
    }
    // A tick on the first of every month in the window, in order.
    for window in [window, window.step(Step::ZoomOut).step(Step::ZoomOut)] {
        let layout = Layout::for_width(DESKTOP, Lang::En);
        let axis = seeds_axis(window, layout.width);
        let firsts: Vec<f64> = (window.start..=window.end)
            .filter(|&n| Day::from_number(n).is_some_and(|d| d.day() == 1))
            .map(|n| layout.x(window, n))
            .collect();
        assert!(firsts.len() >= 12, "a year of months at least");
        assert_eq!(axis.ticks.iter().map(|t| t.x).collect::<Vec<_>>(), firsts);
    }
    // With room for it, every month is named.
    let roomy = seeds_axis(window, 3000.0);
    assert!(roomy.ticks.iter().all(|t| t.label.is_some()));
}

#[test]
fn an_event_is_shown_if_any_of_its_days_is_in_the_window() {
    let (data, index) = common::indexed();
    let all = every(data);
    let event = all[all.len() / 2];
    let (first, last) = index.days(event);
    let shown = |start, end| {
        let axis = Axis::new(
            data,
            index,
            &[event],
            Window { start, end },
            Layout::for_width(DESKTOP, Lang::En),
            &Filter::default(),
            Lang::En,
        );
        marks(&axis).len()
    };
    assert_eq!(shown(last, last + 30), 1);
    assert_eq!(shown(last + 1, last + 30), 0);
    assert_eq!(shown(first - 30, first), 1);
    assert_eq!(shown(first - 30, first - 1), 0);
    // Zoomed in, only the events in the window count.
    let from = day("2025-06-01");
    let narrow = Window {
        start: from.number(),
        end: from.number() + 30,
    };
    let inside = all.iter().filter(|&&i| {
        let (a, b) = index.days(i);
        b >= narrow.start && a <= narrow.end
    });
    let axis = seeds_axis(narrow, DESKTOP);
    assert_eq!(axis.shown, inside.count());
    assert!(
        axis.caption
            .ends_with(&format!(": {} events shown", axis.shown)),
        "{}",
        axis.caption
    );
}

#[test]
fn the_filters_dates_are_shaded_and_cut_to_the_plot() {
    let (data, index) = common::indexed();
    let all = every(data);
    let window = Window::full(index);
    for width in [PHONE, DESKTOP] {
        let layout = Layout::for_width(width, Lang::En);
        let shade = |from, to| {
            Axis::new(
                data,
                index,
                &all,
                window,
                layout,
                &dates(from, to),
                Lang::En,
            )
            .selection
        };
        assert_eq!(shade(None, None), None);
        let (from, to) = (day("2025-06-01"), day("2025-09-01"));
        assert_eq!(
            shade(Some(from), None),
            Some((layout.x(window, from.number()), layout.plot_right))
        );
        assert_eq!(
            shade(None, Some(to)),
            Some((layout.plot_left, layout.x(window, to.number() + 1)))
        );
        let before = Day::from_number(window.start - 100).unwrap();
        assert_eq!(
            shade(Some(before), Some(to)),
            shade(None, Some(to)),
            "cut to the plot"
        );
        let after = Day::from_number(window.end + 10).unwrap();
        assert_eq!(shade(Some(after), None), None, "a range outside is none");
    }
}

#[test]
fn past_600_events_the_axis_is_a_histogram_with_bars_on_the_baseline() {
    let (data, _) = common::indexed();
    let mut big = data.clone();
    synthetic::extend(&mut big, 1_000, 5);
    let index = SearchIndex::new(&big);
    let all = every(&big);
    let window = Window::full(&index);
    let layout = Layout::for_width(DESKTOP, Lang::En);
    let at = |n: usize| {
        Axis::new(
            &big,
            &index,
            &all[..n],
            window,
            layout,
            &Filter::default(),
            Lang::En,
        )
    };
    assert!(matches!(at(MAX_MARKS).plot, Plot::Marks(_)));
    let axis = at(MAX_MARKS + 1);
    let Plot::Histogram(bars) = &axis.plot else {
        panic!("a histogram")
    };
    assert_eq!(bars.iter().map(|b| b.count).sum::<usize>(), MAX_MARKS + 1);
    assert_eq!(
        bars.iter().map(|b| b.height).fold(0.0, f64::max),
        axis.plot_height,
        "the tallest fills the plot"
    );
    for bar in bars {
        assert!((bar.y + bar.height - (axis.plot_top + axis.plot_height)).abs() < 1e-9);
        assert!(
            bar.height >= 1.0
                && bar.x >= layout.plot_left
                && bar.x + bar.width <= layout.plot_right
        );
    }
    assert!(
        bars.windows(2).all(|w| w[0].x + w[0].width < w[1].x),
        "bars in order, apart"
    );
    // Each bar stands where its events start; through each bar, the bars count the events that
    // start left of its right edge, give or take those starting in that bar.
    let bin = (layout.plot_right - layout.plot_left) / BINS as f64;
    let starts: Vec<f64> = all[..MAX_MARKS + 1]
        .iter()
        .map(|&e| layout.x(window, index.days(e).0))
        .collect();
    let mut through = 0;
    for bar in bars {
        assert!(bar.count > 0);
        assert!(
            starts
                .iter()
                .any(|&x| x >= bar.x - 1.0 && x <= bar.x + bin + 1.0),
            "a bar at {} over no event's first day",
            bar.x
        );
        through += bar.count;
        let before = starts.iter().filter(|&&x| x < bar.x - 1e-6).count();
        let by_end = starts.iter().filter(|&&x| x < bar.x + bin + 1e-6).count();
        assert!(
            before <= through && through <= by_end,
            "{before} ≤ {through} ≤ {by_end}"
        );
    }
    // An event starting on the window's last day falls in the last bin.
    let last = *all.last().unwrap();
    let to_last = Window {
        start: window.start,
        end: index.days(last).0,
    };
    let axis = Axis::new(
        &big,
        &index,
        &all,
        to_last,
        layout,
        &Filter::default(),
        Lang::En,
    );
    let Plot::Histogram(bars) = &axis.plot else {
        panic!("a histogram")
    };
    assert_eq!(bars.iter().map(|b| b.count).sum::<usize>(), axis.shown);
}

#[test]
fn marks_that_only_touch_stay_apart() {
    // At 24 px a day (a window of 8 days on the narrowest axis), two one-day events of a kind
    // on consecutive days fill two targets side by side: two marks, not one of two events.
    let (data, index) = common::indexed();
    let one_day = |e: EventIx| index.days(e).0 == index.days(e).1;
    let all = every(data);
    let (first, next) = all
        .iter()
        .flat_map(|&a| all.iter().map(move |&b| (a, b)))
        .find(|&(a, b)| {
            data.events[a].kind == data.events[b].kind
                && one_day(a)
                && one_day(b)
                && index.days(b).0 == index.days(a).0 + 1
        })
        .expect("two one-day events of a kind on consecutive days");
    let day = index.days(first).0;
    let window = Window {
        start: day - 2,
        end: day + 6,
    };
    let layout = Layout::for_width(200.0, Lang::En);
    assert_eq!(layout.x(window, day + 1) - layout.x(window, day), MARK_SIZE);
    let axis = Axis::new(
        data,
        index,
        &[first, next],
        window,
        layout,
        &Filter::default(),
        Lang::En,
    );
    let marks = marks(&axis);
    assert_eq!(marks.len(), 2, "{marks:?}");
    assert_eq!(marks[0].x + marks[0].width, marks[1].x);
}

#[test]
fn a_window_reached_by_the_buttons_reads_back_from_its_link() {
    let (_, index) = common::indexed();
    let full = Window::full(index);
    assert_eq!(
        full.link_span(index),
        None,
        "every event's window writes nothing"
    );
    assert_eq!(Window::of(index, None), full);
    for steps in [
        vec![Step::ZoomIn],
        vec![Step::ZoomIn, Step::Earlier],
        vec![Step::ZoomIn, Step::ZoomIn, Step::Later, Step::Later],
        vec![Step::ZoomOut],
        vec![Step::Later],
    ] {
        let window = steps.iter().fold(full, |w, &s| w.step(s));
        let span = window.link_span(index);
        assert!(span.is_some(), "{steps:?}");
        assert_eq!(Window::of(index, span), window, "{steps:?}");
    }
}
