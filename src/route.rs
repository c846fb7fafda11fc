//! Every view and its URL. Hash routing, so any static host serves the app as it is.

use yew_router::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, Routable)]
pub enum Route {
    /// The timeline; its filters are the query string (see `parley_core::url_state`).
    #[at("/")]
    Timeline,
    #[at("/events/:id")]
    Event { id: String },
    #[at("/actors")]
    Actors,
    #[at("/actors/:id")]
    Actor { id: String },
    /// The reader; `?at=START-END` scrolls to and highlights one excerpt.
    #[at("/sources/:id")]
    Source { id: String },
    #[at("/network")]
    Network,
    #[at("/claims")]
    Claims,
    #[not_found]
    #[at("/404")]
    NotFound,
}

/// A route's address as a plain link target: `#/events/<id>`. Views use plain links rather
/// than router-intercepted ones, so that an embedded view can send every link to a new tab
/// (see `app.rs`) and a middle-click opens a tab everywhere.
pub fn href(route: &Route) -> String {
    format!("#{}", route.to_path())
}
