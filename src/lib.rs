//! Parley: an in-browser explorer of the 2025–2026 US–Russia–Ukraine peace talks.
//!
//! The dataset is checked and baked in by `build.rs`; everything here renders it. Routes and
//! pages live in `pages/`, reusable pieces in `components/`, and all view state in the URL.
//! `main.rs` only calls [`start`]; the component tests mount pieces of this library directly.

pub mod app;
pub mod components;
pub mod data;
pub mod pages;
pub mod panic;
pub mod route;
pub mod theme;

/// Installs the panic panel and renders the app into `#app`.
pub fn start() {
    panic::install_hook();
    guard_hash();
    let root = gloo::utils::document()
        .get_element_by_id("app")
        .expect("index.html has #app");
    // Replace the "Loading…" text that shows before the wasm starts.
    root.set_inner_html("");
    yew::Renderer::<app::App>::with_root(root).render();
}

/// The hash router throws on a hash that is not a path (`#foo`, typed or linked). Such a hash
/// is replaced by the not-found page's before the router reads it: at start, and on every
/// navigation, by a listener registered ahead of the router's own.
fn guard_hash() {
    fn fix() {
        let window = gloo::utils::window();
        let hash = window.location().hash().unwrap_or_default();
        if !hash.is_empty() && hash != "#" && !hash.starts_with("#/") {
            if let Ok(history) = window.history() {
                let _ =
                    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("#/404"));
            }
        }
    }
    fix();
    gloo::events::EventListener::new(&gloo::utils::window(), "popstate", |_| fix()).forget();
}
