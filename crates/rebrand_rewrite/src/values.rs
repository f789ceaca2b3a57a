//! Distances between typed values, in the units the migration's tolerances use.

use rebrand_config::Tolerance;
use rebrand_facts::Value;
use rebrand_values::delta_e_ok;

/// How far apart two values are: ΔE OK × 100 for colours, px for lengths (or the number when
/// both share a unit px cannot express), the difference for plain numbers; `None` when they are
/// not comparable.
#[must_use]
pub fn distance(left: &Value, right: &Value) -> Option<f64> {
    match (left, right) {
        (Value::Color { oklab: left }, Value::Color { oklab: right }) => {
            let alpha = f64::from((left.alpha - right.alpha).abs()) * 100.0;
            Some((f64::from(delta_e_ok(*left, *right)) * 100.0).max(alpha))
        }
        (Value::Length(left), Value::Length(right)) => match (left.px, right.px) {
            (Some(left), Some(right)) => Some((left - right).abs()),
            _ if left.unit == right.unit => Some((left.number - right.number).abs()),
            _ => None,
        },
        (Value::Number { number: left }, Value::Number { number: right }) => {
            Some((left - right).abs())
        }
        _ => None,
    }
}

/// Whether `distance` is within the tolerance for values of this type (numbers match exactly).
#[must_use]
pub fn within(value: &Value, distance: f64, tolerance: Tolerance) -> bool {
    let limit = match value {
        Value::Color { .. } => tolerance.color,
        Value::Length(_) => tolerance.length,
        _ => 0.0,
    };
    distance <= limit + 1e-9
}

#[cfg(test)]
mod tests {
    use rebrand_values::{classify_value, ValueOptions};

    use super::*;

    fn value(text: &str) -> Value {
        classify_value(text, ValueOptions::default())
    }

    #[test]
    fn distances_are_in_the_tolerance_units() {
        assert_eq!(distance(&value("#fff"), &value("white")), Some(0.0));
        let near = distance(&value("#2563eb"), &value("#2564eb")).expect("colours");
        assert!(near > 0.0 && near < 1.0, "{near}");
        assert_eq!(distance(&value("1rem"), &value("16px")), Some(0.0));
        assert_eq!(distance(&value("600"), &value("700")), Some(100.0));
        assert_eq!(distance(&value("#fff"), &value("4px")), None);
        assert_eq!(distance(&value("2em"), &value("3em")), Some(1.0));
        assert!(within(&value("#fff"), 0.5, Tolerance::default()));
        assert!(!within(&value("4px"), 0.5, Tolerance::default()));
    }
}
