//! The map: the baked atlas (outlines projected, clipped and simplified at build time), its
//! frame (zoom and pan), and the map's view struct against the dataset read directly.

use crate::common;

use parley_core::atlas::{Atlas, Frame, Point, MAX_ZOOM, WIDTH};
use parley_core::facet::{Kinds, Places};
use parley_core::i18n::Lang;
use parley_core::link::{Lens, Link};
use parley_core::query::{run, Filter, SearchIndex};
use parley_core::source::atlas::{
    area, build_atlas, clip, simplify, Projection, Region, COUNTRIES_110M,
};
use parley_core::view::map::MapView;
use parley_core::{Dataset, Day, PlaceKind};

fn fixture() -> &'static (Dataset, SearchIndex, Atlas) {
    static DATA: std::sync::OnceLock<(Dataset, SearchIndex, Atlas)> = std::sync::OnceLock::new();
    DATA.get_or_init(|| {
        let data = common::dataset();
        let index = SearchIndex::new(&data);
        let atlas = build_atlas(COUNTRIES_110M, &data.places).expect("the vendored outlines build");
        (data, index, atlas)
    })
}

fn point(x: f64, y: f64) -> Point {
    Point { x, y }
}

#[test]
fn the_atlas_draws_the_region_of_the_places_and_every_place_in_it() {
    let (data, _, atlas) = fixture();
    assert_eq!(atlas.width, WIDTH);
    assert!(
        atlas.height > 200.0 && atlas.height < WIDTH,
        "{}",
        atlas.height
    );
    assert_eq!(atlas.places.len(), data.places.len());
    for (place, at) in data.places.iter().zip(&atlas.places) {
        assert!(
            (0.0..=atlas.width).contains(&at.x) && (0.0..=atlas.height).contains(&at.y),
            "{} at {at:?}",
            place.id
        );
        // Every place's country is a Natural Earth name, drawn and marked as involved.
        let country = atlas
            .country(&place.country.en)
            .map(|n| &atlas.countries[n]);
        assert!(
            country.is_some_and(|c| c.involved),
            "{}: {}",
            place.id,
            place.country.en
        );
    }
    // West to east and north to south as on any map.
    let at = |id: &str| atlas.places[data.places.iter().position(|p| p.id == id).unwrap()];
    assert!(at("miami").x < at("kyiv").x && at("kyiv").x < at("moscow").x);
    assert!(at("moscow").y < at("kyiv").y && at("kyiv").y < at("jeddah").y);
    for country in &atlas.countries {
        assert!(
            country.path.starts_with('M') && country.path.ends_with('z'),
            "{}",
            country.name
        );
        assert!(
            !country.path.contains("NaN") && !country.path.contains('.'),
            "{}",
            country.name
        );
    }
    // Far from the places, nothing is drawn.
    for far in ["Australia", "Brazil", "Japan", "Antarctica"] {
        assert!(atlas.country(far).is_none(), "{far}");
    }
    assert!(!atlas
        .countries
        .iter()
        .any(|c| c.name == "Germany" && c.involved));
    assert_eq!(Atlas::from_bytes(&atlas.to_bytes()).as_ref(), Ok(atlas));
}

#[test]
fn the_outlines_cost_little() {
    let (_, _, atlas) = fixture();
    // About 10 KB gzip is the budget; the raw postcard bytes bound it from above.
    let bytes = atlas.to_bytes().len();
    assert!(bytes < 20_000, "{bytes} bytes");
}

#[test]
fn the_projection_is_mercator_across_the_region() {
    let region = Region {
        west: -10.0,
        east: 50.0,
        south: 0.0,
        north: 60.0,
    };
    let projection = Projection::new(region);
    assert_eq!(projection.project(-10.0, 60.0), point(0.0, 0.0));
    let south_east = projection.project(50.0, 0.0);
    assert!((south_east.x - WIDTH).abs() < 1e-9);
    assert!((south_east.y - projection.height()).abs() < 1e-9);
    // Mercator stretches the north: ten degrees up there take more room than at the equator.
    let span = |a: f64, b: f64| projection.project(0.0, a).y - projection.project(0.0, b).y;
    assert!(span(50.0, 60.0) > 1.4 * span(0.0, 10.0));
    // Equal longitudes are equal steps.
    let step = |a: f64| projection.project(a + 10.0, 30.0).x - projection.project(a, 30.0).x;
    assert!((step(-10.0) - step(30.0)).abs() < 1e-9);
}

#[test]
fn the_region_has_a_margin_and_stays_on_the_globe() {
    let (data, _, _) = fixture();
    let region = Region::around(&data.places);
    for place in &data.places {
        assert!(region.west + 5.0 <= place.longitude && place.longitude <= region.east - 5.0);
        assert!(region.south + 5.0 <= place.latitude && place.latitude <= region.north - 5.0);
    }
    let mut one = data.places[0].clone();
    one.longitude = 179.0;
    one.latitude = 85.0;
    let region = Region::around(&[one]);
    assert_eq!((region.west, region.east), (174.0, 180.0));
    assert_eq!((region.south, region.north), (70.0, 80.0));
    // Without places: Europe and the Middle East, London to Moscow and Riyadh.
    let empty = Region::around(&[]);
    assert!(empty.west < -0.1 && 37.6 < empty.east && empty.south < 24.7 && 55.8 < empty.north);
    // The margin is a tenth of the spread, or five degrees where that is more.
    let (lon, lat): (Vec<f64>, Vec<f64>) = data
        .places
        .iter()
        .map(|p| (p.longitude, p.latitude))
        .unzip();
    let [west, east, south, north] = [
        lon.iter().copied().fold(f64::MAX, f64::min),
        lon.iter().copied().fold(f64::MIN, f64::max),
        lat.iter().copied().fold(f64::MAX, f64::min),
        lat.iter().copied().fold(f64::MIN, f64::max),
    ];
    let across = 0.1 * (east - west);
    assert!(
        across > 5.0,
        "the seeds span more than 50 degrees of longitude"
    );
    let seeds = Region::around(&data.places);
    assert_eq!((seeds.west, seeds.east), (west - across, east + across));
    assert!(0.1 * (north - south) < 5.0, "and less than 50 of latitude");
    assert_eq!((seeds.south, seeds.north), (south - 5.0, north + 5.0));
    // Places far apart north to south and close east to west: the other way round.
    let mut tall = vec![data.places[0].clone(), data.places[1].clone()];
    (tall[0].longitude, tall[0].latitude) = (10.0, -10.0);
    (tall[1].longitude, tall[1].latitude) = (12.0, 60.0);
    let region = Region::around(&tall);
    assert_eq!((region.south, region.north), (-17.0, 67.0));
    assert_eq!((region.west, region.east), (5.0, 17.0));
}

#[test]
fn clipping_keeps_the_part_inside_the_frame() {
    // A square half out of the frame on the left becomes its right half.
    let square = [
        point(-5.0, 2.0),
        point(5.0, 2.0),
        point(5.0, 8.0),
        point(-5.0, 8.0),
    ];
    let clipped = clip(&square, 10.0, 10.0);
    assert!((area(&clipped).abs() - 30.0).abs() < 1e-9, "{clipped:?}");
    assert!(clipped
        .iter()
        .all(|p| (0.0..=10.0).contains(&p.x) && (0.0..=10.0).contains(&p.y)));
    // On every side.
    for (dx, dy, inside) in [(8.0, 0.0, 12.0), (0.0, -6.0, 20.0), (0.0, 6.0, 20.0)] {
        let moved: Vec<Point> = square
            .iter()
            .map(|p| point(p.x + 5.0 + dx, p.y + dy))
            .collect();
        let clipped = clip(&moved, 10.0, 10.0);
        assert!(
            (area(&clipped).abs() - inside).abs() < 1e-9,
            "{dx},{dy}: {clipped:?}"
        );
    }
    // Wholly inside: unchanged; wholly outside: nothing.
    let inside = [point(1.0, 1.0), point(3.0, 1.0), point(3.0, 3.0)];
    assert_eq!(clip(&inside, 10.0, 10.0), inside);
    let outside: Vec<Point> = inside.iter().map(|p| point(p.x + 20.0, p.y)).collect();
    assert!(clip(&outside, 10.0, 10.0).is_empty());
}

#[test]
fn clipping_cuts_slanted_edges_where_they_cross() {
    // A ring may start anywhere: compare its points in a fixed order.
    let sorted = |mut ring: Vec<Point>| {
        ring.sort_by(|a, b| a.x.total_cmp(&b.x).then(a.y.total_cmp(&b.y)));
        ring
    };
    // Across the left edge: (-10, 0)–(10, 10) crosses x = 0 at y = 5.
    let left = [point(-10.0, 0.0), point(10.0, 10.0), point(10.0, 0.0)];
    let expected = vec![
        point(0.0, 5.0),
        point(10.0, 10.0),
        point(10.0, 0.0),
        point(0.0, 0.0),
    ];
    assert_eq!(sorted(clip(&left, 20.0, 20.0)), sorted(expected));
    // Across the top: (0, -10)–(10, 10) crosses y = 0 at x = 5.
    let top = [point(0.0, -10.0), point(10.0, 10.0), point(0.0, 10.0)];
    let expected = vec![
        point(5.0, 0.0),
        point(10.0, 10.0),
        point(0.0, 10.0),
        point(0.0, 0.0),
    ];
    assert_eq!(sorted(clip(&top, 20.0, 20.0)), sorted(expected));
    // Across the right and the bottom.
    let corner = [point(5.0, 5.0), point(35.0, 5.0), point(5.0, 35.0)];
    let expected = vec![
        point(5.0, 5.0),
        point(20.0, 5.0),
        point(20.0, 20.0),
        point(5.0, 20.0),
    ];
    let clipped = clip(&corner, 20.0, 20.0);
    assert!((area(&clipped).abs() - 225.0).abs() < 1e-9, "{clipped:?}");
    for p in expected {
        assert!(clipped.contains(&p), "{p:?} in {clipped:?}");
    }
}

/// The rings of an SVG path written as `M x y l dx dy … z`, as absolute points.
fn rings(path: &str) -> Vec<Vec<Point>> {
    path.split('M')
        .filter(|r| !r.is_empty())
        .map(|ring| {
            let numbers: Vec<f64> = ring
                .trim_end_matches('z')
                .replace('l', " ")
                .replace('-', " -")
                .split_whitespace()
                .map(|n| n.parse().expect("a number"))
                .collect();
            let mut at = point(numbers[0], numbers[1]);
            let mut points = vec![at];
            for step in numbers[2..].chunks(2) {
                at = point(at.x + step[0], at.y + step[1]);
                points.push(at);
            }
            points
        })
        .collect()
}

#[test]
fn every_drawn_ring_is_inside_the_map_and_big_enough_to_see() {
    let (_, _, atlas) = fixture();
    let mut count = 0;
    for country in &atlas.countries {
        for ring in rings(&country.path) {
            count += 1;
            assert!(ring.len() >= 3, "{}: {ring:?}", country.name);
            // `z` closes the ring: the first point is not written again at its end.
            assert_ne!(ring.first(), ring.last(), "{}", country.name);
            // Consecutive points differ: rounding made no zero-length step.
            assert!(
                ring.windows(2).all(|w| w[0] != w[1]),
                "{}: {ring:?}",
                country.name
            );
            assert!(area(&ring).abs() >= 2.0, "{}: {ring:?}", country.name);
            for p in &ring {
                assert!(
                    (0.0..=atlas.width).contains(&p.x) && (0.0..=atlas.height).contains(&p.y),
                    "{}: {p:?}",
                    country.name
                );
            }
        }
    }
    assert!(
        count > atlas.countries.len(),
        "islands make more rings than countries"
    );
    // Whole numbers, written as briefly as they can be: no "-0", no decimals.
    for country in &atlas.countries {
        let spaced = country.path.replace('-', " -");
        let mut tokens = spaced.split(|c: char| c.is_whitespace() || "Mlz".contains(c));
        let whole = |t: &str| t.is_empty() || (t != "-0" && t.parse::<i32>().is_ok());
        assert!(tokens.all(whole), "{}", country.name);
    }
}

#[test]
fn rings_too_small_to_see_are_left_out() {
    // A country of a big square and a sliver of an island (1.5 square units on the map).
    let topology = r#"{"type":"Topology","objects":{"countries":{"type":"GeometryCollection",
        "geometries":[{"type":"MultiPolygon","arcs":[[[0]],[[1]]],"properties":{"name":"Testland"}}]}},
        "arcs":[[[8,-2],[12,-2],[12,2],[8,2],[8,-2]],[[10,1],[10.03,1],[10,1.01],[10,1]]]}"#;
    let (data, _, _) = fixture();
    let mut place = data.places[0].clone();
    (place.longitude, place.latitude, place.country) =
        (10.0, 0.0, parley_core::i18n::Text::same("Testland"));
    let atlas = build_atlas(topology, &[place]).expect("a valid topology");
    assert_eq!(atlas.countries.len(), 1);
    assert!(atlas.countries[0].involved);
    assert_eq!(
        rings(&atlas.countries[0].path).len(),
        1,
        "{}",
        atlas.countries[0].path
    );
    assert!(build_atlas("{}", &[]).is_err());
    assert!(build_atlas(r#"{"type":"Topology","objects":{},"arcs":[]}"#, &[]).is_err());
}

#[test]
fn places_sit_where_the_projection_puts_them_to_a_tenth_of_a_unit() {
    let (data, _, atlas) = fixture();
    let projection = Projection::new(Region::around(&data.places));
    for (place, at) in data.places.iter().zip(&atlas.places) {
        let exact = projection.project(place.longitude, place.latitude);
        assert!(
            (at.x - exact.x).abs() <= 0.05 && (at.y - exact.y).abs() <= 0.05,
            "{}: {at:?} {exact:?}",
            place.id
        );
        assert_eq!(
            ((at.x * 10.0).round() / 10.0, (at.y * 10.0).round() / 10.0),
            (at.x, at.y)
        );
    }
}

#[test]
fn simplifying_drops_only_what_is_finer_than_the_tolerance() {
    // A square with a point that strays 0.2 from an edge and one that strays 3.
    let ring = [
        point(0.0, 0.0),
        point(5.0, 0.2),
        point(10.0, 0.0),
        point(10.0, 10.0),
        point(5.0, 13.0),
        point(0.0, 10.0),
    ];
    let simple = simplify(&ring, 0.7);
    assert_eq!(simple, [ring[0], ring[2], ring[3], ring[4], ring[5]]);
    // Tolerance zero keeps every point that is off the line.
    assert_eq!(simplify(&ring, 0.0), ring);
    let triangle = [point(0.0, 0.0), point(1.0, 0.0), point(0.0, 1.0)];
    assert_eq!(simplify(&triangle, 5.0), triangle);
    assert_eq!(
        area(&[point(0.0, 0.0), point(4.0, 0.0), point(4.0, 3.0)]),
        6.0
    );
}

#[test]
fn simplifying_measures_each_points_distance_from_the_line_of_its_kept_neighbours() {
    // Away from the origin, a point half a unit off its edge goes at tolerance 0.5, and one
    // three quarters off stays: the distance is measured exactly, on level edges and upright
    // ones, and only "more than" keeps.
    let ring = [
        point(100.0, 100.0),
        point(150.0, 100.5),
        point(200.0, 100.0),
        point(200.5, 150.0),
        point(200.0, 200.0),
        point(150.0, 200.75),
        point(100.0, 200.0),
        point(99.25, 150.0),
    ];
    let kept = |at: &[usize]| at.iter().map(|&n| ring[n]).collect::<Vec<_>>();
    assert_eq!(simplify(&ring, 0.5), kept(&[0, 2, 4, 5, 6, 7]));
    assert_eq!(simplify(&ring, 0.8), kept(&[0, 2, 4, 6]));
    // Four points are enough to lose one.
    let four = [
        point(0.0, 0.0),
        point(5.0, 0.0),
        point(10.0, 0.0),
        point(10.0, 10.0),
    ];
    assert_eq!(simplify(&four, 0.1), [four[0], four[2], four[3]]);
}

#[test]
fn the_frame_zooms_in_steps_and_never_leaves_the_map() {
    let (_, _, atlas) = fixture();
    let whole = Frame::whole(atlas);
    assert_eq!((whole.x, whole.y, whole.zoom), (0.0, 0.0, 1));
    assert_eq!(
        whole.view_box(),
        format!("0.0 0.0 {}.0 {}.0", atlas.width, atlas.height)
    );
    let centre = point(atlas.width / 2.0, atlas.height / 2.0);
    let two = Frame::at(atlas, 2, centre);
    assert_eq!(
        (two.width, two.height),
        (atlas.width / 2.0, atlas.height / 2.0)
    );
    assert_eq!(two.centre(), centre);
    // Zooming about a corner keeps the frame inside the map.
    let corner = Frame::at(atlas, 4, point(0.0, 0.0));
    assert_eq!((corner.x, corner.y), (0.0, 0.0));
    let far = Frame::at(atlas, 4, point(atlas.width * 2.0, atlas.height * 2.0));
    assert_eq!(
        (far.x + far.width, far.y + far.height),
        (atlas.width, atlas.height)
    );
    assert_eq!(Frame::at(atlas, 64, centre).zoom, MAX_ZOOM);
    assert_eq!(Frame::at(atlas, 0, centre), whole);
    // Panning moves by half a frame, and stops at the edge.
    let four = Frame::at(atlas, 4, centre);
    let east = four.panned(atlas, 0.5, 0.0);
    assert_eq!((east.x, east.y), (four.x + four.width / 2.0, four.y));
    let south = four.panned(atlas, 0.0, 0.5);
    assert_eq!((south.x, south.y), (four.x, four.y + four.height / 2.0));
    let north_west = four.panned(atlas, -0.5, -0.5);
    assert_eq!(
        (north_west.x, north_west.y),
        (four.x - four.width / 2.0, four.y - four.height / 2.0)
    );
    let far_east = two.panned(atlas, 0.5, 0.0).panned(atlas, 0.5, 0.0);
    assert_eq!(far_east.x, atlas.width - two.width);
    assert_eq!(whole.panned(atlas, 0.5, 0.5), whole);
}

#[test]
fn the_map_counts_the_events_of_each_place_under_the_filter() {
    let (data, index, atlas) = fixture();
    let from_2026 = Filter {
        from: Some(Day::parse("2026-01-01").unwrap()),
        ..Filter::default()
    };
    let filters = [
        Filter::default(),
        Filter::for_actor("witkoff"),
        from_2026,
        Filter::default()
            .with(&Kinds, "meeting")
            .with(&Kinds, "negotiation-round"),
        Filter::default().with(&Places, "moscow"),
    ];
    for filter in filters {
        let events = run(index, &filter).events;
        let view = MapView::new(
            data,
            atlas,
            &filter,
            &events,
            index.len(),
            Lens::Map,
            Lang::En,
        );
        assert_eq!(
            (view.matched, view.total),
            (events.len(), data.events.len())
        );
        // Each event is counted once: at its place, or as naming none.
        let placed: usize = view.markers.iter().map(|m| m.events.len()).sum();
        assert_eq!(placed + view.unplaced.len(), events.len());
        for &i in &view.unplaced {
            assert!(data.events[i].place.is_none());
        }
        for marker in &view.markers {
            let naive: Vec<_> = events
                .iter()
                .copied()
                .filter(|&i| data.events[i].place.as_deref() == Some(marker.place.as_str()))
                .collect();
            assert_eq!(marker.events, naive, "{}", marker.place);
            let place = data.place(&marker.place).unwrap();
            assert_eq!(
                (marker.kind, &marker.country),
                (place.kind, &place.country.en)
            );
            let n = marker.events.len();
            assert_eq!(
                marker.label,
                format!(
                    "{}: {n} event{}",
                    place.name.en,
                    if n == 1 { "" } else { "s" }
                )
            );
            assert_eq!(
                marker.link,
                Link::map(filter.clone().only(&Places, &place.id))
            );
            // The narrowed map shows this place's events and only them.
            assert_eq!(
                run(index, &filter.clone().only(&Places, &place.id)).events,
                marker.events
            );
            let position = data.places.iter().position(|p| p.id == place.id).unwrap();
            assert_eq!(marker.at, atlas.places[position]);
            assert_eq!(marker.outline.is_some(), place.kind == PlaceKind::Country);
        }
        assert!(view
            .markers
            .windows(2)
            .all(|w| w[0].events.len() >= w[1].events.len()));
        assert!(view.markers.windows(2).all(|w| w[0].r >= w[1].r));
    }
}

#[test]
fn markers_link_into_the_view_they_are_drawn_in() {
    let (data, index, atlas) = fixture();
    let events = index.all();
    let view = MapView::new(
        data,
        atlas,
        &Filter::default(),
        &events,
        index.len(),
        Lens::List,
        Lang::En,
    );
    let moscow = view.markers.iter().find(|m| m.place == "moscow").unwrap();
    assert_eq!(moscow.link.href(), "./?place=moscow");
    // Narrowing replaces a place already chosen, rather than adding to it.
    let filter = Filter::default().with(&Places, "kyiv");
    let events = run(index, &Filter::default()).events;
    let view = MapView::new(
        data,
        atlas,
        &filter,
        &events,
        index.len(),
        Lens::Map,
        Lang::En,
    );
    let moscow = view.markers.iter().find(|m| m.place == "moscow").unwrap();
    assert_eq!(moscow.link.href(), "map/?place=moscow");
    let saudi = view.markers.iter().find(|m| m.kind == PlaceKind::Country);
    if let Some(saudi) = saudi {
        assert_eq!(saudi.outline, atlas.country(&saudi.country));
    }
}

#[test]
fn the_events_that_name_no_place_are_counted_in_words() {
    let (data, index, atlas) = fixture();
    let events = index.all();
    let view = MapView::new(
        data,
        atlas,
        &Filter::default(),
        &events,
        index.len(),
        Lens::Map,
        Lang::En,
    );
    let unplaced = data.events.iter().filter(|e| e.place.is_none()).count();
    assert!(unplaced > 1);
    assert_eq!(
        view.unplaced_summary(Lang::En),
        format!("{unplaced} events name no place")
    );
    let one = [view.unplaced[0]];
    let view = MapView::new(
        data,
        atlas,
        &Filter::default(),
        &one,
        index.len(),
        Lens::Map,
        Lang::En,
    );
    assert_eq!(view.unplaced_summary(Lang::En), "1 event names no place");
    assert!(view.markers.is_empty());
}

#[test]
fn a_frame_reached_by_zooming_and_panning_reads_back_from_its_link() {
    let (_, _, atlas) = fixture();
    let whole = Frame::whole(atlas);
    assert_eq!(whole.link_zoom(), None, "the whole map writes nothing");
    assert_eq!(Frame::of(atlas, None), whole);
    let steps: [fn(&Frame, &Atlas) -> Frame; 6] = [
        |f, a| Frame::at(a, f.zoom * 2, f.centre()),
        |f, a| Frame::at(a, f.zoom / 2, f.centre()),
        |f, a| f.panned(a, 0.5, 0.0),
        |f, a| f.panned(a, -0.5, 0.0),
        |f, a| f.panned(a, 0.0, 0.5),
        |f, a| f.panned(a, 0.0, -0.5),
    ];
    // Every sequence of four steps from the whole map.
    for n in 0..steps.len().pow(4) {
        let mut frame = whole;
        let mut k = n;
        for _ in 0..4 {
            frame = steps[k % steps.len()](&frame, atlas);
            k /= steps.len();
        }
        let again = Frame::of(atlas, frame.link_zoom());
        assert_eq!(again.zoom, frame.zoom);
        for (a, b) in [
            (again.x, frame.x),
            (again.y, frame.y),
            (again.width, frame.width),
        ] {
            assert!((a - b).abs() <= 0.5, "{frame:?} came back as {again:?}");
        }
    }
}
