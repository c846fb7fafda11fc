//! View state that a page's link may hold: the map's zoom, the time axis's span.

use yew::prelude::*;

/// A piece of view state, held by the page's link when the page passes `on_change` (which
/// writes it into the address), or else by the component itself: the value to draw, and the
/// callback that changes it.
#[hook]
pub fn use_linked_state<T: Clone + 'static>(
    value: T,
    on_change: Option<Callback<T>>,
) -> (T, Callback<T>) {
    let own = use_state(|| value.clone());
    match on_change {
        Some(on_change) => (value, on_change),
        None => {
            let current = (*own).clone();
            (current, Callback::from(move |next| own.set(next)))
        }
    }
}
