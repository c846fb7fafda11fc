//! Files made in the page and offered as downloads through a Blob URL: the exports and the
//! pictures. No request leaves the browser.

use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;

/// Offers `text` as a file.
pub fn text(text: &str, name: &str, mime: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(&format!("{mime};charset=utf-8"));
    blob(
        &web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?,
        name,
    )
}

/// Offers `blob` as a file.
pub fn blob(blob: &web_sys::Blob, name: &str) -> Result<(), JsValue> {
    let url = web_sys::Url::create_object_url_with_blob(blob)?;
    let document = gloo::utils::document();
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(name);
    // An embedded view sets <base target="_blank">; a download must not open a tab.
    link.set_target("_self");
    document.body().ok_or("no body")?.append_child(&link)?;
    link.click();
    link.remove();
    web_sys::Url::revoke_object_url(&url)
}

/// `export` as JSON, pretty-printed by the browser's `JSON.stringify` (so `serde_json` stays
/// out of the bundle). The end-to-end tests compare the exports with `parley-export`'s.
pub fn json(export: &impl serde::Serialize) -> String {
    // JSON-compatible: `None` becomes `null` rather than a missing key.
    let value = export
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .expect("the dataset's types all map to JSON values");
    js_sys::JSON::stringify_with_replacer_and_space(&value, &wasm_bindgen::JsValue::NULL, &2.into())
        .ok()
        .and_then(|text| text.as_string())
        .expect("JSON.stringify of plain values gives a string")
}
