//! `#/network`: who met whom. A node per actor (coloured by side, sized by events), an edge per
//! pair that shares events (weighted by how many). The layout is a circle ordered by side, then
//! by number of events, then id: the same picture at every load. Hovering over or focusing an
//! edge lists its events; the matrix below is the same data as a table.

use crate::components::svg_number;
use crate::data::{dataset, network, search_index};
use crate::route::{href, Route};
use parley_core::query::Pair;
use parley_core::Side;
use std::f64::consts::PI;
use yew::prelude::*;

const SIZE: f64 = 820.0;
const RADIUS: f64 = 290.0;

#[component]
pub fn NetworkPage() -> Html {
    let data = dataset();
    let pairs = network();
    let selected = use_state(|| None::<usize>);

    // Actors with at least one event, in a stable order around the circle. The dataset never
    // changes, so this is computed once, not on every hover.
    let nodes = use_memo((), |_| {
        let mut nodes: Vec<(usize, usize)> = (0..data.actors.len())
            .map(|i| (i, search_index().events_of(i).len()))
            .filter(|(_, n)| *n > 0)
            .collect();
        let side_rank = |i: usize| {
            Side::ALL
                .iter()
                .position(|s| *s == data.actors[i].side)
                .unwrap_or(0)
        };
        nodes.sort_by_key(|&(i, n)| {
            (
                side_rank(i),
                std::cmp::Reverse(n),
                data.actors[i].id.clone(),
            )
        });
        nodes
    });
    let position = |actor: usize| -> (f64, f64) {
        let k = nodes.iter().position(|(i, _)| *i == actor).unwrap_or(0);
        let angle = 2.0 * PI * k as f64 / nodes.len() as f64 - PI / 2.0;
        (
            // The browser's sine and cosine: Rust's own would add 8 KB to the bundle.
            SIZE / 2.0 + RADIUS * js_sys::Math::cos(angle),
            SIZE / 2.0 + RADIUS * js_sys::Math::sin(angle),
        )
    };
    let pair_href = |p: &Pair| {
        format!(
            "#/?actor={}&actor={}",
            data.actors[p.a].id, data.actors[p.b].id
        )
    };
    let name = |i: usize| data.actors[i].name.as_str();

    let edges = pairs.iter().enumerate().map(|(n, pair)| {
        let ((x1, y1), (x2, y2)) = (position(pair.a), position(pair.b));
        let weight = pair.events.len();
        let select = {
            let selected = selected.clone();
            move || selected.set(Some(n))
        };
        let (on_enter, on_focus) = (select.clone(), select);
        html! {
            <a href={pair_href(pair)} class={classes!("edge", (*selected == Some(n)).then_some("selected"))}
                data-a={data.actors[pair.a].id.clone()} data-b={data.actors[pair.b].id.clone()} data-weight={weight.to_string()}
                onmouseenter={Callback::from(move |_| on_enter())} onfocus={Callback::from(move |_| on_focus())}>
                <title>{ format!("{} – {}: {} shared event{}", name(pair.a), name(pair.b), weight, if weight == 1 { "" } else { "s" }) }</title>
                <line x1={svg_number(x1)} y1={svg_number(y1)} x2={svg_number(x2)} y2={svg_number(y2)}
                    stroke-width={svg_number(1.0 + weight as f64 * 1.2)} />
            </a>
        }
    });
    let node_views = nodes.iter().map(|&(i, count)| {
        let actor = &data.actors[i];
        let (x, y) = position(i);
        let r = 5.0 + 2.5 * js_sys::Math::sqrt(count as f64);
        let (dx, dy) = ((x - SIZE / 2.0) / RADIUS, (y - SIZE / 2.0) / RADIUS);
        let anchor = if dx > 0.2 { "start" } else if dx < -0.2 { "end" } else { "middle" };
        let (lx, ly) = (x + dx * (r + 6.0), y + dy * (r + 6.0) + 4.0);
        html! {
            <a href={format!("#/actors/{}", actor.id)} class={classes!("node", format!("side-{}", actor.side.slug()))} data-actor-id={actor.id.clone()} data-events={count.to_string()}>
                <title>{ format!("{} ({}): {} events", actor.name, actor.side.label(), count) }</title>
                <circle cx={svg_number(x)} cy={svg_number(y)} r={svg_number(r)} />
                <text x={svg_number(lx)} y={svg_number(ly)} text-anchor={anchor}>{ &actor.name }</text>
            </a>
        }
    });

    let panel = match selected.and_then(|n| pairs.get(n)) {
        Some(pair) => html! {
            <>
                <h2 id="edge-h">{ format!("{} and {}: {} shared event{}", name(pair.a), name(pair.b), pair.events.len(), if pair.events.len() == 1 { "" } else { "s" }) }</h2>
                <ul class="edge-events">
                    { for pair.events.iter().map(|&i| {
                        let e = &data.events[i];
                        html! { <li><a href={href(&Route::Event { id: e.id.clone() })}>{ &e.title }</a>{ format!(" ({})", e.date.display()) }</li> }
                    }) }
                </ul>
                <p><a href={pair_href(pair)}>{ "Open these events in the timeline" }</a></p>
            </>
        },
        None => {
            html! { <p>{ "Hover over or focus an edge (Tab moves through them) to list the events two actors share." }</p> }
        }
    };

    let matrix_actors: Vec<usize> = nodes
        .iter()
        .map(|(i, _)| *i)
        .filter(|&i| pairs.iter().any(|p| p.a == i || p.b == i))
        .collect();
    let shared = |a: usize, b: usize| pairs.iter().find(|p| (p.a, p.b) == (a.min(b), a.max(b)));
    html! {
        <section class="network-page">
            <h1>{ "Who met whom" }</h1>
            <p>{ format!("{} actors; {} pairs share at least one event. Line width is the number of shared events; colour is the side.", nodes.len(), pairs.len()) }</p>
            <ul class="legend" aria-label="Sides">
                { for Side::ALL.iter().map(|side| html! {
                    <li class={classes!(format!("side-{}", side.slug()))}><span class="swatch" aria-hidden="true"></span>{ side.label() }</li>
                }) }
            </ul>
            <div class="network-layout">
                <svg class="network" viewBox={format!("0 0 {0} {0}", svg_number(SIZE))} role="group" aria-labelledby="network-caption">
                    <title id="network-caption">{ "Network of actors who take part in the same events" }</title>
                    <g class="edges">{ for edges }</g>
                    <g class="nodes">{ for node_views }</g>
                </svg>
                <aside class="edge-panel" aria-live="polite">{ panel }</aside>
            </div>
            <details class="matrix">
                <summary>{ "The same as a table" }</summary>
                <div class="matrix-scroll">
                    <table>
                        <caption>{ "Shared events for each pair of actors" }</caption>
                        <thead>
                            <tr>
                                <td></td>
                                { for matrix_actors.iter().map(|&i| html! { <th scope="col"><abbr title={data.actors[i].name.clone()}>{ data.actors[i].initials() }</abbr></th> }) }
                            </tr>
                        </thead>
                        <tbody>
                            { for matrix_actors.iter().map(|&row| html! {
                                <tr>
                                    <th scope="row">{ name(row) }</th>
                                    { for matrix_actors.iter().map(|&col| match shared(row, col).filter(|_| row != col) {
                                        Some(pair) => html! { <td data-a={data.actors[row].id.clone()} data-b={data.actors[col].id.clone()}><a href={pair_href(pair)}>{ pair.events.len() }</a></td> },
                                        None => html! { <td></td> },
                                    }) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            </details>
        </section>
    }
}
