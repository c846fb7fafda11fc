//! Routing, as a thin adapter over [`Link`]: the address is read with [`Link::parse_in`]
//! whenever it changes, and written with [`Link::href`].
//!
//! On a hosted build ([`Routing::Path`]) every view is a page of its own, and the page's
//! `<base>` is its language's root (`index.html`'s first script fixes it as an absolute URL, so
//! that it stays put as the address changes). Views link with plain relative anchors; a click
//! on one that opens a view of this language is taken over ([`follow_links`]) and becomes a
//! `pushState`, so the app moves on without loading a page, while a middle click, an embedded
//! view's `<base target="_blank">` or a page with no script follow the link as the browser
//! does. An old address (`#/events/<id>`) opens its view and becomes its path.
//!
//! Opened from disk, or as the one-file build ([`Routing::Hash`]), a folder is no page: the
//! view is in the hash, as it always was.

use crate::data::{dataset, search_index};
use crate::language;
use parley_core::i18n::Lang;
use parley_core::link::{self, lang_in, Link, Routing};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
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
    static PRERENDERING: RefCell<Option<(Link, Lang)>> = const { RefCell::new(None) };
}

/// Prerenders `link` in `lang` from now on, natively: what a render reads of the address.
pub fn prerender(link: Link, lang: Lang) {
    PRERENDERING.with(|p| *p.borrow_mut() = Some((link, lang)));
}

/// How this page routes: by path, unless it was opened from disk or has no `<base>` to route
/// under (the one-file build). Decided once, at start.
pub fn detect_routing() -> Routing {
    let document = gloo::utils::document();
    let from_disk = gloo::utils::window().location().protocol().ok().as_deref() == Some("file:");
    let base = document.query_selector("base[href]").ok().flatten();
    match (from_disk, base) {
        (false, Some(_)) => Routing::Path,
        _ => Routing::Hash,
    }
}

/// The page's language root, absolute: its `<base>`.
fn root() -> String {
    gloo::utils::document()
        .base_uri()
        .ok()
        .flatten()
        .unwrap_or_default()
}

thread_local! {
    /// The language of the page as served: `<html lang>`, which the build writes for each page
    /// and the first script leaves alone on a hosted build.
    static PAGE_LANG: std::cell::Cell<Option<Lang>> = const { std::cell::Cell::new(None) };
}

fn page_lang() -> Lang {
    PAGE_LANG.with(|page| {
        page.get().unwrap_or_else(|| {
            let html = gloo::utils::document().document_element();
            let code = html.and_then(|html| html.get_attribute("lang"));
            let lang = code.and_then(|c| Lang::from_code(&c)).unwrap_or_default();
            page.set(Some(lang));
            lang
        })
    })
}

/// Makes this page `lang`'s: its base moves to that language's root, and `<html lang>` and the
/// views follow. For an address that names another language than the page was served in: an
/// old link's `lang=`, or `uk/…` under a server that serves one page at every address (`trunk
/// serve`). The app renders the view afresh in that language, so no page need be loaded.
fn become_language(lang: Lang) {
    let here = page_lang();
    let document = gloo::utils::document();
    let root = root();
    let site = root
        .strip_suffix(&link::language_root(here))
        .unwrap_or(&root);
    // The head's links (the icon) would resolve against the new base: they keep their address.
    if let Ok(links) = document.query_selector_all("head link[href]") {
        for link in (0..links.length()).filter_map(|i| links.item(i)) {
            if let Some(link) = link.dyn_ref::<web_sys::HtmlLinkElement>() {
                let _ = link.set_attribute("href", &link.href());
            }
        }
    }
    if let Ok(Some(base)) = document.query_selector("base[href]") {
        let _ = base.set_attribute("href", &format!("{site}{}", link::language_root(lang)));
    }
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("lang", lang.code());
    }
    PAGE_LANG.with(|page| page.set(Some(lang)));
}

/// `href`, absolute: resolved against the language root, or the page itself by hash.
pub fn absolute(href: &str) -> String {
    if !cfg!(target_arch = "wasm32") {
        return href.to_string();
    }
    web_sys::Url::new_with_base(href, &root())
        .map(|url| url.href())
        .unwrap_or_else(|_| href.to_string())
}

/// The address as a link reads it: the path and query under the language root, or the hash.
fn address() -> String {
    let location = gloo::utils::window().location();
    let hash = location.hash().unwrap_or_default();
    match link::routing() {
        Routing::Hash => hash,
        // An old link's hash, `#/…`, names the view; any other is an anchor in the page.
        Routing::Path if hash.starts_with("#/") => hash,
        Routing::Path => {
            let href = location.href().unwrap_or_default();
            let href = href.split('#').next().unwrap_or_default();
            // Outside the language root (which the base makes impossible for a page of the
            // site) the address is no view: a path that none can name.
            href.strip_prefix(&root()).unwrap_or("\u{0}").to_string()
        }
    }
}

fn read() -> Rc<Current> {
    // Prerendered at build time there is no location: the page being rendered.
    if !cfg!(target_arch = "wasm32") {
        let (link, lang) = PRERENDERING
            .with(|p| p.borrow().clone())
            .unwrap_or_default();
        return Rc::new(Current {
            link,
            notices: Vec::new(),
            lang,
        });
    }
    let address = address();
    let lang = match link::routing() {
        Routing::Hash => language::for_hash(&address),
        Routing::Path => page_lang(),
    };
    let (link, notices) = Link::parse_in(&address, dataset(), search_index(), lang);
    Rc::new(Current {
        link,
        notices,
        lang,
    })
}

/// On a hosted build, an old address (`#/events/<id>?lang=uk`) or one that names a language
/// (`?lang=uk`, or `uk/…` under a server that serves one page at every address) becomes the
/// view's own address, in place. On a page opened from disk, a view opened without `lang=` gets
/// the language the session chose, so that the address can be copied as it reads.
pub fn settle_address() {
    let window = gloo::utils::window();
    let Ok(history) = window.history() else {
        return;
    };
    let replace = |href: &str| {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href));
    };
    let address = address();
    match link::routing() {
        Routing::Hash => {
            if let (Some(lang), None) = (language::chosen(), lang_in(&address)) {
                let hash = if address.is_empty() { "#/" } else { &address };
                replace(&link::href_in(hash, lang));
            }
        }
        Routing::Path => {
            let segment = Lang::ALL
                .into_iter()
                .find(|&l| l != Lang::En && address.starts_with(&link::language_root(l)));
            if let Some(lang) = segment.filter(|_| !address.starts_with('#')) {
                become_language(lang);
            }
            let address = self::address();
            let named = lang_in(&address);
            if !address.starts_with("#/") && named.is_none() {
                return;
            }
            if let Some(lang) = named.filter(|&l| l != page_lang()) {
                become_language(lang);
            }
            // An address that is no view, or that asks for what cannot be, keeps its words as
            // typed, so that the notices that name them can be read against it.
            let (link, notices) = Link::parse_in(&address, dataset(), search_index(), page_lang());
            if link != Link::NotFound && notices.is_empty() {
                replace(&absolute(&link.href()));
            }
        }
    }
}

/// Opens the current view in `lang`, remembering the choice: another page on a hosted build.
pub fn switch_language(link: &Link, lang: Lang) {
    language::pick(lang);
    let location = gloo::utils::window().location();
    let _ = match link::routing() {
        Routing::Hash => location.set_hash(&link.href_between(lang, lang)),
        Routing::Path => location.assign(&absolute(&link.href_between(page_lang(), lang))),
    };
}

/// The view the URL shows at this moment, which may be ahead of the last render.
pub fn now() -> Link {
    read().link.clone()
}

/// What the page in `#app` was prerendered as (`data-prerendered`, the view's href), if the
/// address shows exactly that, in that language, with nothing to say about it: then the app
/// takes over its nodes rather than render afresh.
pub fn shows_prerendered(prerendered: &str) -> bool {
    let current = read();
    let (link, _) = Link::parse_in(prerendered, dataset(), search_index(), current.lang);
    link::routing() == Routing::Path
        && current.link == link
        && current.notices.is_empty()
        && current.lang == page_lang()
}

/// Tells the router the address changed under it.
fn navigated() {
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
fn scroll_to_top() {
    gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
}

/// Takes over a click on a link to a view of this page's language (not one with a modifier
/// key, another target, its own or the page's, a download, or a link to a file that is no
/// view), so that the app moves on in place. Hosted builds only: by hash, a link changes the hash by itself.
fn follow_links() -> Option<gloo::events::EventListener> {
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
            let (link, _) = Link::parse_in(under, dataset(), search_index(), page_lang());
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
                .chain(follow_links())
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
