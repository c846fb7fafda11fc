//! Names drawn beside marks in a picture (the map's places, the network's actors): the room a
//! name takes, estimated without a font, and the box it must keep inside.

use serde::Serialize;

/// How wide a character is taken to be, in ems, so that a name has at least the room it takes
/// in a wide font: in DejaVu Sans (Linux's usual `system-ui`) the place and actor names take
/// 0.6 to 0.72 em a character (Cyrillic the most: "Джидда" 10.1 px at 14 px).
const ADVANCE: f64 = 0.75;

/// The room `text` takes on one line at `size`, in the same units as `size`.
pub fn text_width(text: &str, size: f64) -> f64 {
    text.chars().count() as f64 * ADVANCE * size
}

/// Which side of its mark a name is on, as SVG's `text-anchor` says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Anchor {
    /// On the right: the text starts at its point.
    Start,
    /// On the left: the text ends at its point.
    End,
    /// Above or below: the text is centred on its point.
    Middle,
}

impl Anchor {
    /// The `text-anchor` attribute.
    pub fn svg(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::End => "end",
            Anchor::Middle => "middle",
        }
    }
}

/// A rectangle in a picture's units.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Bounds {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

impl Bounds {
    /// The square `half` each way around (`x`, `y`).
    pub fn around(x: f64, y: f64, half: f64) -> Bounds {
        Bounds {
            left: x - half,
            top: y - half,
            right: x + half,
            bottom: y + half,
        }
    }

    /// Whether the two share any area.
    pub fn overlaps(&self, other: &Bounds) -> bool {
        self.left < other.right
            && other.left < self.right
            && self.top < other.bottom
            && other.top < self.bottom
    }

    /// Whether `other` lies wholly inside.
    pub fn holds(&self, other: &Bounds) -> bool {
        self.left <= other.left
            && other.right <= self.right
            && self.top <= other.top
            && other.bottom <= self.bottom
    }
}
