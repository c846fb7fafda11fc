//! The service worker on hosted builds (`sw.js` at the site's root, written by the build:
//! `parley_core::site::service_worker`): registered once the app has started, so that every
//! page of every language reads offline after one visit. Never under `file://` or in the
//! one-file build, which route by hash and have no worker. When a new version of the site has
//! installed beside the one in use, a notice names its dataset version and offers to reload
//! into it; nothing changes under the reader until they ask.

use parley_core::i18n::{fill, Lang};
use parley_core::link::{self, Routing};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

/// Registers the worker, if this page is hosted and the browser has service workers.
pub fn register() {
    let window = gloo::utils::window();
    let hosted = matches!(
        window.location().protocol().as_deref(),
        Ok("http:" | "https:")
    );
    // Outside a secure context (http: but for localhost) there is no `serviceWorker`.
    let has_workers = js_sys::Reflect::get(&window.navigator(), &"serviceWorker".into())
        .is_ok_and(|container| container.is_object());
    if !hosted || link::routing() != Routing::Path || !has_workers {
        return;
    }
    let container = window.navigator().service_worker();
    let lang = crate::router::page_lang();
    let root = crate::router::site_root();
    let options = web_sys::RegistrationOptions::new();
    options.set_scope(&root);
    let reloading = Rc::new(Cell::new(false));
    watch_versions(&container, lang, reloading.clone());
    let registered = Closure::<dyn FnMut(JsValue)>::new(move |registration: JsValue| {
        let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        // An update that finished installing on an earlier visit, still waiting.
        if let Some(waiting) = registration.waiting() {
            ask_version(&waiting);
        }
        let found = registration.clone();
        let on_update = Closure::<dyn Fn()>::new(move || {
            let Some(installing) = found.installing() else {
                return;
            };
            let worker = installing.clone();
            let on_state = Closure::<dyn Fn()>::new(move || {
                if worker.state() == ServiceWorkerState::Installed {
                    ask_version(&worker);
                }
            });
            installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        registration.set_onupdatefound(Some(on_update.as_ref().unchecked_ref()));
        on_update.forget();
    });
    // No worker is no loss: the site works as it does without one, so nothing is reported.
    let failed = Closure::<dyn FnMut(JsValue)>::new(|_: JsValue| {});
    let url = format!("{root}sw.js");
    let _ = container
        .register_with_options(&url, &options)
        .then2(&registered, &failed);
    registered.forget();
    failed.forget();
}

/// A new worker waiting while an old one serves this page: asked its version, which it
/// answers with a message ([`watch_versions`]).
fn ask_version(worker: &ServiceWorker) {
    let in_use = gloo::utils::window()
        .navigator()
        .service_worker()
        .controller();
    if in_use.is_some() {
        let _ = worker.post_message(&"version".into());
    }
}

/// Shows the notice when a waiting worker names its version, and reloads once the reader's
/// choice has put it in charge.
fn watch_versions(container: &ServiceWorkerContainer, lang: Lang, reloading: Rc<Cell<bool>>) {
    let asked = reloading.clone();
    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let version = js_sys::Reflect::get(&event.data(), &"version".into())
                .ok()
                .and_then(|v| v.as_string());
            let worker = event
                .source()
                .and_then(|s| s.dyn_into::<ServiceWorker>().ok());
            if let (Some(version), Some(worker)) = (version, worker) {
                show_notice(&version, worker, lang, asked.clone());
            }
        });
    container.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // The first visit's worker also takes charge of the page: only the reader's choice reloads.
    let on_change = Closure::<dyn Fn()>::new(move || {
        if reloading.get() {
            let _ = gloo::utils::window().location().reload();
        }
    });
    container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget();
}

/// "Parley has a new version of its record (dataset …)", with a button that puts the waiting
/// worker in charge.
fn show_notice(version: &str, waiting: ServiceWorker, lang: Lang, reloading: Rc<Cell<bool>>) {
    let document = gloo::utils::document();
    if document.get_element_by_id("update-notice").is_some() {
        return;
    }
    let (Ok(notice), Ok(text), Ok(button), Some(body)) = (
        document.create_element("div"),
        document.create_element("p"),
        document.create_element("button"),
        document.body(),
    ) else {
        return;
    };
    let t = lang.t();
    notice.set_id("update-notice");
    notice.set_class_name("update-notice");
    let _ = notice.set_attribute("role", "status");
    text.set_text_content(Some(&fill(t.update_ready, &[("version", version)])));
    let _ = button.set_attribute("type", "button");
    button.set_text_content(Some(t.reload));
    let on_click = Closure::<dyn Fn()>::new(move || {
        reloading.set(true);
        let _ = waiting.post_message(&"activate".into());
    });
    let _ = button.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    on_click.forget();
    let _ = notice.append_child(&text);
    let _ = notice.append_child(&button);
    let _ = body.append_child(&notice);
}
