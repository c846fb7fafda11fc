//! Property tests of the router, natively: any path resolves to a route (the not-found page
//! at worst), never a panic.
#![cfg(not(target_arch = "wasm32"))]

use parley::route::Route;
use proptest::prelude::*;
use yew_router::Routable;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn any_path_resolves_to_a_route(path in prop_oneof![
        "/\\PC{0,200}",
        "/(events|actors|sources)/\\PC{0,80}",
        "\\PC{0,100}",
        Just("/events/%3Cscript%3E".to_string()),
        Just("/../../etc/passwd".to_string()),
    ]) {
        let route = Route::recognize(&path).unwrap_or(Route::NotFound);
        if let Route::Event { id } | Route::Actor { id } | Route::Source { id } = &route {
            prop_assert!(!id.contains('/'), "an id is one path segment: {id}");
        }
    }
}

#[test]
fn known_paths_resolve_as_documented() {
    assert_eq!(Route::recognize("/"), Some(Route::Timeline));
    assert_eq!(
        Route::recognize("/events/2025-03-11-jeddah-talks-ceasefire"),
        Some(Route::Event {
            id: "2025-03-11-jeddah-talks-ceasefire".into()
        })
    );
    assert_eq!(Route::recognize("/actors"), Some(Route::Actors));
    assert_eq!(Route::recognize("/network"), Some(Route::Network));
    assert_eq!(Route::recognize("/nowhere"), Some(Route::NotFound));
}
