//! Routing, as a thin adapter over [`Link`]: the hash is read with [`Link::parse`] whenever it
//! changes, and written with [`Link::href`]. Views link with plain anchors, so an embedded
//! view's `<base target="_blank">` sends every link to a new tab and a middle-click opens a
//! tab everywhere; controls that change the view call [`go`] or [`replace`].

use crate::data::{dataset, search_index};
use crate::language;
use parley_core::i18n::Lang;
use parley_core::link::{href_in, lang_in, Link};
use std::rc::Rc;
use yew::prelude::*;

/// The current view, with the notices its URL gave, in the reader's language.
#[derive(Clone, Debug, PartialEq)]
pub struct Current {
    pub link: Link,
    pub notices: Vec<String>,
    pub lang: Lang,
}

fn read() -> Rc<Current> {
    // Prerendered at build time, natively, there is no location: the default view.
    if !cfg!(target_arch = "wasm32") {
        return Rc::new(Current {
            link: Link::default(),
            notices: Vec::new(),
            lang: Lang::En,
        });
    }
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    let lang = language::for_hash(&hash);
    let (link, notices) = Link::parse_in(&hash, dataset(), search_index(), lang);
    Rc::new(Current {
        link,
        notices,
        lang,
    })
}

/// A view opened from a link in the page does not name the language the session chose: the
/// address is made to, so that it can be copied and shared as it reads.
fn keep_language() {
    let window = gloo::utils::window();
    let hash = window.location().hash().unwrap_or_default();
    if let (Some(lang), None) = (language::chosen(), lang_in(&hash)) {
        let hash = if hash.is_empty() {
            "#/".to_string()
        } else {
            hash
        };
        if let Ok(history) = window.history() {
            let href = href_in(&hash, lang);
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href));
        }
    }
}

/// Opens the current view in `lang`, remembering the choice.
pub fn switch_language(link: &Link, lang: Lang) {
    language::pick(lang);
    let _ = gloo::utils::window()
        .location()
        .set_hash(&href_in(&link.href(), lang));
}

/// The view the URL shows at this moment, which may be ahead of the last render.
pub fn now() -> Link {
    read().link.clone()
}

/// Whether the URL shows the default view in English, with nothing to say about it: the view
/// the build prerenders.
pub fn is_default() -> bool {
    let current = read();
    current.link == Link::default() && current.notices.is_empty() && current.lang == Lang::En
}

/// Opens `link` as a new history entry, so that back returns to this view.
pub fn go(link: &Link) {
    // Setting the hash adds the entry and fires `hashchange`, which the router reads.
    let _ = gloo::utils::window().location().set_hash(&link.href());
}

/// Shows `link` in place of this view, as typing in a search box does: no new history entry.
pub fn replace(link: &Link) {
    let window = gloo::utils::window();
    if let Ok(history) = window.history() {
        let href = link.href();
        if history
            .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href))
            .is_ok()
        {
            // `replaceState` fires no event of its own.
            if let Ok(event) = web_sys::Event::new("hashchange") {
                let _ = window.dispatch_event(&event);
            }
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct RouterProps {
    pub children: Html,
}

/// Provides the [`Current`] view to everything inside it, re-read on every `hashchange`.
#[component]
pub fn Router(props: &RouterProps) -> Html {
    let current = use_state_eq(read);
    {
        let setter = current.setter();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let listener = gloo::events::EventListener::new(&window, "hashchange", move |_| {
                keep_language();
                setter.set(read())
            });
            move || drop(listener)
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
