//! One screen of text, built with as little as each feature allows. See Cargo.toml.

use yew::prelude::*;

/// What the page says: the number of events when the dataset is baked in.
fn summary() -> String {
    #[cfg(feature = "dataset")]
    {
        static BAKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dataset.postcard"));
        let dataset = parley_core::Dataset::from_bytes(BAKED).expect("baked by build.rs");
        format!("{} events", dataset.events.len())
    }
    #[cfg(not(feature = "dataset"))]
    String::from("Hello world")
}

#[cfg(any(feature = "router", feature = "routable"))]
#[derive(Clone, PartialEq, yew_router::Routable)]
enum Route {
    #[at("/")]
    Home,
    #[at("/events/:id")]
    Event { id: String },
    #[not_found]
    #[at("/404")]
    NotFound,
}

#[cfg(any(feature = "router", feature = "routable"))]
fn page(route: Route) -> Html {
    match route {
        Route::Home => html! { <p>{ summary() }</p> },
        Route::Event { id } => html! { <p>{ id }</p> },
        Route::NotFound => html! { <p>{ "Not found" }</p> },
    }
}

#[component]
fn App() -> Html {
    #[cfg(feature = "routable")]
    {
        use yew_router::Routable;
        let hash = web_sys::window().and_then(|w| w.location().hash().ok());
        let path = hash.as_deref().unwrap_or("").trim_start_matches('#');
        page(Route::recognize(if path.is_empty() { "/" } else { path }).unwrap_or(Route::NotFound))
    }
    #[cfg(all(feature = "router", not(feature = "routable")))]
    {
        use yew_router::prelude::*;
        html! { <HashRouter><Switch<Route> render={page} /></HashRouter> }
    }
    #[cfg(not(any(feature = "router", feature = "routable")))]
    html! { <p>{ summary() }</p> }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
