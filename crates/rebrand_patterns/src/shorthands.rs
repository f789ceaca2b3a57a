//! How much a look token weighs in similarity: a shorthand the author writes once (`padding`,
//! `border`, `border-radius`) weighs one, shared among its longhands, so that a changed padding
//! side costs a quarter and a shared border (twelve longhands) weighs what one declaration does.

use crate::consensus::split_token;

/// The weight of a look token (`property[condition]=value`): the share of its shorthand one
/// longhand is, else one.
pub(crate) fn weight(token: &str) -> f32 {
    let Some((key, _)) = split_token(token) else {
        return 1.0;
    };
    let property = key.split('[').next().unwrap_or(key);
    if property.starts_with("padding-") {
        return 0.25;
    }
    let Some(rest) = property.strip_prefix("border-") else {
        return 1.0;
    };
    if rest.ends_with("-radius") {
        return 0.25;
    }
    let is_side = ["top-", "right-", "bottom-", "left-"]
        .iter()
        .any(|side| rest.starts_with(side));
    let is_part = ["-width", "-style", "-color"]
        .iter()
        .any(|part| rest.ends_with(part));
    if is_side && is_part {
        1.0 / 12.0
    } else {
        1.0
    }
}

#[cfg(test)]
mod tests {
    use super::weight;

    #[test]
    fn longhands_share_their_shorthands_weight() {
        assert!((weight("padding-top[:hover]=8px") - 0.25).abs() < f32::EPSILON);
        assert!((weight("border-top-left-radius=6px") - 0.25).abs() < f32::EPSILON);
        assert!((weight("border-bottom-color=oklab(0.5,0,0,1)") - 1.0 / 12.0).abs() < 1e-6);
        assert!((weight("color=red") - 1.0).abs() < f32::EPSILON);
        assert!((weight("border-collapse=collapse") - 1.0).abs() < f32::EPSILON);
    }
}
