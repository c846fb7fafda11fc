//! The reader's language: `lang=` in the URL, else the one they picked (remembered where
//! storage works), else the first of the browser's languages that Parley speaks, else English.
//! A language named in the URL holds for the views that follow, and the address keeps it, so
//! that any view can be shared in it. That is for a page opened from disk, which routes by
//! hash; a hosted build has a page per language (`uk/…`), and its picker opens another.

use parley_core::i18n::Lang;
use parley_core::link::lang_in;
use parley_core::view::page::PageMeta;
use parley_core::view::Corpus;
use std::cell::Cell;

const KEY: &str = "parley-lang";

thread_local! {
    /// The language the URL or the picker named in this session, which later views keep.
    static CHOSEN: Cell<Option<Lang>> = const { Cell::new(None) };
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The language the session chose, if the URL or the picker named one.
pub fn chosen() -> Option<Lang> {
    CHOSEN.with(Cell::get)
}

/// The language for the view at `hash`.
pub fn for_hash(hash: &str) -> Lang {
    // Prerendered at build time there is no reader: English, which the page's first script
    // also assumes when it keeps the prerendered timeline.
    if !cfg!(target_arch = "wasm32") {
        return Lang::En;
    }
    if let Some(lang) = lang_in(hash) {
        CHOSEN.with(|c| c.set(Some(lang)));
        return lang;
    }
    chosen()
        .or_else(remembered)
        .or_else(browser)
        .unwrap_or_default()
}

fn remembered() -> Option<Lang> {
    let code = storage()?.get_item(KEY).ok()??;
    Lang::from_code(&code)
}

fn browser() -> Option<Lang> {
    let languages = web_sys::window()?.navigator().languages();
    let tags: Vec<String> = languages.iter().filter_map(|l| l.as_string()).collect();
    Lang::preferred(tags.iter().map(String::as_str))
}

/// The reader picked `lang`: remembered for later visits and for this session.
pub fn pick(lang: Lang) {
    CHOSEN.with(|c| c.set(Some(lang)));
    if let Some(storage) = storage() {
        let _ = storage.set_item(KEY, lang.code());
    }
}

/// `<html lang>` follows the language; and the page's title, description and canonical
/// address follow the view, and its feed the language, as the build wrote them for its page.
pub fn apply(corpus: Corpus, link: &parley_core::link::Link, lang: Lang) {
    let document = gloo::utils::document();
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang.code());
    }
    let meta = PageMeta::new(corpus.data, corpus.index, link, lang);
    document.set_title(&meta.document_title);
    if let Ok(Some(description)) = document.query_selector("meta[name=description]") {
        let _ = description.set_attribute("content", &meta.description);
    }
    if let Ok(Some(canonical)) = document.query_selector("link[rel=canonical]") {
        let _ = canonical.set_attribute("href", &crate::router::absolute(&link.href()));
    }
    // The language's feed, beside its root (which is the page's base on a hosted build).
    if let Ok(Some(feed)) = document.query_selector("link[type=\"application/atom+xml\"]") {
        let _ = feed.set_attribute("title", lang.t().calendar_name);
        if parley_core::link::routing() == parley_core::link::Routing::Path {
            let _ = feed.set_attribute("href", &crate::router::absolute("feed.xml"));
        }
    }
}
