//! Colour literals of every CSS Color 4 form, converted to OKLab through lightningcss.

use lightningcss::traits::Parse;
use lightningcss::values::color::{CssColor, SRGBLinear, XYZd65, OKLAB, RGBA, SRGB};
use rebrand_facts::Color;

/// Parses a colour literal (`#0af`, `rgb(…)`, `hsl(…)`, `oklch(…)`, a named colour) into OKLab.
///
/// `currentColor`, system colours and `light-dark()` have no single value and give `None`.
#[must_use]
pub fn parse_color(text: &str) -> Option<Color> {
    let text = text.trim();
    let first = text.chars().next()?;
    // Only try what can start a colour; this keeps lightningcss away from the common case of a
    // length or a keyword, which is most values.
    if !(first == '#' || first.is_ascii_alphabetic()) {
        return None;
    }
    let color = CssColor::parse_string(text).ok()?;
    if matches!(
        color,
        CssColor::CurrentColor | CssColor::System(_) | CssColor::LightDark(..)
    ) {
        return None;
    }
    let oklab = OKLAB::try_from(&color).ok()?;
    Some(Color {
        l: round(oklab.l),
        a: round(oklab.a),
        b: round(oklab.b),
        alpha: round(oklab.alpha),
    })
}

/// A colour as people write it: `#rrggbb`, with `aa` when it is not opaque; a colour outside
/// sRGB is clipped to it.
#[must_use]
pub fn color_hex(color: Color) -> String {
    let oklab = OKLAB {
        l: color.l,
        a: color.a,
        b: color.b,
        alpha: color.alpha,
    };
    let rgba = RGBA::from(SRGB::from(SRGBLinear::from(XYZd65::from(oklab))));
    if rgba.alpha == 255 {
        format!("#{:02x}{:02x}{:02x}", rgba.red, rgba.green, rgba.blue)
    } else {
        format!(
            "#{:02x}{:02x}{:02x}{:02x}",
            rgba.red, rgba.green, rgba.blue, rgba.alpha
        )
    }
}

/// The Euclidean distance of two colours in OKLab (`ΔE_OK`), alpha ignored.
#[must_use]
pub fn delta_e_ok(left: Color, right: Color) -> f32 {
    ((left.l - right.l).powi(2) + (left.a - right.a).powi(2) + (left.b - right.b).powi(2)).sqrt()
}

/// Rounds to five decimals so that output is identical across platforms' float formatting.
fn round(component: f32) -> f32 {
    (component * 100_000.0).round() / 100_000.0
}

#[cfg(test)]
mod tests {
    use super::{color_hex, delta_e_ok, parse_color};

    #[test]
    fn spellings_of_white_are_the_same_colour() {
        let hex = parse_color("#fff").unwrap();
        for spelling in ["white", "#FFFFFF", "rgb(255 255 255)", "hsl(0 0% 100%)"] {
            let other = parse_color(spelling).unwrap();
            assert!(delta_e_ok(hex, other) < 1e-3, "{spelling}");
        }
        assert!((hex.l - 1.0).abs() < 1e-3);
    }

    #[test]
    fn tailwind_v3_and_v4_blue_500_are_close_but_not_equal() {
        let v3 = parse_color("#3b82f6").unwrap();
        let v4 = parse_color("oklch(62.3% 0.214 259.815)").unwrap();
        let distance = delta_e_ok(v3, v4);
        assert!(distance > 0.01 && distance < 0.04, "{distance}");
    }

    #[test]
    fn colours_are_written_back_as_hex() {
        for written in ["#eef2ff", "#3730a3", "#00000080", "#ffffff"] {
            let parsed = parse_color(written).expect("a colour");
            assert_eq!(color_hex(parsed), written);
        }
        let rgb = parse_color("rgb(238 242 255)").expect("a colour");
        assert_eq!(color_hex(rgb), "#eef2ff");
    }

    #[test]
    fn non_colours_are_rejected() {
        for text in ["currentColor", "12px", "auto", "var(--x)", ""] {
            assert_eq!(parse_color(text), None, "{text}");
        }
    }
}
