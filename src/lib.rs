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
pub mod draft_page;
pub mod language;
pub mod offline;
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
    parley_core::link::set_routing(router::detect_routing());
    data::dataset();
    router::settle_address();
    Timeout::new(0, || {
        data::search_index();
        Timeout::new(0, render).forget();
    })
    .forget();
}

/// The build prerenders each view's page (`parley-prerender`), its href in `#app`'s
/// `data-prerendered`: where the address shows that view with nothing to say about it, the
/// app hydrates it, taking over its nodes; elsewhere (a filter in the query, an old hash, a
/// page opened from disk) it renders afresh, so that no prerendered page shows as the answer
/// to another address.
fn render() {
    let root = gloo::utils::document()
        .get_element_by_id("app")
        .expect("index.html has #app");
    let prerendered = root.get_attribute("data-prerendered");
    if prerendered.is_some_and(|p| router::shows_prerendered(&p)) {
        yew::Renderer::<app::App>::with_root(root).hydrate();
    } else {
        // Also drops the "Loading…" that shows before the wasm starts.
        root.set_inner_html("");
        let _ = root.remove_attribute("data-prerendered");
        yew::Renderer::<app::App>::with_root(root).render();
    }
    if let Some(html) = gloo::utils::document().document_element() {
        let _ = html.class_list().add_1("started");
    }
    // After the first render, which it must not delay.
    Timeout::new(0, offline::register).forget();
}
