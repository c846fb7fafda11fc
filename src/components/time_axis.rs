//! The time axis above the timeline: an SVG with a lane per kind of event and a mark per event
//! (a bar for a date range), coloured by kind. Buttons zoom and pan; dragging across the plot
//! ("brushing") sets the timeline's date range; each mark is a link to its event.
//!
//! Level of detail: when more events fall in the window than marks stay readable, the axis draws
//! a histogram of events per time bin instead, so it reads the same at 50 events and at 100,000.

use super::markup::{axis_mark, Markup};
use super::svg_number;
use crate::data::{dataset, search_index};
use parley_core::{Day, EventKind};
use std::rc::Rc;
use yew::prelude::*;

const WIDTH: f64 = 1000.0;
const PLOT_LEFT: f64 = 185.0;
const PLOT_RIGHT: f64 = 990.0;
const LANE: f64 = 16.0;
const TOP: f64 = 8.0;
/// Above this many events in the window, marks give way to a histogram.
const MAX_MARKS: usize = 600;
const BINS: usize = 120;

#[derive(Properties, PartialEq)]
pub struct TimeAxisProps {
    /// Positions in `dataset().events` that the current filters show.
    pub events: Rc<[usize]>,
    pub from: Option<Day>,
    pub to: Option<Day>,
    /// Called with the brushed range.
    pub on_range: Callback<(Day, Day)>,
}

/// The days (as day numbers) the axis spans when fully zoomed out.
fn full_window() -> (i32, i32) {
    let index = search_index();
    let days = (0..dataset().events.len()).map(|i| index.days(i));
    let start = days.clone().map(|(first, _)| first).min().unwrap_or(0);
    let end = days.map(|(_, last)| last).max().unwrap_or(start + 1);
    (start - 7, end + 7)
}

fn months_between(start: i32, end: i32) -> Vec<Day> {
    let Some(first) = Day::from_number(start) else {
        return Vec::new();
    };
    let mut month = Day::from_ymd(first.year(), first.month(), 1);
    let mut out = Vec::new();
    while let Some(m) = month {
        if m.number() > end {
            break;
        }
        if m.number() >= start {
            out.push(m);
        }
        let (y, mo) = if m.month() == 12 {
            (m.year() + 1, 1)
        } else {
            (m.year(), m.month() + 1)
        };
        month = Day::from_ymd(y, mo, 1);
    }
    out
}

#[component]
pub fn TimeAxis(props: &TimeAxisProps) -> Html {
    let window = use_state(full_window);
    let drag = use_state(|| None::<(f64, f64)>);
    let svg = use_node_ref();
    let data = dataset();
    let (start, end) = *window;
    let span = f64::from((end - start).max(1));
    let x = move |day: i32| PLOT_LEFT + f64::from(day - start) / span * (PLOT_RIGHT - PLOT_LEFT);
    let day_at =
        move |x: f64| start + ((x - PLOT_LEFT) / (PLOT_RIGHT - PLOT_LEFT) * span).round() as i32;
    let lanes = EventKind::ALL.len();
    let height = TOP + LANE * lanes as f64 + 26.0;

    let index = search_index();
    let visible: Vec<usize> = props
        .events
        .iter()
        .copied()
        .filter(|&i| {
            let (first, last) = index.days(i);
            last >= start && first <= end
        })
        .collect();

    // Zoom and pan keep the centre or move by a third of the window.
    let set_window = |make: fn(i32, i32) -> (i32, i32)| {
        let window = window.clone();
        Callback::from(move |_: MouseEvent| {
            let (s, e) = *window;
            let (s, e) = make(s, e);
            if e - s >= 7 {
                window.set((s, e));
            }
        })
    };
    let zoom_in = set_window(|s, e| (s + (e - s) / 4, e - (e - s) / 4));
    let zoom_out = set_window(|s, e| (s - (e - s) / 2, e + (e - s) / 2));
    let earlier = set_window(|s, e| (s - (e - s) / 3, e - (e - s) / 3));
    let later = set_window(|s, e| (s + (e - s) / 3, e + (e - s) / 3));
    let reset = {
        let window = window.clone();
        Callback::from(move |_: MouseEvent| window.set(full_window()))
    };

    let to_svg_x = {
        let svg = svg.clone();
        move |client_x: i32| -> Option<f64> {
            let element = svg.cast::<web_sys::Element>()?;
            let rect = element.get_bounding_client_rect();
            (rect.width() > 0.0).then(|| (f64::from(client_x) - rect.left()) / rect.width() * WIDTH)
        }
    };
    let on_down = {
        let drag = drag.clone();
        let to_svg_x = to_svg_x.clone();
        Callback::from(move |e: PointerEvent| {
            if let Some(x) = to_svg_x(e.client_x()) {
                drag.set(Some((x, x)));
            }
        })
    };
    let on_move = {
        let drag = drag.clone();
        let to_svg_x = to_svg_x.clone();
        Callback::from(move |e: PointerEvent| {
            if let (Some((a, _)), Some(x)) = (*drag, to_svg_x(e.client_x())) {
                drag.set(Some((a, x)));
            }
        })
    };
    let on_up = {
        let drag = drag.clone();
        let on_range = props.on_range.clone();
        Callback::from(move |_: PointerEvent| {
            if let Some((a, b)) = *drag {
                let (a, b) = (a.min(b).max(PLOT_LEFT), a.max(b).min(PLOT_RIGHT));
                if b - a > 4.0 {
                    if let (Some(from), Some(to)) =
                        (Day::from_number(day_at(a)), Day::from_number(day_at(b)))
                    {
                        on_range.emit((from, to));
                    }
                }
            }
            drag.set(None);
        })
    };

    let marks = if visible.len() <= MAX_MARKS {
        let mut marks = Markup::default();
        for &i in &visible {
            let event = &data.events[i];
            let lane = EventKind::ALL
                .iter()
                .position(|k| *k == event.kind)
                .unwrap_or(0);
            let y = TOP + LANE * lane as f64 + LANE / 2.0 - 5.0;
            let (first, last) = index.days(i);
            let (x1, x2) = (x(first), x(last + 1));
            axis_mark(
                &mut marks,
                i,
                &svg_number(x1),
                &svg_number(y),
                &svg_number((x2 - x1).max(5.0)),
            );
        }
        // Up to 600 links with titles: parsed as one piece of SVG rather than node by node.
        html! { <g class="marks">{ marks.into_html() }</g> }
    } else {
        let mut bins = vec![0usize; BINS];
        for &i in &visible {
            let day = index.days(i).0.clamp(start, end);
            let bin = ((f64::from(day - start) / span) * BINS as f64) as usize;
            bins[bin.min(BINS - 1)] += 1;
        }
        let tallest = bins.iter().copied().max().unwrap_or(1).max(1) as f64;
        let bar_width = (PLOT_RIGHT - PLOT_LEFT) / BINS as f64;
        let plot_height = LANE * lanes as f64;
        html! {
            <g class="histogram">
                { for bins.iter().enumerate().filter(|(_, n)| **n > 0).map(|(b, &n)| {
                    let h = (n as f64 / tallest * plot_height).max(1.0);
                    html! {
                        <rect x={svg_number(PLOT_LEFT + b as f64 * bar_width)} y={svg_number(TOP + plot_height - h)}
                            width={svg_number(bar_width * 0.9)} height={svg_number(h)}>
                            <title>{ format!("{n} events") }</title>
                        </rect>
                    }
                }) }
            </g>
        }
    };

    let months = months_between(start, end);
    let label_every = (months.len() / 12).max(1);
    let selection = match (*drag, props.from, props.to) {
        (Some((a, b)), _, _) => Some((a.min(b), a.max(b))),
        (None, from, to) if from.is_some() || to.is_some() => {
            let a = from.map_or(PLOT_LEFT, |d| x(d.number()).max(PLOT_LEFT));
            let b = to.map_or(PLOT_RIGHT, |d| x(d.number() + 1).min(PLOT_RIGHT));
            (b > a).then_some((a, b))
        }
        _ => None,
    };
    let (first_day, last_day) = (Day::from_number(start), Day::from_number(end));
    let caption = match (first_day, last_day) {
        (Some(a), Some(b)) => format!(
            "Time axis, {} to {}: {} events shown",
            a.short(),
            b.short(),
            visible.len()
        ),
        _ => "Time axis".to_string(),
    };

    html! {
        <figure class="time-axis">
            <div class="axis-controls" role="group" aria-label="Zoom and pan the time axis">
                <button type="button" onclick={zoom_in}>{ "Zoom in" }</button>
                <button type="button" onclick={zoom_out}>{ "Zoom out" }</button>
                <button type="button" onclick={earlier}>{ "◀ Earlier" }</button>
                <button type="button" onclick={later}>{ "Later ▶" }</button>
                <button type="button" onclick={reset}>{ "Whole period" }</button>
                <span class="hint">{ "Drag across the axis to set the date range." }</span>
            </div>
            <div class="plot">
            <svg ref={svg} viewBox={format!("0 0 {} {}", svg_number(WIDTH), svg_number(height))} role="group" aria-label={caption.clone()}
                onpointerdown={on_down} onpointermove={on_move} onpointerup={on_up.clone()} onpointerleave={on_up}>
                { for EventKind::ALL.iter().enumerate().map(|(lane, kind)| {
                    let y = TOP + LANE * lane as f64;
                    html! {
                        <g class="lane">
                            <line x1={svg_number(PLOT_LEFT)} x2={svg_number(PLOT_RIGHT)} y1={svg_number(y + LANE / 2.0)} y2={svg_number(y + LANE / 2.0)} />
                            <text x={svg_number(PLOT_LEFT - 6.0)} y={svg_number(y + LANE / 2.0 + 4.0)} text-anchor="end">{ kind.label() }</text>
                        </g>
                    }
                }) }
                <g class="ticks">
                    { for months.iter().enumerate().map(|(n, m)| {
                        let tx = x(m.number());
                        let label = (n % label_every == 0).then(|| if m.month() == 1 || n == 0 { m.month_heading() } else { m.month_heading()[..3].to_string() });
                        html! {
                            <g>
                                <line x1={svg_number(tx)} x2={svg_number(tx)} y1={svg_number(TOP)} y2={svg_number(height - 20.0)} />
                                if let Some(label) = label {
                                    <text x={svg_number(tx)} y={svg_number(height - 6.0)}>{ label }</text>
                                }
                            </g>
                        }
                    }) }
                </g>
                if let Some((a, b)) = selection {
                    <rect class="selection" x={svg_number(a)} y={svg_number(TOP)} width={svg_number(b - a)} height={svg_number(LANE * lanes as f64)} />
                }
                { marks }
            </svg>
            </div>
            <figcaption class="visually-hidden">{ caption }</figcaption>
        </figure>
    }
}
