//! What the drawings need to know of the screen: whether it is wide, and how wide a drawing is
//! laid out, so that each draws its text and its targets at their size in CSS pixels rather
//! than shrinking a desktop drawing onto a phone.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The stylesheet's breakpoint: above it the filters sit beside the results. Prerendered at
/// build time, the page is laid out for a phone, whose sections start folded; the stylesheet
/// shows them on a wide screen until the app opens them.
pub fn wide_screen() -> bool {
    if !cfg!(target_arch = "wasm32") {
        return false;
    }
    web_sys::window()
        .and_then(|w| w.match_media("(min-width: 761px)").ok().flatten())
        .is_none_or(|m| m.matches())
}

/// Whether the screen is wide, for a component whose markup, not only its attributes, differs
/// by it: narrow on its first render, as the build prerenders it, so that the app takes over
/// the prerendered nodes; then as the screen is.
#[hook]
pub fn use_wide_screen() -> bool {
    let wide = use_state_eq(|| false);
    {
        let wide = wide.setter();
        use_effect_with((), move |_| wide.set(wide_screen()));
    }
    *wide
}

/// The width in CSS pixels at which `node` is laid out, followed as it changes (a phone
/// turned, a folded section opened); `guess` until it is first measured.
#[hook]
pub fn use_width(node: &NodeRef, guess: f64) -> f64 {
    let width = use_state_eq(|| guess);
    {
        let (node, width) = (node.clone(), width.setter());
        use_effect_with((), move |_| {
            let measure = {
                let node = node.clone();
                Closure::<dyn Fn()>::new(move || {
                    // Folded away, an element is 0 wide: keep the last width until it unfolds.
                    if let Some(element) = node.cast::<web_sys::Element>() {
                        let measured = element.get_bounding_client_rect().width();
                        if measured > 0.0 {
                            // In the next frame: a drawing redrawn at its new width inside the
                            // observer's callback resizes what it observes in the same frame,
                            // which WebKit reports as an uncaught "ResizeObserver loop" error.
                            let width = width.clone();
                            let set = Closure::once_into_js(move || width.set(measured.round()));
                            let _ =
                                gloo::utils::window().request_animation_frame(set.unchecked_ref());
                        }
                    }
                })
            };
            let observer = web_sys::ResizeObserver::new(measure.as_ref().unchecked_ref()).ok();
            if let (Some(observer), Some(element)) = (&observer, node.cast::<web_sys::Element>()) {
                observer.observe(&element);
            }
            move || {
                if let Some(observer) = observer {
                    observer.disconnect();
                }
                drop(measure);
            }
        });
    }
    *width
}

/// A drawing's width before it is measured: the same when prerendered and when the app takes
/// the prerendered page over, so that both draw the same nodes.
pub const FIRST_WIDTH: f64 = 900.0;
