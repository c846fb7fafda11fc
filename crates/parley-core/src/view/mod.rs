//! The view model: for each view, a plain struct computed from the dataset, its search index
//! and the view's [`crate::link::Link`] state, in the manner of rust-analyzer's `ide` crate.
//! [`View::for_link`] is the one place a link becomes its view, for the app, the prerender
//! and the exporter alike. The app's pages turn these into HTML and compute nothing
//! themselves; everything here is tested natively.

pub mod actor;
pub mod actors;
pub mod axis;
pub mod claims;
pub mod event;
pub mod event_ref;
pub mod label;
pub mod long_list;
pub mod map;
pub mod network;
pub mod page;
pub mod reader;
pub mod slide;
pub mod story;
pub mod timeline;

use crate::atlas::Atlas;
use crate::i18n::Lang;
use crate::link::{Lens, Link};
use crate::model::Dataset;
use crate::query::{Pair, SearchIndex};
use serde::Serialize;
use std::rc::Rc;

/// Everything a view is computed from.
#[derive(Clone, Copy)]
pub struct Corpus<'a> {
    pub data: &'a Dataset,
    pub index: &'a SearchIndex,
    /// The map's outlines and the places' positions.
    pub atlas: &'a Atlas,
    /// Every pair of actors who share events (see [`crate::query::co_participation`]): worked
    /// out on demand, since only an actor's view needs them.
    pub pairs: &'a dyn Fn() -> &'a [Pair],
    /// Sine and cosine, for the network's circle: the app passes the browser's, since Rust's
    /// own would add 8 KB to the bundle.
    pub sin_cos: fn(f64) -> (f64, f64),
}

/// Two corpora are equal when they are the same data, not equal data: comparing a dataset
/// field by field to find out would cost more than any view computed from it.
impl PartialEq for Corpus<'_> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.data, other.data)
            && std::ptr::eq(self.index, other.index)
            && std::ptr::eq(self.atlas, other.atlas)
    }
}

/// A link's view: what its page shows. Serialised (by the exporter) as the view's main
/// struct, or `null` for a view of nothing.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum View {
    /// The list, and the small map beside it.
    Timeline {
        #[serde(flatten)]
        list: Rc<timeline::TimelineView>,
        #[serde(skip)]
        map: Rc<map::MapView>,
    },
    /// A story, and the map of its places.
    Story {
        #[serde(flatten)]
        story: Rc<story::StoryView>,
        #[serde(skip)]
        map: Rc<map::MapView>,
    },
    Event(Option<Rc<event::EventView>>),
    Actors(Rc<actors::ActorsView>),
    Actor(Option<Rc<actor::ActorView>>),
    Source(Option<Rc<reader::ReaderView>>),
    /// The map, and the filters beside it.
    Map {
        #[serde(skip)]
        filters: Rc<timeline::TimelineView>,
        #[serde(flatten)]
        map: Rc<map::MapView>,
    },
    /// The network, and the filters beside it.
    Network {
        #[serde(skip)]
        filters: Rc<timeline::TimelineView>,
        #[serde(flatten)]
        network: Rc<network::NetworkView>,
    },
    Claims(Rc<Vec<claims::ClaimCard>>),
    NotFound,
}

impl View {
    /// The view `link` opens, in `lang`.
    pub fn for_link(corpus: Corpus<'_>, link: &Link, lang: Lang) -> View {
        let Corpus {
            data,
            index,
            atlas,
            pairs,
            sin_cos,
        } = corpus;
        match link {
            Link::Timeline { filter, .. } => {
                let list = timeline::TimelineView::new(index, filter, lang);
                let (events, total) = (&list.events, list.total);
                let map = map::MapView::new(data, atlas, filter, events, total, Lens::List, lang);
                View::Timeline {
                    map: Rc::new(map),
                    list: Rc::new(list),
                }
            }
            Link::Story { story, step, embed } => {
                let view = story::StoryView::new(data, index, story, *step, *embed, lang);
                let (filter, events) = (&story.filter, &view.events);
                let map =
                    map::MapView::new(data, atlas, filter, events, index.len(), Lens::Map, lang);
                View::Story {
                    story: Rc::new(view),
                    map: Rc::new(map),
                }
            }
            Link::Event { id } => View::Event(event::EventView::new(data, id, lang).map(Rc::new)),
            Link::Actors { sort, text } => View::Actors(Rc::new(actors::ActorsView::new(
                data, index, *sort, text, lang,
            ))),
            Link::Actor { id } => {
                View::Actor(actor::ActorView::new(data, index, pairs(), id, lang).map(Rc::new))
            }
            Link::Source { id, at } => {
                View::Source(reader::ReaderView::new(data, id, *at, lang).map(Rc::new))
            }
            Link::Map { filter, .. } => {
                let filters = timeline::TimelineView::new(index, filter, lang);
                let (events, total) = (&filters.events, filters.total);
                let map = map::MapView::new(data, atlas, filter, events, total, Lens::Map, lang);
                View::Map {
                    map: Rc::new(map),
                    filters: Rc::new(filters),
                }
            }
            Link::Network { filter } => {
                let filters = timeline::TimelineView::new(index, filter, lang);
                let events = &filters.events;
                let network = network::NetworkView::new(data, index, filter, events, lang, sin_cos);
                View::Network {
                    network: Rc::new(network),
                    filters: Rc::new(filters),
                }
            }
            Link::Claims => View::Claims(Rc::new(claims::ClaimCard::all(data, lang))),
            Link::NotFound => View::NotFound,
        }
    }
}
