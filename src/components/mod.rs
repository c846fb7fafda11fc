//! Reusable pieces of the views.

mod citation;
mod claim;
mod date;
mod event_card;
mod event_list;
mod export_menu;
mod facet;
mod markup;
mod notices;
mod time_axis;

pub use citation::Citation;
pub use claim::ClaimView;
pub use date::{DateView, DateViewProps};
pub use event_card::{EventCard, EventCardProps};
pub use event_list::EventList;
pub use export_menu::ExportMenu;
pub use facet::{FacetGroup, FacetOption};
pub use markup::{reader_href, side_tag};
pub use notices::{Notices, NoticesProps};
pub use time_axis::TimeAxis;

/// An SVG coordinate to one decimal, through the integer formatting every bundle has, rather
/// than `{:.1}` and the float formatting it monomorphises (several KB per form).
pub fn svg_number(value: f64) -> String {
    let tenths = (value * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let tenths = tenths.unsigned_abs();
    format!("{sign}{}.{}", tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    use super::svg_number;

    #[test]
    fn svg_numbers_have_one_decimal_and_keep_their_sign() {
        for (value, text) in [
            (0.0, "0.0"),
            (185.0, "185.0"),
            (12.34, "12.3"),
            (12.36, "12.4"),
            (-0.46, "-0.5"),
            (-12.0, "-12.0"),
        ] {
            assert_eq!(svg_number(value), text);
        }
    }
}
