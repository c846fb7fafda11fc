//! A panic shows a readable panel in the page and its message in the console, never a blank
//! page. The panel is added outside the app's root, so it survives the app stopping.

use parley_core::i18n::Lang;
use wasm_bindgen::JsCast;

/// Installs the hook through yew, which otherwise replaces any hook with its own when the app
/// is rendered.
pub fn install_hook() {
    yew::set_custom_panic_hook(Box::new(|info| {
        let message = info.to_string();
        web_sys::console::error_1(&format!("Parley stopped: {message}").into());
        show_panel(&message);
    }));
}

fn show_panel(message: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else { return };
    // In the language the page was last shown in: the app can no longer be asked.
    let lang = document
        .document_element()
        .and_then(|root| Lang::from_code(&root.get_attribute("lang")?))
        .unwrap_or_default();
    let t = lang.t();
    let Ok(panel) = document.create_element("section") else {
        return;
    };
    panel.set_id("panic-panel");
    let _ = panel.set_attribute("role", "alert");
    let heading = document.create_element("h2").ok();
    let text = document.create_element("p").ok();
    let detail = document.create_element("pre").ok();
    let reload = document.create_element("a").ok();
    if let (Some(heading), Some(text), Some(detail), Some(reload)) = (heading, text, detail, reload)
    {
        heading.set_text_content(Some(t.panic_heading));
        text.set_text_content(Some(t.panic_text));
        // Text content, never HTML: the message may quote a URL.
        detail.set_text_content(Some(message));
        reload.set_text_content(Some(t.panic_reload));
        // The app cannot recover in place, so the link loads the page afresh, without a hash.
        let path = web_sys::window()
            .and_then(|w| w.location().pathname().ok())
            .unwrap_or_else(|| "./".into());
        let _ = reload.set_attribute("href", &path);
        for child in [&heading, &text, &detail, &reload] {
            let _ = panel.append_child(child);
        }
    }
    let _ = body.insert_before(&panel, body.first_child().as_ref());
    if let Ok(Some(root)) = document.query_selector("#app") {
        if let Some(root) = root.dyn_ref::<web_sys::HtmlElement>() {
            let _ = root.set_attribute("aria-hidden", "true");
        }
    }
}
