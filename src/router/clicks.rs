//! Clicks on links to views, taken over on a hosted build so that the app moves on in place.

use super::address::{absolute, page_lang, parse, root};
use super::{navigated, scroll_to_top};
use parley_core::link::{self, lang_in, Link, Routing};
use wasm_bindgen::JsCast;

/// Takes over a click on a link to a view of this page's language (not one with a modifier
/// key, another target, its own or the page's, a download, or a link to a file that is no
/// view), so that the app moves on in place. Hosted builds only: by hash, a link changes the hash by itself.
pub(super) fn follow_links() -> Option<gloo::events::EventListener> {
    if link::routing() != Routing::Path {
        return None;
    }
    let document = gloo::utils::document();
    let options = gloo::events::EventListenerOptions::enable_prevent_default();
    Some(gloo::events::EventListener::new_with_options(
        &document,
        "click",
        options,
        |event| {
            let Some(click) = event.dyn_ref::<web_sys::MouseEvent>() else {
                return;
            };
            let modified =
                click.ctrl_key() || click.meta_key() || click.shift_key() || click.alt_key();
            if click.default_prevented() || click.button() != 0 || modified {
                return;
            }
            // An HTML or an SVG link (the map's markers, the network's nodes).
            let anchor = click
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|e| e.closest("a[href]").ok().flatten());
            let Some(anchor) = anchor else {
                return;
            };
            // Its own target, or the page's (an embedded view's `<base target="_blank">`).
            let document = gloo::utils::document();
            let base_target = document
                .query_selector("base[target]")
                .ok()
                .flatten()
                .and_then(|b| b.get_attribute("target"));
            let target = anchor.get_attribute("target").or(base_target);
            let elsewhere =
                target.is_some_and(|t| t != "_self") || anchor.has_attribute("download");
            let href = absolute(&anchor.get_attribute("href").unwrap_or_default());
            let Some(under) = href.strip_prefix(&root()) else {
                return;
            };
            // An anchor in this very page (`#main`) scrolls as the browser does.
            let page = gloo::utils::window().location().href().unwrap_or_default();
            let same_page = href.split('#').next() == page.split('#').next() && href.contains('#');
            let (link, _) = parse(under, page_lang());
            if elsewhere || same_page || link == Link::NotFound || lang_in(under).is_some() {
                return;
            }
            event.prevent_default();
            if let Ok(history) = gloo::utils::window().history() {
                let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href));
                scroll_to_top();
                navigated();
            }
        },
    ))
}
