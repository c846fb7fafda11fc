//! What the drawings need to know of the screen: whether it is wide, and how wide a drawing is
//! laid out, so that each draws its text and its targets at their size in CSS pixels rather
//! than shrinking a desktop drawing onto a phone.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The stylesheet's breakpoint: above it the filters sit beside the results.
pub fn wide_screen() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(min-width: 761px)").ok().flatten())
        .is_none_or(|m| m.matches())
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
                            width.set(measured.round());
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

/// A first guess at a drawing's width before it is measured: the viewport less the page's
/// margins, and the filter column beside it on a wide screen.
pub fn guess_width() -> f64 {
    let viewport = web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .unwrap_or(1000.0);
    match wide_screen() {
        true => (viewport.min(1280.0) - 360.0).max(400.0),
        false => viewport - 50.0,
    }
}
