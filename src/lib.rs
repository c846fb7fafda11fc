//! Parley: an in-browser explorer of the 2025–2026 US–Russia–Ukraine peace talks.
//!
//! The dataset is checked and baked in by `build.rs`; everything here renders it. The core's
//! `Link` is every view and its state, read from the URL by `router`; pages live in `pages/`,
//! reusable pieces in `components/`, and they render the core's view structs.
//! `main.rs` only calls [`start`]; the component tests mount pieces of this library directly.

pub mod app;
pub mod components;
pub mod data;
pub mod download;
pub mod language;
pub mod pages;
pub mod panic;
pub mod router;
pub mod theme;

use gloo::timers::callback::Timeout;

/// Installs the panic panel and starts the app in `#app`, in three tasks: decoding the data,
/// building its search index, then the first render. Each is a task of its own so that the
/// page can paint and answer input between them: on a slow phone, one task doing all three
/// blocks the page for a third of a second (`make bench`'s total blocking time).
pub fn start() {
    panic::install_hook();
    data::dataset();
    Timeout::new(0, || {
        data::search_index();
        Timeout::new(0, render).forget();
    })
    .forget();
}

/// The build prerenders the default view in `#app` (`parley-prerender`): on that view the app
/// hydrates it, taking over its nodes; on any other it renders afresh, so the timeline never
/// shows in its place.
fn render() {
    let root = gloo::utils::document()
        .get_element_by_id("app")
        .expect("index.html has #app");
    let classes = gloo::utils::document()
        .document_element()
        .map(|html| html.class_list());
    // The page's first script marks any address but the default view's.
    let elsewhere = classes.as_ref().is_some_and(|c| c.contains("elsewhere"));
    let prerendered = root.has_attribute("data-prerendered") && !elsewhere;
    if prerendered && router::is_default() {
        yew::Renderer::<app::App>::with_root(root).hydrate();
    } else {
        // Also drops the "Loading…" that shows before the wasm starts.
        root.set_inner_html("");
        let _ = root.remove_attribute("data-prerendered");
        yew::Renderer::<app::App>::with_root(root).render();
    }
    if let Some(classes) = classes {
        let _ = classes.add_1("started");
    }
}
