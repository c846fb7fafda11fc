//! The address: how this page routes, its language root and language, the view the address
//! names, and the address made the view's own (an old link's hash, a language switch).

use super::{Current, PRERENDERING};
use crate::data::{dataset, search_index};
use crate::language;
use parley_core::i18n::Lang;
use parley_core::link::{self, lang_in, Link, Routing};
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// The view `address` names, read in `lang`, with the notices it gives.
pub(super) fn parse(address: &str, lang: Lang) -> (Link, Vec<String>) {
    Link::parse_in(address, dataset(), search_index(), lang)
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
pub(super) fn root() -> String {
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

/// The site's root, absolute: the page's base without its language's root.
pub fn site_root() -> String {
    let root = root();
    match root.strip_suffix(&link::language_root(page_lang())) {
        Some(site) => site.to_string(),
        None => root,
    }
}

/// The language of the page: as served, or as it became (`become_language`).
pub fn page_lang() -> Lang {
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
    let document = gloo::utils::document();
    let site = site_root();
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
pub(super) fn address() -> String {
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

pub(super) fn read() -> Rc<Current> {
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
    let (link, notices) = parse(&address, lang);
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
            let (link, notices) = parse(&address, page_lang());
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

/// What the page in `#app` was prerendered as (`data-prerendered`, the view's href), if the
/// address shows exactly that, in that language, with nothing to say about it: then the app
/// takes over its nodes rather than render afresh.
pub fn shows_prerendered(prerendered: &str) -> bool {
    let current = read();
    let (link, _) = parse(prerendered, current.lang);
    link::routing() == Routing::Path
        && current.link == link
        && current.notices.is_empty()
        && current.lang == page_lang()
}
