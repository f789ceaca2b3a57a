//! Rule levels and each rule's options, as written under `"rules"`.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};

/// How loudly a rule reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// The rule does not run.
    Off,
    /// Findings are reported; they do not fail the run.
    Warn,
    /// Findings are reported and make the run exit with status 1.
    Error,
}

/// A rule's setting: a level (`"warn"`), or a level with options
/// (`{ "level": "warn", "options": { … } }`).
#[derive(Debug, Clone, PartialEq)]
pub struct RuleSetting<O> {
    /// The level.
    pub level: Level,
    /// The rule's options; defaults where not written.
    pub options: O,
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct DetailedSetting<O: Default> {
    level: Level,
    #[serde(default)]
    options: O,
}

impl<'de, O: Deserialize<'de> + Default> Deserialize<'de> for RuleSetting<O> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct SettingVisitor<O>(PhantomData<O>);

        impl<'de, O: Deserialize<'de> + Default> Visitor<'de> for SettingVisitor<O> {
            type Value = RuleSetting<O>;

            fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                formatter.write_str(
                    "a level (\"off\", \"warn\", \"error\") or { \"level\": …, \"options\": { … } }",
                )
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
                let level = Level::deserialize(de::value::StrDeserializer::<E>::new(text))?;
                Ok(RuleSetting {
                    level,
                    options: O::default(),
                })
            }

            fn visit_map<M: MapAccess<'de>>(self, map: M) -> Result<Self::Value, M::Error> {
                let detailed =
                    DetailedSetting::<O>::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(RuleSetting {
                    level: detailed.level,
                    options: detailed.options,
                })
            }
        }

        deserializer.deserialize_any(SettingVisitor(PhantomData))
    }
}

impl<O: JsonSchema + Default> JsonSchema for RuleSetting<O> {
    fn schema_name() -> Cow<'static, str> {
        format!("RuleSetting_for_{}", O::schema_name()).into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        schemars::json_schema!({
            "description": "A level, or a level with options.",
            "anyOf": [
                generator.subschema_for::<Level>(),
                generator.subschema_for::<DetailedSetting<O>>(),
            ]
        })
    }
}

/// Every rule's setting. A rule not written here runs at its default level with default options.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RulesConfig {
    /// `no-raw-value` (default `warn`).
    #[serde(rename = "no-raw-value", default)]
    pub no_raw_value: Option<RuleSetting<NoRawValueOptions>>,
    /// `no-near-duplicate-value` (default `warn`).
    #[serde(rename = "no-near-duplicate-value", default)]
    pub no_near_duplicate_value: Option<RuleSetting<NearDuplicateOptions>>,
    /// `pattern-drift` (default `warn`).
    #[serde(rename = "pattern-drift", default)]
    pub pattern_drift: Option<RuleSetting<PatternDriftOptions>>,
    /// `no-unknown-token` (default `error`).
    #[serde(rename = "no-unknown-token", default)]
    pub no_unknown_token: Option<RuleSetting<UnknownTokenOptions>>,
    /// `interaction-mismatch` (default `warn`).
    #[serde(rename = "interaction-mismatch", default)]
    pub interaction_mismatch: Option<RuleSetting<InteractionMismatchOptions>>,
    /// `no-duplicate-declaration-block` (default `warn`).
    #[serde(rename = "no-duplicate-declaration-block", default)]
    pub no_duplicate_declaration_block: Option<RuleSetting<DuplicateBlockOptions>>,
    /// `unused-suppression`: a suppression comment that suppressed nothing, or gives no reason
    /// when reasons are required (default `warn`).
    #[serde(rename = "unused-suppression", default)]
    pub unused_suppression: Option<RuleSetting<UnusedSuppressionOptions>>,
}

/// Options of `unused-suppression`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase", default)]
pub struct UnusedSuppressionOptions {
    /// Report a suppression comment that gives no reason after its rules
    /// (`rebrand-ignore-next-line no-raw-value: the logo's own red`).
    pub require_reason: bool,
}

/// Options of `no-raw-value`.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase", default)]
pub struct NoRawValueOptions {
    /// The largest colour difference (ΔE OK × 100; about 1 is just noticeable) for a token to be
    /// suggested for a raw colour. The default, 0.1, only covers the same colour written another
    /// way (a hex and an `oklch()` rounding apart): a token that is merely close changes the
    /// look, and on real code such suggestions were wrong (`#1e90ff` of a chart offered for a
    /// link's `#1890ff`).
    #[schemars(range(min = 0.0))]
    pub color_tolerance: f64,
    /// The largest difference in px for a token to be suggested for a raw length. The default, 0,
    /// suggests only a token of the same size (in any unit): `3px` is no slip from a `4px`
    /// radius token, it is another radius.
    #[schemars(range(min = 0.0))]
    pub length_tolerance: f64,
}

impl Default for NoRawValueOptions {
    fn default() -> Self {
        Self {
            color_tolerance: 0.1,
            length_tolerance: 0.0,
        }
    }
}

/// Options of `no-near-duplicate-value`.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase", default)]
pub struct NearDuplicateOptions {
    /// Colours closer than this (ΔE OK × 100) but not equal are near duplicates.
    #[schemars(range(min = 0.0))]
    pub color_threshold: f64,
    /// Lengths closer than this many px but not equal, and neither zero, are near duplicates; 0
    /// (the default) compares colours only: on real code near lengths were chosen on purpose
    /// (letter-spacing, values exported from a design tool).
    #[schemars(range(min = 0.0))]
    pub length_threshold: f64,
}

impl Default for NearDuplicateOptions {
    fn default() -> Self {
        Self {
            color_threshold: 1.0,
            length_threshold: 0.0,
        }
    }
}

/// Options of `pattern-drift`.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase", default)]
pub struct PatternDriftOptions {
    /// Only patterns with at least this many members have a consensus worth enforcing.
    #[schemars(range(min = 2))]
    pub min_members: usize,
    /// A colour is a slip from the consensus only within this distance (ΔE OK × 100); a colour
    /// further away is a variant someone chose.
    #[schemars(range(min = 0.0))]
    pub color_tolerance: f64,
    /// A length is a slip from the consensus only within this many px.
    #[schemars(range(min = 0.0))]
    pub length_tolerance: f64,
}

impl Default for PatternDriftOptions {
    fn default() -> Self {
        Self {
            min_members: 3,
            color_tolerance: 5.0,
            length_tolerance: 2.0,
        }
    }
}

/// Options of `no-unknown-token`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase", default)]
pub struct UnknownTokenOptions {
    /// Names that are defined outside the analysed code (a third-party stylesheet, the runtime):
    /// exact names, or prefixes ending in `*` (`--mantine-*`).
    pub ignore: Vec<String>,
}

/// Options of `interaction-mismatch` (none yet).
#[derive(Debug, Clone, Default, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct InteractionMismatchOptions {}

/// Options of `no-duplicate-declaration-block`.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase", default)]
pub struct DuplicateBlockOptions {
    /// The fewest written declarations a repeated block must have to be reported.
    #[schemars(range(min = 1))]
    pub min_declarations: usize,
    /// The fewest longhand values (`padding: 8px` is four) a repeated block must set.
    #[schemars(range(min = 1))]
    pub min_longhands: usize,
}

/// The defaults come from a blind judging of sampled findings on public repositories: blocks of
/// three or four declarations recurred by coincidence (a text style, a small reset) and were
/// worth sharing about one time in five; blocks of five declarations and eight longhands or more
/// were whole copies of a component's look four times in five.
impl Default for DuplicateBlockOptions {
    fn default() -> Self {
        Self {
            min_declarations: 5,
            min_longhands: 8,
        }
    }
}
