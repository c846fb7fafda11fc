//! The map's reference data, baked beside the dataset: Natural Earth's country outlines as SVG
//! paths, and each place's position, both on one projection of the region the places need.
//! All the projecting, clipping and simplifying happens at build time
//! (`source::atlas`), so the app draws paths and does no trigonometry.

use serde::{Deserialize, Serialize};

/// The map's width in SVG user units; its height follows from the region's shape.
pub const WIDTH: f64 = 1000.0;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Atlas {
    pub width: f64,
    pub height: f64,
    /// The countries with land inside the frame, by name.
    pub countries: Vec<Country>,
    /// Where each place is, in [`crate::Dataset::places`] order.
    pub places: Vec<Point>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Country {
    /// Natural Earth's name, as npm's `world-atlas` ships it.
    pub name: String,
    /// An SVG path, in whole user units: `M x y l dx dy … z`, a subpath per ring.
    pub path: String,
    /// Whether a place of the dataset lies in it (its `country` names it).
    pub involved: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

impl Atlas {
    /// The binary form baked into the app.
    pub fn to_bytes(&self) -> Vec<u8> {
        postcard::to_allocvec(self).expect("an atlas always serialises")
    }
    pub fn from_bytes(bytes: &[u8]) -> Result<Atlas, String> {
        postcard::from_bytes(bytes).map_err(|e| format!("the baked atlas does not decode: {e}"))
    }

    /// The outline of the country called `name`, if it is drawn.
    pub fn country(&self, name: &str) -> Option<usize> {
        self.countries.iter().position(|c| c.name == name)
    }
}

/// The part of the map on screen: a rectangle in user units, zoomed in steps of 2 about a
/// point and panned, never past the map's edges.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Frame {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    /// 1 for the whole map, 2, 4 or 8 zoomed in.
    pub zoom: u32,
}

/// The closest zoom.
pub const MAX_ZOOM: u32 = 8;

/// The zooms closer than the whole map, each twice the last: what a link may name (`zoom=4`).
pub const ZOOMS: [u32; 3] = [2, 4, MAX_ZOOM];

/// A map zoomed in, as a link keeps it (`zoom=4&centre=512,300`): one of [`ZOOMS`], about a
/// point in the map's units, or the whole map's centre if none. Whole units: a link need not
/// name a point finer than a thousandth of the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MapZoom {
    pub level: u32,
    pub centre: Option<(i32, i32)>,
}

impl Frame {
    /// The whole map.
    pub fn whole(atlas: &Atlas) -> Frame {
        Frame {
            x: 0.0,
            y: 0.0,
            width: atlas.width,
            height: atlas.height,
            zoom: 1,
        }
    }

    /// Zoomed to `zoom` (clamped to 1–[`MAX_ZOOM`]) about `centre`, kept inside the map.
    pub fn at(atlas: &Atlas, zoom: u32, centre: Point) -> Frame {
        let zoom = zoom.clamp(1, MAX_ZOOM);
        let (width, height) = (atlas.width / zoom as f64, atlas.height / zoom as f64);
        // max and min rather than clamp, whose panic message would bring float formatting
        // into the bundle (13 KB).
        let x = (centre.x - width / 2.0).min(atlas.width - width).max(0.0);
        let y = (centre.y - height / 2.0)
            .min(atlas.height - height)
            .max(0.0);
        Frame {
            x,
            y,
            width,
            height,
            zoom,
        }
    }

    /// The frame a link's zoom names; none is the whole map.
    pub fn of(atlas: &Atlas, zoom: Option<MapZoom>) -> Frame {
        let whole = Frame::whole(atlas);
        match zoom {
            None => whole,
            Some(MapZoom { level, centre }) => {
                let centre = centre.map_or(whole.centre(), |(x, y)| Point {
                    x: x as f64,
                    y: y as f64,
                });
                Frame::at(atlas, level, centre)
            }
        }
    }

    /// The zoom a link keeps for this frame: none for the whole map.
    pub fn link_zoom(&self) -> Option<MapZoom> {
        let centre = self.centre();
        (self.zoom > 1).then_some(MapZoom {
            level: self.zoom,
            centre: Some((centre.x.round() as i32, centre.y.round() as i32)),
        })
    }

    pub fn centre(&self) -> Point {
        Point {
            x: self.x + self.width / 2.0,
            y: self.y + self.height / 2.0,
        }
    }

    /// Moved by a fraction of its own size (`-0.5` is half a screen left or up).
    pub fn panned(&self, atlas: &Atlas, right: f64, down: f64) -> Frame {
        let centre = self.centre();
        let centre = Point {
            x: centre.x + right * self.width,
            y: centre.y + down * self.height,
        };
        Frame::at(atlas, self.zoom, centre)
    }

    /// The `viewBox` attribute.
    pub fn view_box(&self) -> String {
        use crate::svg::svg_number;
        let [x, y, w, h] = [self.x, self.y, self.width, self.height].map(svg_number);
        format!("{x} {y} {w} {h}")
    }
}
