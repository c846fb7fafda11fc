//! Bakes the map: reads Natural Earth's countries (npm's `world-atlas`, TopoJSON, vendored in
//! `crates/parley-core/atlas/`), projects them on a Mercator projection of the region the
//! dataset's places need, clips them to it and simplifies them to the map's resolution.
//! The app gets SVG paths and each place's position, and does no trigonometry.

use crate::atlas::{Atlas, Country, Point, WIDTH};
use crate::model::Place;

/// Natural Earth at 1:110 million, as `world-atlas` 2.0.2 ships it.
pub const COUNTRIES_110M: &str = include_str!("../../atlas/countries-110m.json");

/// How far from the outermost places the map reaches, as a share of their spread, and at least.
const MARGIN_SHARE: f64 = 0.1;
const MARGIN_DEGREES: f64 = 5.0;
/// Mercator runs to infinity at the poles: the frame stops here.
const MAX_LATITUDE: f64 = 80.0;
/// Douglas–Peucker tolerance, in user units: finer detail than this is not drawn.
const TOLERANCE: f64 = 0.7;
/// Rings smaller than this (in square user units) after clipping are left out.
const MIN_AREA: f64 = 2.0;

/// The region: west, east, south and north, in degrees.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Region {
    pub west: f64,
    pub east: f64,
    pub south: f64,
    pub north: f64,
}

impl Region {
    /// Around `places`, with a margin; Europe and the Middle East when there are none.
    pub fn around(places: &[Place]) -> Region {
        let Some(first) = places.first() else {
            return Region {
                west: -10.0,
                east: 60.0,
                south: 15.0,
                north: 65.0,
            };
        };
        // A place nearer a pole than the frame reaches is drawn at its edge.
        let reach = MAX_LATITUDE - MARGIN_DEGREES;
        let latitude = |p: &Place| p.latitude.clamp(-reach, reach);
        let mut region = Region {
            west: first.longitude,
            east: first.longitude,
            south: latitude(first),
            north: latitude(first),
        };
        for place in places {
            region.west = region.west.min(place.longitude);
            region.east = region.east.max(place.longitude);
            region.south = region.south.min(latitude(place));
            region.north = region.north.max(latitude(place));
        }
        let across = (MARGIN_SHARE * (region.east - region.west)).max(MARGIN_DEGREES);
        let down = (MARGIN_SHARE * (region.north - region.south)).max(MARGIN_DEGREES);
        Region {
            west: (region.west - across).max(-180.0),
            east: (region.east + across).min(180.0),
            south: (region.south - down).max(-MAX_LATITUDE),
            north: (region.north + down).min(MAX_LATITUDE),
        }
    }
}

/// Mercator, scaled so that the region is [`WIDTH`] wide, with its north-west corner at 0, 0.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Projection {
    region: Region,
    scale: f64,
}

fn mercator_y(latitude: f64) -> f64 {
    let latitude = latitude.clamp(-MAX_LATITUDE, MAX_LATITUDE).to_radians();
    (std::f64::consts::FRAC_PI_4 + latitude / 2.0).tan().ln()
}

impl Projection {
    pub fn new(region: Region) -> Projection {
        let scale = WIDTH / (region.east - region.west).to_radians();
        Projection { region, scale }
    }

    pub fn height(&self) -> f64 {
        self.scale * (mercator_y(self.region.north) - mercator_y(self.region.south))
    }

    pub fn project(&self, longitude: f64, latitude: f64) -> Point {
        Point {
            x: self.scale * (longitude - self.region.west).to_radians(),
            y: self.scale * (mercator_y(self.region.north) - mercator_y(latitude)),
        }
    }
}

/// The atlas for `places`, from a TopoJSON topology with a `countries` object whose features
/// carry a `name` property.
pub fn build_atlas(topojson: &str, places: &[Place]) -> Result<Atlas, String> {
    let topology = match topojson.parse::<topojson::TopoJson>() {
        Ok(topojson::TopoJson::Topology(topology)) => topology,
        Ok(_) => return Err("the map outlines are a TopoJSON geometry, not a topology".into()),
        Err(e) => return Err(format!("the map outlines do not parse as TopoJSON: {e}")),
    };
    let features = topojson::to_geojson(&topology, "countries")
        .map_err(|e| format!("the map outlines have no countries: {e}"))?;
    let projection = Projection::new(Region::around(places));
    let (width, height) = (WIDTH, projection.height().round());
    let mut countries = Vec::new();
    for feature in features.features {
        let name = feature.property("name").and_then(|n| n.as_str());
        let Some(name) = name.map(str::to_string) else {
            continue;
        };
        let polygons = match feature.geometry.map(|g| g.value) {
            Some(geojson::Value::Polygon(rings)) => vec![rings],
            Some(geojson::Value::MultiPolygon(polygons)) => polygons,
            _ => continue,
        };
        let mut path = String::new();
        for ring in polygons.iter().flatten() {
            let ring: Vec<Point> = ring
                .iter()
                .map(|p| projection.project(p[0], p[1]))
                .collect();
            let ring = simplify(&clip(&ring, width, height), TOLERANCE);
            let ring = whole_units(&ring);
            if ring.len() >= 3 && area(&ring).abs() >= MIN_AREA {
                write_ring(&mut path, &ring);
            }
        }
        if !path.is_empty() {
            let involved = places.iter().any(|p| p.country.en == name);
            countries.push(Country {
                name,
                path,
                involved,
            });
        }
    }
    countries.sort_by(|a, b| a.name.cmp(&b.name));
    let places = places
        .iter()
        .map(|p| projection.project(p.longitude, p.latitude))
        .map(|p| Point {
            x: (p.x * 10.0).round() / 10.0,
            y: (p.y * 10.0).round() / 10.0,
        })
        .collect();
    Ok(Atlas {
        width,
        height,
        countries,
        places,
    })
}

/// Sutherland–Hodgman: the part of a ring inside the rectangle 0,0–`width`,`height`. A ring
/// that leaves and re-enters runs along the edge in between, which filling does not show.
pub fn clip(ring: &[Point], width: f64, height: f64) -> Vec<Point> {
    type Edge = (fn(Point, f64) -> bool, fn(Point, Point, f64) -> Point, f64);
    let across = |a: Point, b: Point, x: f64| Point {
        x,
        y: a.y + (b.y - a.y) * (x - a.x) / (b.x - a.x),
    };
    let down = |a: Point, b: Point, y: f64| Point {
        x: a.x + (b.x - a.x) * (y - a.y) / (b.y - a.y),
        y,
    };
    let edges: [Edge; 4] = [
        (|p, x| p.x >= x, across, 0.0),
        (|p, x| p.x <= x, across, width),
        (|p, y| p.y >= y, down, 0.0),
        (|p, y| p.y <= y, down, height),
    ];
    let mut points = ring.to_vec();
    for (inside, cross, at) in edges {
        let input = std::mem::take(&mut points);
        for (n, &current) in input.iter().enumerate() {
            let previous = input[(n + input.len() - 1) % input.len()];
            match (inside(previous, at), inside(current, at)) {
                (true, true) => points.push(current),
                (true, false) => points.push(cross(previous, current, at)),
                (false, true) => {
                    points.push(cross(previous, current, at));
                    points.push(current);
                }
                (false, false) => {}
            }
        }
    }
    points
}

/// Douglas–Peucker on a closed ring: keeps the points that stray more than `tolerance` from
/// the line through their neighbours that are kept.
pub fn simplify(ring: &[Point], tolerance: f64) -> Vec<Point> {
    if ring.len() < 4 {
        return ring.to_vec();
    }
    // Split the ring at its first point and the point farthest from it.
    let far = (1..ring.len())
        .max_by(|&a, &b| distance(ring[0], ring[a]).total_cmp(&distance(ring[0], ring[b])))
        .unwrap_or(1);
    let mut keep = vec![false; ring.len()];
    keep[0] = true;
    keep[far] = true;
    let mut closed = ring.to_vec();
    closed.push(ring[0]);
    keep.push(true);
    let mut spans = vec![(0, far), (far, ring.len())];
    while let Some((start, end)) = spans.pop() {
        let (a, b) = (closed[start], closed[end]);
        let farthest = (start + 1..end)
            .map(|n| (n, off_line(closed[n], a, b)))
            .max_by(|x, y| x.1.total_cmp(&y.1));
        if let Some((n, _)) = farthest.filter(|(_, off)| *off > tolerance) {
            keep[n] = true;
            spans.push((start, n));
            spans.push((n, end));
        }
    }
    ring.iter()
        .zip(&keep)
        .filter(|(_, kept)| **kept)
        .map(|(p, _)| *p)
        .collect()
}

fn distance(a: Point, b: Point) -> f64 {
    (b.x - a.x).hypot(b.y - a.y)
}

/// How far `p` is from the line through `a` and `b` (from `a` itself if they are one point).
fn off_line(p: Point, a: Point, b: Point) -> f64 {
    let length = distance(a, b);
    match length > 0.0 {
        true => ((b.x - a.x) * (a.y - p.y) - (a.x - p.x) * (b.y - a.y)).abs() / length,
        false => distance(a, p),
    }
}

/// Rounded to whole units, without the repeats that rounding makes.
fn whole_units(ring: &[Point]) -> Vec<Point> {
    let mut points: Vec<Point> = Vec::with_capacity(ring.len());
    for p in ring {
        // Clipped, so never below 0: rounding gives no "-0".
        let p = Point {
            x: p.x.round(),
            y: p.y.round(),
        };
        if points.last() != Some(&p) {
            points.push(p);
        }
    }
    while points.len() > 1 && points.first() == points.last() {
        points.pop();
    }
    points
}

/// The shoelace formula: positive for one winding, negative for the other.
pub fn area(ring: &[Point]) -> f64 {
    let pairs = ring.iter().zip(ring.iter().cycle().skip(1));
    pairs.map(|(a, b)| a.x * b.y - b.x * a.y).sum::<f64>() / 2.0
}

/// `M x y l dx dy dx dy … z`: relative steps keep the numbers short.
fn write_ring(path: &mut String, ring: &[Point]) {
    use std::fmt::Write;
    let _ = write!(path, "M{} {}l", ring[0].x, ring[0].y);
    for pair in ring.windows(2) {
        let (dx, dy) = (pair[1].x - pair[0].x, pair[1].y - pair[0].y);
        // A minus sign separates numbers by itself.
        let separator = if dy < 0.0 { "" } else { " " };
        let _ = write!(path, "{dx}{separator}{dy} ");
    }
    path.pop();
    path.push('z');
}
