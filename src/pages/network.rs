//! `network/?<filter>`: who met whom in the events the filter selects. A node per actor
//! (coloured by side, sized by events), an edge per pair that shares events (weighted by how
//! many). The layout is a circle ordered by side, then
//! by number of events, then id: the same picture at every load. Hovering over or focusing an
//! edge lists its events, and a node its contacts; on a phone, where edges are too thin to
//! tap, a tap on a node lists its contacts. Every pair is also a list, and the matrix the same
//! data as a table.

use crate::components::{
    lens_tabs, use_wide_screen, use_width, EventRefItems, ExportMenu, FilterPanel,
    PictureDownloads, FIRST_WIDTH,
};
use crate::router::use_lang;
use parley_core::i18n::fill;
use parley_core::link::Link;
use parley_core::query::Filter;
use parley_core::svg::svg_number;
use parley_core::view::network::{NetworkView, SIZE};
use parley_core::view::timeline::TimelineView;
use parley_core::ActorIx;
use parley_core::Side;
use std::rc::Rc;
use yew::prelude::*;

/// What the panel beside the drawing lists.
#[derive(Clone, Copy, PartialEq)]
enum Selected {
    /// The events of the edge at this position in the view's edges.
    Edge(usize),
    /// An actor's contacts.
    Node(ActorIx),
}

/// Half of WCAG 2.2's least target size, in CSS pixels.
const TARGET_RADIUS: f64 = 12.0;

#[derive(Properties, PartialEq)]
pub struct NetworkPageProps {
    pub filter: Filter,
    /// The filter panel's choices.
    pub filters: Rc<TimelineView>,
    pub view: Rc<NetworkView>,
}

#[component]
pub fn NetworkPage(props: &NetworkPageProps) -> Html {
    let lang = use_lang();
    let t = lang.t();
    let filter = &props.filter;
    let link = Link::Network {
        filter: filter.clone(),
    };
    let selected = use_state(|| None::<Selected>);
    let wide = use_wide_screen();
    let svg = use_node_ref();
    // Text and targets are sized in CSS pixels: `unit` is how many of the drawing's units one
    // pixel spans.
    let unit = SIZE / use_width(&svg, FIRST_WIDTH);
    {
        // A new filter draws new edges: an old selection would point at another pair.
        let selected = selected.clone();
        use_effect_with(filter.clone(), move |_| selected.set(None));
    }
    let (timeline, view) = (&props.filters, &props.view);
    let caption = fill(t.network_picture, &[("filter", &timeline.described)]);
    let name = |i: ActorIx| view.node(i).map_or("", |n| n.name.as_str());

    let edges = view.edges.iter().enumerate().map(|(n, edge)| {
        let ((x1, y1), (x2, y2)) = (edge.from, edge.to);
        let weight = edge.events.len();
        let line = html! {
            <line x1={svg_number(x1)} y1={svg_number(y1)} x2={svg_number(x2)} y2={svg_number(y2)}
                stroke-width={svg_number(edge.width)} />
        };
        let (a, b) = (edge.a_id.clone(), edge.b_id.clone());
        if !wide {
            // Too thin to tap: the nodes and the list of pairs lead to these events instead.
            return html! { <g class="edge" data-a={a} data-b={b} data-weight={weight.to_string()}>{ line }</g> };
        }
        let select = {
            let selected = selected.clone();
            move || selected.set(Some(Selected::Edge(n)))
        };
        let (on_enter, on_focus) = (select.clone(), select);
        html! {
            <a href={edge.link.href()} class={classes!("edge", (*selected == Some(Selected::Edge(n))).then_some("selected"))}
                data-a={a} data-b={b} data-weight={weight.to_string()}
                onmouseenter={Callback::from(move |_| on_enter())} onfocus={Callback::from(move |_| on_focus())}>
                <title>{ &edge.label }</title>
                { line }
            </a>
        }
    });
    let labels = view.labels(unit);
    let node_views = view.nodes.iter().zip(&labels).map(|(node, label)| {
        let select = {
            let (selected, actor) = (selected.clone(), node.actor);
            move || selected.set(Some(Selected::Node(actor)))
        };
        let (on_enter, on_focus, on_tap) = (select.clone(), select.clone(), select);
        // On a phone a tap lists the contacts; the panel then links to the actor's page.
        let onclick = Callback::from(move |event: MouseEvent| {
            if !wide {
                event.prevent_default();
                on_tap();
            }
        });
        html! {
            <a href={node.href.clone()} class={classes!("node", format!("side-{}", node.side.slug()), (*selected == Some(Selected::Node(node.actor))).then_some("selected"))}
                data-actor-id={node.id.clone()} data-events={node.events.to_string()}
                onmouseenter={Callback::from(move |_| on_enter())} onfocus={Callback::from(move |_| on_focus())} {onclick}>
                <title>{ &node.title }</title>
                <circle class="hit" cx={svg_number(node.x)} cy={svg_number(node.y)} r={svg_number(node.r.max(TARGET_RADIUS * unit))} />
                <circle cx={svg_number(node.x)} cy={svg_number(node.y)} r={svg_number(node.r)} />
                <text x={svg_number(label.x)} y={svg_number(label.y)} text-anchor={label.anchor.svg()}
                    font-size={svg_number(label.size)}>{ &node.name }</text>
            </a>
        }
    });
    let pair =
        |(edge_link, label): (String, String)| html! { <li><a href={edge_link}>{ label }</a></li> };

    let panel = match *selected {
        Some(Selected::Edge(n)) if n < view.edges.len() => {
            let edge = &view.edges[n];
            html! {
                <>
                    <h2 id="edge-h">{ fill(t.pair_heading, &[("a", name(edge.a)), ("b", name(edge.b)), ("events", &edge.count)]) }</h2>
                    <ul class="edge-events">
                        <EventRefItems events={edge.events.clone()} />
                    </ul>
                    <p><a href={edge.link.href()}>{ t.open_in_timeline }</a></p>
                </>
            }
        }
        Some(Selected::Node(actor)) => {
            let contacts: Vec<_> = view.contacts(actor).collect();
            html! {
                <>
                    <h2 id="edge-h">{ format!("{}: {}", name(actor), lang.count(contacts.len(), &t.contacts)) }</h2>
                    <ul class="edge-events">
                        { for contacts.iter().map(|(other, edge)| pair((edge.link.href(), format!("{} ({})", name(*other), edge.count)))) }
                    </ul>
                    if let Some(node) = view.node(actor) {
                        <p><a href={node.href.clone()}>{ fill(t.actor_page, &[("name", &node.name)]) }</a></p>
                    }
                </>
            }
        }
        _ if wide => {
            html! { <p>{ t.network_hint }</p> }
        }
        _ => html! { <p>{ t.network_tap_hint }</p> },
    };

    html! {
        <div class="explore-page">
        <FilterPanel filter={filter.clone()} facets={timeline.facets.clone()} active={timeline.active} matched={view.matched} />
        <section class="network-page results">
            { lens_tabs(&link, lang) }
            <h1>{ t.lens_network }</h1>
            <div class="result-bar">
                <p id="result-count" aria-live="polite">{ fill(t.shown_of, &[("shown", &lang.number(view.matched)), ("events", &lang.count(view.total, &t.events_of))]) }</p>
                <ExportMenu events={timeline.events.clone()} />
            </div>
            <p>{ fill(t.network_summary, &[("actors", &lang.count(view.nodes.len(), &t.actors)), ("pairs", &lang.count(view.edges.len(), &t.pairs))]) }</p>
            <ul class="legend" aria-label={t.sides}>
                { for Side::ALL.iter().map(|side| html! {
                    <li class={classes!(format!("side-{}", side.slug()))}><span class="swatch" aria-hidden="true"></span>{ side.label(lang) }</li>
                }) }
            </ul>
            <details class="pairs">
                <summary>{ fill(t.every_pair, &[("n", &lang.number(view.edges.len()))]) }</summary>
                <ol>
                    { for view.edges.iter().map(|edge| pair((edge.link.href(), edge.label.clone()))) }
                </ol>
            </details>
            <div class="network-layout">
                <svg ref={svg} id="network-svg" class="network" viewBox={format!("0 0 {0} {0}", svg_number(SIZE))} role="group" aria-labelledby="network-caption">
                    <title id="network-caption">{ t.network_title }</title>
                    <g class="edges">{ for edges }</g>
                    <g class="nodes">{ for node_views }</g>
                </svg>
                <aside class="edge-panel" aria-live="polite">{ panel }</aside>
            </div>
            <PictureDownloads target="network-svg" name="parley-network" {caption} />
            <details class="matrix">
                <summary>{ t.same_as_table }</summary>
                <p class="scroll-hint">{ t.scroll_hint }</p>
                <div class="matrix-scroll" tabindex="0" role="region" aria-label={t.matrix_scroll}>
                    <table>
                        <caption>{ t.matrix_caption }</caption>
                        <thead>
                            <tr>
                                <td></td>
                                { for view.matrix.iter().filter_map(|&i| view.node(i)).map(|n| html! { <th scope="col"><abbr title={n.name.clone()}>{ &n.initials }</abbr></th> }) }
                            </tr>
                        </thead>
                        <tbody>
                            { for view.matrix.iter().zip(&view.cells).map(|(&row, cells)| html! {
                                <tr>
                                    <th scope="row">{ name(row) }</th>
                                    { for cells.iter().map(|cell| match cell.map(|e| &view.edges[e]) {
                                        Some(edge) => {
                                            let (a, b) = if edge.a == row { (&edge.a_id, &edge.b_id) } else { (&edge.b_id, &edge.a_id) };
                                            html! { <td data-a={a.clone()} data-b={b.clone()}><a href={edge.link.href()}>{ edge.events.len() }</a></td> }
                                        }
                                        None => html! { <td></td> },
                                    }) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            </details>
        </section>
        </div>
    }
}
