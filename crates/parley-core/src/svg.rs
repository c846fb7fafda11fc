//! Numbers as SVG attributes take them. A leaf: the markup (`html`) and the map's frame
//! (`map`) both write them, and neither imports the other for it.

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
