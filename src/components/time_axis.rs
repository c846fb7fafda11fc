//! The time axis above the timeline (see `parley_core::view::axis`, which lays it out for the
//! width it is drawn at). Buttons zoom and pan; dragging sideways across the plot ("brushing")
//! sets the timeline's date range, while a vertical swipe still scrolls the page; each mark is
//! a link to its event, or to the list of the events it gathers. On a phone it starts folded.

use super::{from_markup, use_corpus, use_linked_state, use_width, wide_screen, FIRST_WIDTH};
use crate::router::use_lang;
use parley_core::html::{axis_mark, Markup};
use parley_core::link::AxisSpan;
use parley_core::query::Filter;
use parley_core::svg::svg_number;
use parley_core::view::axis::{Axis, Layout, Plot, Step, Window};
use parley_core::Day;
use parley_core::EventIx;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimeAxisProps {
    /// Positions in the corpus's events that the current filters show.
    pub events: Rc<[EventIx]>,
    /// The filter that chose them: its date range is shaded, and a mark of several events
    /// lists them under it.
    pub filter: Filter,
    /// Called with the brushed range.
    pub on_range: Callback<(Day, Day)>,
    /// The `id` of the `<svg>`, for its picture.
    pub id: AttrValue,
    /// The days the axis spans, as the page's link keeps them: with `on_span`, the link holds
    /// the axis's zoom and pan (the timeline); without, the axis holds its own (an actor).
    #[prop_or_default]
    pub span: AxisSpan,
    #[prop_or_default]
    pub on_span: Option<Callback<AxisSpan>>,
}

#[component]
pub fn TimeAxis(props: &TimeAxisProps) -> Html {
    let corpus = use_corpus();
    let (data, index) = (corpus.data, corpus.index);
    let (span, set_span) = use_linked_state(props.span, props.on_span.clone());
    // Every event's window is a pass over the index: worked out when the span changes, not on
    // every render (a filter change at 100,000 events renders the axis again).
    let window = *use_memo(span, |&span| Window::of(index, span));
    let drag = use_state(|| None::<(f64, f64)>);
    let svg = use_node_ref();
    let plot = use_node_ref();
    let width = use_width(&plot, FIRST_WIDTH);
    let wide = use_state(wide_screen);
    let lang = use_lang();
    let t = lang.t();
    let axis = Axis::new(
        data,
        index,
        &props.events,
        window,
        Layout::for_width(width, lang),
        &props.filter,
        lang,
    );
    let layout = axis.layout;

    let set_window = |step: Step| {
        let set_span = set_span.clone();
        Callback::from(move |_: MouseEvent| set_span.emit(window.step(step).link_span(index)))
    };
    let reset = {
        let set_span = set_span.clone();
        Callback::from(move |_: MouseEvent| set_span.emit(None))
    };

    let to_svg_x = {
        let svg = svg.clone();
        move |client_x: i32| -> Option<f64> {
            let element = svg.cast::<web_sys::Element>()?;
            let rect = element.get_bounding_client_rect();
            (rect.width() > 0.0)
                .then(|| (f64::from(client_x) - rect.left()) / rect.width() * layout.width)
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
            if let Some(range) = drag.and_then(|(a, b)| layout.brushed(window, a, b)) {
                on_range.emit(range);
            }
            drag.set(None);
        })
    };

    let marks = match &axis.plot {
        Plot::Marks(marks) => {
            let mut out = Markup::default();
            for mark in marks {
                axis_mark(&mut out, data, mark, lang);
            }
            // Up to 600 links with titles: parsed as one piece of SVG rather than node by node.
            html! { <g class="marks">{ from_markup(out) }</g> }
        }
        Plot::Histogram(bars) => html! {
            <g class="histogram">
                { for bars.iter().map(|bar| html! {
                    <rect x={svg_number(bar.x)} y={svg_number(bar.y)}
                        width={svg_number(bar.width)} height={svg_number(bar.height)}>
                        <title>{ lang.count(bar.count, &t.events) }</title>
                    </rect>
                }) }
            </g>
        },
    };
    let selection = match *drag {
        Some((a, b)) => Some((a.min(b), a.max(b))),
        None => axis.selection,
    };
    let caption = axis.caption.clone();
    let height = axis.height;

    // A swipe the browser takes over to scroll the page is no brush.
    let on_cancel = {
        let drag = drag.clone();
        Callback::from(move |_: PointerEvent| drag.set(None))
    };
    let w = svg_number(layout.width);

    html! {
        <details class="time-axis-fold" open={*wide}>
        <summary>{ t.time_axis }</summary>
        <figure class="time-axis">
            <div class="axis-controls" role="group" aria-label={t.axis_controls}>
                <button type="button" onclick={set_window(Step::ZoomIn)}>{ t.zoom_in }</button>
                <button type="button" onclick={set_window(Step::ZoomOut)}>{ t.zoom_out }</button>
                <button type="button" onclick={set_window(Step::Earlier)}>{ t.earlier }</button>
                <button type="button" onclick={set_window(Step::Later)}>{ t.later }</button>
                <button type="button" onclick={reset}>{ t.whole_period }</button>
                <span class="hint">{ t.axis_hint }</span>
            </div>
            <div class="plot" ref={plot}>
            <svg ref={svg} id={props.id.clone()} viewBox={format!("0 0 {w} {}", svg_number(height))} width={w.clone()} height={svg_number(height)}
                role="group" aria-label={caption.clone()}
                onpointerdown={on_down} onpointermove={on_move} onpointerup={on_up.clone()} onpointerleave={on_up} onpointercancel={on_cancel}>
                { for axis.lanes.iter().map(|lane| html! {
                    <g class="lane">
                        <line x1={svg_number(layout.plot_left)} x2={svg_number(layout.plot_right)} y1={svg_number(lane.y)} y2={svg_number(lane.y)} />
                        <text x={svg_number(lane.label_x)} y={svg_number(lane.label_y)} text-anchor={if layout.labels_above { "start" } else { "end" }}>{ lane.label }</text>
                    </g>
                }) }
                <g class="ticks">
                    { for axis.ticks.iter().map(|tick| html! {
                        <g>
                            <line x1={svg_number(tick.x)} x2={svg_number(tick.x)} y1={svg_number(axis.plot_top)} y2={svg_number(height - 20.0)} />
                            if let Some(label) = &tick.label {
                                <text x={svg_number(tick.x)} y={svg_number(height - 6.0)} text-anchor={tick.anchor}>{ label }</text>
                            }
                        </g>
                    }) }
                </g>
                if let Some((a, b)) = selection {
                    <rect class="selection" x={svg_number(a)} y={svg_number(axis.plot_top)} width={svg_number(b - a)} height={svg_number(axis.plot_height)} />
                }
                { marks }
            </svg>
            </div>
            <figcaption class="visually-hidden">{ caption }</figcaption>
        </figure>
        </details>
    }
}
