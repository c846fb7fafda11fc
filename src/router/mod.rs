//! Routing, as a thin adapter over [`Link`]: the address is read with [`Link::parse_in`]
//! whenever it changes, and written with [`Link::href`].
//!
//! On a hosted build ([`Routing::Path`]) every view is a page of its own, and the page's
//! `<base>` is its language's root (`index.html`'s first script fixes it as an absolute URL, so
//! that it stays put as the address changes). Views link with plain relative anchors; a click
//! on one that opens a view of this language is taken over ([`clicks::follow_links`]) and becomes a
//! `pushState`, so the app moves on without loading a page, while a middle click, an embedded
//! view's `<base target="_blank">` or a page with no script follow the link as the browser
//! does. An old address (`#/events/<id>`) opens its view and becomes its path.
//!
//! Opened from disk, or as the one-file build ([`Routing::Hash`]), a folder is no page: the
//! view is in the hash, as it always was.

mod address;
mod clicks;

use address::read;
pub use address::{
    absolute, detect_routing, page_lang, settle_address, shows_prerendered, site_root,
    switch_language,
};
use parley_core::i18n::Lang;
use parley_core::link::{self, Link, LinkAction, Routing};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// The current view, with the notices its URL gave, in the reader's language.
#[derive(Clone, Debug, PartialEq)]
pub struct Current {
    pub link: Link,
    pub notices: Vec<String>,
    pub lang: Lang,
}

/// The event the router listens to besides `popstate` and `hashchange`: the app moved on.
const NAVIGATED: &str = "parley-navigated";

thread_local! {
    /// The page being prerendered, at build time; the default view until one is set.
    pub(super) static PRERENDERING: RefCell<Option<(Link, Lang)>> = const { RefCell::new(None) };
}

/// Prerenders `link` in `lang` from now on, natively: what a render reads of the address.
pub fn prerender(link: Link, lang: Lang) {
    PRERENDERING.with(|p| *p.borrow_mut() = Some((link, lang)));
}

/// The view the URL shows at this moment, which may be ahead of the last render.
pub fn now() -> Link {
    read().link.clone()
}

/// Does `action` to the view the URL shows at this moment (which may be ahead of the last
/// render: two quick presses then make two changes), as a new history entry or in place, as
/// the action says. A change that changes nothing adds no entry.
pub fn dispatch(action: LinkAction) {
    let now = now();
    let replaces = action.replaces();
    let next = now.apply(action);
    if next == now {
        return;
    }
    match replaces {
        true => replace(&next),
        false => go(&next),
    }
}

/// Tells the router the address changed under it.
pub(super) fn navigated() {
    if let Ok(event) = web_sys::Event::new(NAVIGATED) {
        let _ = gloo::utils::window().dispatch_event(&event);
    }
}

/// Opens `link` as a new history entry, so that back returns to this view.
pub fn go(link: &Link) {
    let window = gloo::utils::window();
    match link::routing() {
        // Setting the hash adds the entry and fires `hashchange`, which the router reads.
        Routing::Hash => {
            let _ = window.location().set_hash(&link.href());
        }
        Routing::Path => {
            if let Ok(history) = window.history() {
                let href = absolute(&link.href());
                let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href));
                scroll_to_top();
                navigated();
            }
        }
    }
}

/// Shows `link` in place of this view, as typing in a search box does: no new history entry.
pub fn replace(link: &Link) {
    let window = gloo::utils::window();
    if let Ok(history) = window.history() {
        let href = absolute(&link.href());
        if history
            .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href))
            .is_ok()
        {
            // `replaceState` fires no event of its own.
            navigated();
        }
    }
}

/// A new view starts at its top, as a new page would.
pub(super) fn scroll_to_top() {
    gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
}

#[derive(Properties, PartialEq)]
pub struct RouterProps {
    pub children: Html,
}

/// Provides the [`Current`] view to everything inside it, re-read whenever the address
/// changes.
#[component]
pub fn Router(props: &RouterProps) -> Html {
    let current = use_state_eq(read);
    {
        let setter = current.setter();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let listeners: Vec<gloo::events::EventListener> = ["hashchange", "popstate", NAVIGATED]
                .into_iter()
                .map(|name| {
                    let setter = setter.clone();
                    gloo::events::EventListener::new(&window, name, move |_| {
                        settle_address();
                        setter.set(read())
                    })
                })
                .chain(clicks::follow_links())
                .collect();
            move || drop(listeners)
        });
    }
    html! {
        <ContextProvider<Rc<Current>> context={(*current).clone()}>
            { props.children.clone() }
        </ContextProvider<Rc<Current>>>
    }
}

/// The current view, inside [`Router`].
#[hook]
pub fn use_current() -> Rc<Current> {
    use_context::<Rc<Current>>().unwrap_or_else(read)
}

/// The reader's language, inside [`Router`].
#[hook]
pub fn use_lang() -> Lang {
    use_current().lang
}
