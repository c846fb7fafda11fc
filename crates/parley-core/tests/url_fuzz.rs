//! Property tests of the URL parser: whatever the query string, parsing gives a defined filter
//! and a short list of notices, never a panic, and what it keeps survives a round trip.

mod common;

use parley_core::url_state::{parse, to_query};
use proptest::prelude::*;

fn dataset() -> &'static parley_core::Dataset {
    static DATA: std::sync::OnceLock<parley_core::Dataset> = std::sync::OnceLock::new();
    DATA.get_or_init(common::dataset)
}

/// Query strings made of the real parameter names and hostile values, and plain noise.
fn query() -> impl Strategy<Value = String> {
    let known =
        |values: &[&'static str]| proptest::sample::select(values.to_vec()).prop_map(String::from);
    let key = prop_oneof![
        known(&["actor", "side", "kind", "status", "topic", "place", "from", "to", "q", "embed"]),
        "[a-z%0-9]{0,12}",
    ];
    let value = prop_oneof![
        known(&[
            "witkoff",
            "2025-03-01",
            "2025-02-30",
            "<script>alert(1)</script>",
            "%00",
            "..%2F..",
        ]),
        "\\PC{0,40}",
        "[0-9-]{0,12}",
    ];
    prop_oneof![
        prop::collection::vec((key, value), 0..40).prop_map(|pairs| pairs
            .into_iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("&")),
        "\\PC{0,300}",
        any::<Vec<u8>>().prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_query_gives_a_defined_state(query in query()) {
        let data = dataset();
        let (filter, notices) = parse(&query, data);
        prop_assert!(notices.len() <= 12, "{} notices", notices.len());
        prop_assert!(notices.iter().all(|n| n.chars().count() < 400));
        prop_assert!(filter.text.chars().count() <= 200);
        prop_assert!(filter.actors.iter().all(|a| data.actor(a).is_some()));
        prop_assert!(filter.places.iter().all(|p| data.place(p).is_some()));
        if let (Some(from), Some(to)) = (filter.from, filter.to) {
            prop_assert!(from <= to);
        }
        // What was kept is written back and read again unchanged, with nothing to report.
        let (again, notices) = parse(&to_query(&filter), data);
        prop_assert_eq!(again.text.trim(), filter.text.trim());
        prop_assert_eq!(again.actors, filter.actors);
        prop_assert_eq!(again.kinds, filter.kinds);
        prop_assert_eq!((again.from, again.to), (filter.from, filter.to));
        prop_assert!(notices.is_empty(), "{notices:?}");
    }
}
