//! `network/?<filter>`: who met whom in the events a filter selects. A node per actor with
//! such events (sized by them), an edge per pair that shares some (as wide as how many). The layout is a circle ordered by side, then by
//! number of events, then id: the same picture at every load.

use super::label::{text_width, Anchor, Bounds};
use crate::facet::Actors;
use crate::i18n::Lang;
use crate::link::Link;
use crate::model::{ActorIx, Dataset, EventIx, Side};
use crate::query::{co_participation, events_per_actor, Filter, SearchIndex};
use serde::Serialize;

/// The drawing's width and height, in SVG user units.
pub const SIZE: f64 = 820.0;
const RADIUS: f64 = 290.0;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Node {
    pub actor: ActorIx,
    pub events: usize,
    pub x: f64,
    pub y: f64,
    pub r: f64,
    pub id: String,
    /// The actor's name, initials and page, in the view's language.
    pub name: String,
    pub initials: String,
    pub href: String,
    pub side: Side,
    /// "Name (Side): 12 events".
    pub title: String,
    /// The way out from the circle's centre through the node, as cosine and sine: where its
    /// name goes.
    pub outward: (f64, f64),
}

/// The size actors' names are set in, in CSS pixels.
pub const LABEL_SIZE: f64 = 13.0;
/// The gap between a node's edge and its name, in CSS pixels.
const LABEL_GAP: f64 = 6.0;

/// A node's name where it is drawn, in the drawing's units.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct NodeLabel {
    /// The text's anchor point, on its baseline.
    pub x: f64,
    pub y: f64,
    pub anchor: Anchor,
    /// The font size.
    pub size: f64,
    /// The room the name takes.
    pub bounds: Bounds,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Edge {
    /// `a < b`.
    pub a: ActorIx,
    pub b: ActorIx,
    pub a_id: String,
    pub b_id: String,
    /// "Name – Name: 3 shared events", in the view's language.
    pub label: String,
    /// "3 shared events".
    pub count: String,
    /// In chronological order.
    pub events: Vec<EventIx>,
    pub from: (f64, f64),
    pub to: (f64, f64),
    pub width: f64,
    /// The timeline of the events the two share: the filter with both actors chosen.
    pub link: Link,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NetworkView {
    /// Around the circle, from the top, clockwise.
    pub nodes: Vec<Node>,
    /// Heaviest first.
    pub edges: Vec<Edge>,
    /// The matrix's rows and columns: nodes with at least one edge, in node order.
    pub matrix: Vec<ActorIx>,
    /// Row by row, the position in `edges` of each cell's pair; none on the diagonal.
    pub cells: Vec<Vec<Option<usize>>>,
    /// How many events the filter selects, of how many ("23 of 50 events").
    pub matched: usize,
    pub total: usize,
}

impl NetworkView {
    /// `events` are what `filter` selects ([`crate::query::run`]). `sin_cos` gives an angle's
    /// sine and cosine: the app passes the browser's, which cost the bundle nothing, where
    /// Rust's own would add 8 KB.
    pub fn new(
        dataset: &Dataset,
        index: &SearchIndex,
        filter: &Filter,
        events: &[EventIx],
        lang: Lang,
        sin_cos: impl Fn(f64) -> (f64, f64),
    ) -> NetworkView {
        let per_actor = events_per_actor(index, events);
        let mut counted: Vec<(ActorIx, usize)> = per_actor
            .into_iter()
            .enumerate()
            .map(|(i, n)| (ActorIx::new(i), n))
            .filter(|(_, n)| *n > 0)
            .collect();
        let side_rank = |i: ActorIx| {
            let side = dataset.actors[i].side;
            Side::ALL.iter().position(|s| *s == side).unwrap_or(0)
        };
        crate::sort::sort_by_key(&mut counted, |&(i, n)| {
            (side_rank(i), std::cmp::Reverse(n), &dataset.actors[i].id)
        });
        let around = counted.len() as f64;
        let nodes: Vec<Node> = counted
            .iter()
            .enumerate()
            .map(|(k, &(actor, events))| {
                let angle =
                    2.0 * std::f64::consts::PI * k as f64 / around - std::f64::consts::FRAC_PI_2;
                let (sin, cos) = sin_cos(angle);
                let (x, y) = (SIZE / 2.0 + RADIUS * cos, SIZE / 2.0 + RADIUS * sin);
                let who = &dataset.actors[actor];
                let name = who.name.get(lang).to_string();
                let count = lang.count(events, &lang.t().events);
                Node {
                    actor,
                    events,
                    x,
                    y,
                    r: 5.0 + 2.5 * (events as f64).sqrt(),
                    id: who.id.clone(),
                    title: format!("{name} ({}): {count}", who.side.label(lang)),
                    name,
                    initials: who.initials(lang),
                    href: Link::actor(&who.id).href(),
                    side: who.side,
                    outward: (cos, sin),
                }
            })
            .collect();
        let at = |actor: ActorIx| {
            let node = nodes.iter().find(|n| n.actor == actor);
            node.map_or((SIZE / 2.0, SIZE / 2.0), |n| (n.x, n.y))
        };
        let edges: Vec<Edge> = co_participation(index, events)
            .into_iter()
            .map(|p| {
                let filter = filter.clone().with(&Actors, &dataset.actors[p.a].id);
                let filter = filter.with(&Actors, &dataset.actors[p.b].id);
                let width = 1.0 + p.events.len() as f64 * 1.2;
                let name = |a: ActorIx| dataset.actors[a].name.get(lang);
                let count = lang.count(p.events.len(), &lang.t().shared_events);
                Edge {
                    a: p.a,
                    b: p.b,
                    a_id: dataset.actors[p.a].id.clone(),
                    b_id: dataset.actors[p.b].id.clone(),
                    label: format!("{} – {}: {count}", name(p.a), name(p.b)),
                    count,
                    events: p.events,
                    from: at(p.a),
                    to: at(p.b),
                    width,
                    link: Link::timeline(filter),
                }
            })
            .collect();
        let matrix = nodes.iter().map(|n| n.actor);
        let matrix: Vec<ActorIx> = matrix
            .filter(|&i| edges.iter().any(|e| e.a == i || e.b == i))
            .collect();
        let edge_between = |a: ActorIx, b: ActorIx| {
            let (a, b) = (a.min(b), a.max(b));
            edges.iter().position(|e| (e.a, e.b) == (a, b))
        };
        let cells = matrix.iter().map(|&row| {
            let cols = matrix
                .iter()
                .map(|&col| edge_between(row, col).filter(|_| row != col));
            cols.collect()
        });
        NetworkView {
            cells: cells.collect(),
            matrix,
            nodes,
            edges,
            matched: events.len(),
            total: index.len(),
        }
    }

    /// Who `actor` shares events with: the edges that touch it, heaviest first.
    /// Where each node's name goes when the drawing is shown at `unit` of its units to the
    /// CSS pixel, in node order: outside the circle, beside the node and away from the centre
    /// (centred above or below the nodes at the top and bottom). A name that would leave the
    /// drawing there goes centred under its node (over it, in the drawing's lower half), moved
    /// in from the edge as far as it must be, so that every name is drawn whole.
    pub fn labels(&self, unit: f64) -> Vec<NodeLabel> {
        let drawing = Bounds {
            left: 0.0,
            top: 0.0,
            right: SIZE,
            bottom: SIZE,
        };
        let size = LABEL_SIZE * unit;
        // A line's box from its baseline: the ascent above, the descent below.
        let (ascent, descent) = (0.8 * size, 0.25 * size);
        let boxed = |anchor: Anchor, x: f64, y: f64, width: f64| {
            let left = match anchor {
                Anchor::Start => x,
                Anchor::End => x - width,
                Anchor::Middle => x - width / 2.0,
            };
            let bounds = Bounds {
                left,
                top: y - ascent,
                right: left + width,
                bottom: y + descent,
            };
            NodeLabel {
                x,
                y,
                anchor,
                size,
                bounds,
            }
        };
        self.nodes
            .iter()
            .map(|node| {
                let width = text_width(&node.name, size);
                let (cos, sin) = node.outward;
                let gap = node.r + LABEL_GAP * unit;
                let anchor = match cos {
                    c if c > 0.2 => Anchor::Start,
                    c if c < -0.2 => Anchor::End,
                    _ => Anchor::Middle,
                };
                // Beside the node, its line centred on the way out.
                let (x, y) = (node.x + cos * gap, node.y + sin * gap);
                let beside = boxed(
                    anchor,
                    x,
                    y + (ascent - descent) / 2.0 + sin * ascent / 2.0,
                    width,
                );
                if drawing.holds(&beside.bounds) {
                    return beside;
                }
                // min and max rather than clamp, whose panic message would bring float
                // formatting into the bundle.
                let x = node.x.min(SIZE - width / 2.0).max(width / 2.0);
                match node.y < SIZE / 2.0 {
                    true => boxed(Anchor::Middle, x, node.y + gap + ascent, width),
                    false => boxed(Anchor::Middle, x, node.y - gap - descent, width),
                }
            })
            .collect()
    }

    pub fn contacts(&self, actor: ActorIx) -> impl Iterator<Item = (ActorIx, &Edge)> {
        let touching = self
            .edges
            .iter()
            .filter(move |e| e.a == actor || e.b == actor);
        touching.map(move |e| (if e.a == actor { e.b } else { e.a }, e))
    }

    /// The node of `actor`, if the network has one.
    pub fn node(&self, actor: ActorIx) -> Option<&Node> {
        self.nodes.iter().find(|n| n.actor == actor)
    }
}
