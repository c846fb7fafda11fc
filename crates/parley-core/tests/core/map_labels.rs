//! The places' names on the map: each beside its marker, inside the frame, sharing no room with
//! another name and covering no other marker's centre; larger markers place theirs first.

use parley_core::atlas::{Frame, Point};
use parley_core::link::Link;
use parley_core::view::map::{Anchor, Bounds, Label, MapView, Marker};
use parley_core::PlaceKind;
use proptest::prelude::*;

/// A map 1000 by 600 units, drawn whole.
const WHOLE: Frame = Frame {
    x: 0.0,
    y: 0.0,
    width: 1000.0,
    height: 600.0,
    zoom: 1,
};

/// A marker of radius 9 px, named `name`.
fn marker(name: &str, x: f64, y: f64) -> Marker {
    Marker {
        place: name.to_lowercase(),
        name: name.to_string(),
        country: String::new(),
        kind: PlaceKind::City,
        at: Point { x, y },
        r: 9.0,
        events: Vec::new(),
        label: name.to_string(),
        link: Link::default(),
        outline: None,
    }
}

fn view(markers: Vec<Marker>) -> MapView {
    MapView {
        markers,
        unplaced: Vec::new(),
        matched: 0,
        total: 0,
    }
}

/// The name of a marker alone at (500, 300) on the whole map, drawn at `unit`.
fn alone(name: &str, unit: f64) -> Label {
    view(vec![marker(name, 500.0, 300.0)]).labels(&WHOLE, unit)[0].expect("room for a lone name")
}

fn sides(labels: &[Option<Label>]) -> Vec<Option<Anchor>> {
    labels.iter().map(|l| l.map(|l| l.anchor)).collect()
}

#[test]
fn a_name_goes_right_of_its_marker_three_pixels_from_its_edge() {
    for unit in [1.0, 2.5] {
        let label = alone("Moscow", unit);
        assert_eq!((label.anchor, label.anchor.svg()), (Anchor::Start, "start"));
        assert_eq!(
            (label.x, label.y),
            (500.0 + 12.0 * unit, 300.0 + 5.0 * unit)
        );
        let Bounds {
            left,
            top,
            right,
            bottom,
        } = label.bounds;
        assert_eq!(left, label.x);
        // Six characters at 14 px: at least 10.1 px each, as the widest names take in a wide
        // font, and not so much more that names are left out for room they would not take.
        let width = (right - left) / unit;
        assert!((60.6..=66.0).contains(&width), "{width}");
        // Its line of text, centred on the marker.
        assert!(
            top <= label.y - 14.0 * unit && bottom >= label.y,
            "{top} {bottom}"
        );
        assert_eq!(300.0 - top, bottom - 300.0);
        assert!(bottom - top <= 20.0 * unit, "{top} {bottom}");
    }
}

#[test]
fn a_name_that_would_leave_the_frame_on_the_right_goes_left() {
    let labels = view(vec![marker("Abu Dhabi", 980.0, 300.0)]).labels(&WHOLE, 1.0);
    let label = labels[0].expect("room on the left");
    assert_eq!((label.anchor, label.anchor.svg()), (Anchor::End, "end"));
    assert_eq!(label.x, 968.0);
    assert_eq!(label.bounds.right, 968.0);
    assert!(label.bounds.left < 968.0 - 9.0 * 10.1);
}

#[test]
fn a_name_may_end_exactly_at_the_frames_edge() {
    // "Kyiv": 4 characters, right of a marker whose name's box would end at x = 1000 exactly.
    let width = {
        let b = alone("Kyiv", 1.0).bounds;
        b.right - b.left
    };
    let at_edge = 1000.0 - 12.0 - width;
    let labels = view(vec![marker("Kyiv", at_edge, 300.0)]).labels(&WHOLE, 1.0);
    assert_eq!(labels[0].map(|l| l.anchor), Some(Anchor::Start));
    let past_edge = view(vec![marker("Kyiv", at_edge + 0.5, 300.0)]).labels(&WHOLE, 1.0);
    assert_eq!(past_edge[0].map(|l| l.anchor), Some(Anchor::End));
}

#[test]
fn with_no_room_beside_it_a_name_goes_above_or_below_its_marker() {
    let narrow = Frame {
        x: 450.0,
        y: 250.0,
        width: 100.0,
        height: 100.0,
        zoom: 8,
    };
    // Near the top of the frame, no line of text fits beside the marker nor above it.
    let labels = view(vec![marker("Kyiv", 480.0, 256.0)]).labels(&narrow, 1.0);
    let below = labels[0].expect("room below");
    assert_eq!(
        (below.anchor, below.anchor.svg()),
        (Anchor::Middle, "middle")
    );
    assert_eq!(below.x, 480.0);
    assert_eq!((below.bounds.left + below.bounds.right) / 2.0, 480.0);
    // Its box starts 3 px below the marker's edge, the baseline 14 px down it.
    assert_eq!(
        (below.bounds.top, below.y),
        (256.0 + 12.0, 256.0 + 12.0 + 14.0)
    );
    // Near the bottom, above it.
    let labels = view(vec![marker("Kyiv", 480.0, 344.0)]).labels(&narrow, 1.0);
    let above = labels[0].expect("room above");
    assert_eq!(above.anchor, Anchor::Middle);
    assert_eq!(above.bounds.bottom, 344.0 - 12.0);
    assert_eq!(above.y - above.bounds.top, 14.0);
    assert_eq!(
        above.bounds.bottom - above.bounds.top,
        below.bounds.bottom - below.bounds.top
    );
    // Too wide for the frame in any of the four places: left out.
    let labels = view(vec![marker("Saudi Arabia", 500.0, 300.0)]).labels(&narrow, 1.0);
    assert_eq!(labels, vec![None]);
}

#[test]
fn a_marker_outside_the_frame_has_no_name_even_where_its_name_would_fit() {
    let frame = Frame {
        x: 450.0,
        y: 200.0,
        width: 500.0,
        height: 300.0,
        zoom: 2,
    };
    // Left of the frame (its name would start inside), then below it, then above it.
    for (x, y) in [(445.0, 300.0), (600.0, 505.0), (600.0, 195.0)] {
        let labels = view(vec![marker("Geneva", x, y)]).labels(&frame, 1.0);
        assert_eq!(labels, vec![None], "at {x}, {y}");
    }
}

#[test]
fn the_larger_marker_chooses_first_and_no_name_covers_another_marker() {
    // Moscow's name on the right would cover Minsk's centre; it goes left, and Minsk's right.
    let labels = view(vec![
        marker("Moscow", 500.0, 300.0),
        marker("Minsk", 560.0, 300.0),
    ])
    .labels(&WHOLE, 1.0);
    assert_eq!(sides(&labels), vec![Some(Anchor::End), Some(Anchor::Start)]);
    // Minsk first, the same: its name on the right leaves Moscow only the left.
    let labels = view(vec![
        marker("Minsk", 560.0, 300.0),
        marker("Moscow", 500.0, 300.0),
    ])
    .labels(&WHOLE, 1.0);
    assert_eq!(sides(&labels), vec![Some(Anchor::Start), Some(Anchor::End)]);
}

#[test]
fn places_at_one_point_have_their_names_on_every_side_then_none() {
    let at_once = |names: &[&str]| {
        let markers = names.iter().map(|n| marker(n, 300.0, 300.0)).collect();
        sides(&view(markers).labels(&WHOLE, 1.0))
    };
    assert_eq!(
        at_once(&["Florida", "Miami"]),
        vec![Some(Anchor::Start), Some(Anchor::End)]
    );
    let five = at_once(&["Florida", "Miami", "Doral", "Palm Beach", "Orlando"]);
    let middle = Some(Anchor::Middle);
    assert_eq!(
        five,
        vec![Some(Anchor::Start), Some(Anchor::End), middle, middle, None]
    );
    // The third above the point, the fourth below it.
    let markers = ["Florida", "Miami", "Doral", "Palm Beach"]
        .iter()
        .map(|n| marker(n, 300.0, 300.0))
        .collect();
    let labels = view(markers).labels(&WHOLE, 1.0);
    assert!(labels[2].unwrap().bounds.bottom <= 300.0 - 12.0);
    assert!(labels[3].unwrap().bounds.top >= 300.0 + 12.0);
}

#[test]
fn names_one_line_apart_share_no_room_and_a_line_closer_they_would() {
    let line = {
        let b = alone("Paris", 1.0).bounds;
        b.bottom - b.top
    };
    // Two places apart by exactly a line: both names on the right, touching.
    let labels = view(vec![
        marker("Paris", 500.0, 300.0),
        marker("Berlin", 500.0, 300.0 + line),
    ])
    .labels(&WHOLE, 1.0);
    assert_eq!(
        sides(&labels),
        vec![Some(Anchor::Start), Some(Anchor::Start)]
    );
    // A little closer, the second goes left.
    let labels = view(vec![
        marker("Paris", 500.0, 300.0),
        marker("Berlin", 500.0, 300.0 + line - 0.5),
    ])
    .labels(&WHOLE, 1.0);
    assert_eq!(sides(&labels), vec![Some(Anchor::Start), Some(Anchor::End)]);
    // And above rather than below, the same.
    let labels = view(vec![
        marker("Paris", 500.0, 300.0),
        marker("Berlin", 500.0, 300.0 - line + 0.5),
    ])
    .labels(&WHOLE, 1.0);
    assert_eq!(sides(&labels), vec![Some(Anchor::Start), Some(Anchor::End)]);
    // Exactly a line above, touching again.
    let labels = view(vec![
        marker("Paris", 500.0, 300.0),
        marker("Berlin", 500.0, 300.0 - line),
    ])
    .labels(&WHOLE, 1.0);
    assert_eq!(
        sides(&labels),
        vec![Some(Anchor::Start), Some(Anchor::Start)]
    );
}

#[test]
fn names_that_touch_end_to_end_share_no_room() {
    // Berlin sits just below the line of Paris's name, so only the names can meet.
    let paris = alone("Paris", 1.0);
    // Berlin's name on its right starts where Paris's ends.
    let after = paris.bounds.right - 12.0;
    let labels = view(vec![
        marker("Paris", 500.0, 300.0),
        marker("Berlin", after, 315.0),
    ])
    .labels(&WHOLE, 1.0);
    assert_eq!(
        sides(&labels),
        vec![Some(Anchor::Start), Some(Anchor::Start)]
    );
    // Berlin's name on its left ends where Paris's starts; its right is taken.
    let before = paris.bounds.left + 12.0;
    let labels = view(vec![
        marker("Paris", 500.0, 300.0),
        marker("Berlin", before, 315.0),
    ])
    .labels(&WHOLE, 1.0);
    assert_eq!(sides(&labels), vec![Some(Anchor::Start), Some(Anchor::End)]);
}

#[test]
fn a_name_keeps_four_pixels_clear_of_another_markers_centre_at_any_size() {
    for unit in [0.5, 1.0, 2.0] {
        let end = alone("Moscow", unit).bounds.right;
        let with_minsk_at = |x: f64| {
            let markers = vec![marker("Moscow", 500.0, 300.0), marker("Minsk", x, 300.0)];
            view(markers).labels(&WHOLE, unit)[0].unwrap().anchor
        };
        assert_eq!(with_minsk_at(end + 3.0 * unit), Anchor::End, "at {unit}");
        assert_eq!(with_minsk_at(end + 5.0 * unit), Anchor::Start, "at {unit}");
    }
}

#[test]
fn drawn_smaller_the_same_names_take_more_of_the_map() {
    let markers = || {
        vec![
            marker("Moscow", 500.0, 300.0),
            marker("Minsk", 600.0, 300.0),
        ]
    };
    // At a pixel a unit, Moscow's name ends before Minsk; at half the size it would reach it.
    assert_eq!(
        sides(&view(markers()).labels(&WHOLE, 1.0)),
        vec![Some(Anchor::Start), Some(Anchor::Start)]
    );
    assert_eq!(
        sides(&view(markers()).labels(&WHOLE, 2.0)),
        vec![Some(Anchor::End), Some(Anchor::Start)]
    );
}

#[test]
fn a_larger_marker_sets_its_name_further_out() {
    let mut large = marker("Riyadh", 500.0, 300.0);
    large.r = 25.0;
    let labels = view(vec![large]).labels(&WHOLE, 2.0);
    assert_eq!(labels[0].unwrap().x, 500.0 + 28.0 * 2.0);
}

fn markers() -> impl Strategy<Value = Vec<Marker>> {
    let one =
        (0.0..1000.0f64, 0.0..600.0f64, 5.0..30.0f64, 1usize..16).prop_map(|(x, y, r, len)| {
            let mut m = marker(&"x".repeat(len), x, y);
            m.r = r;
            m
        });
    proptest::collection::vec(one, 0..30)
}

proptest! {
    /// Whatever the places, the zoom and the size: every name inside the frame, beside a marker
    /// inside it, sharing room with no other name and covering no other marker's centre.
    #[test]
    fn no_name_shares_room_leaves_the_frame_or_hides_a_marker(
        markers in markers(),
        zoom in 1u32..=8,
        cx in 0.0..1000.0f64,
        cy in 0.0..600.0f64,
        unit in 0.25..4.0f64,
    ) {
        let atlas = parley_core::atlas::Atlas {
            width: 1000.0,
            height: 600.0,
            countries: Vec::new(),
            places: Vec::new(),
        };
        let frame = Frame::at(&atlas, zoom, Point { x: cx, y: cy });
        let view = view(markers);
        let labels = view.labels(&frame, unit);
        prop_assert_eq!(labels.len(), view.markers.len());
        let placed: Vec<(usize, Bounds)> = labels
            .iter()
            .enumerate()
            .filter_map(|(i, l)| l.map(|l| (i, l.bounds)))
            .collect();
        let inside = |x: f64, y: f64| {
            (frame.x..=frame.x + frame.width).contains(&x) && (frame.y..=frame.y + frame.height).contains(&y)
        };
        for (n, &(i, b)) in placed.iter().enumerate() {
            let at = view.markers[i].at;
            prop_assert!(inside(at.x, at.y), "a name for a marker off the frame");
            prop_assert!(inside(b.left, b.top) && inside(b.right, b.bottom), "{:?} off {:?}", b, frame);
            for &(_, other) in &placed[n + 1..] {
                prop_assert!(!b.overlaps(&other), "{:?} and {:?}", b, other);
            }
            for (j, m) in view.markers.iter().enumerate() {
                let covers = b.left < m.at.x && m.at.x < b.right && b.top < m.at.y && m.at.y < b.bottom;
                prop_assert!(j == i || !covers, "{:?} covers {:?}", b, m.at);
            }
        }
    }
}
