//! Theme migration for `rebrand apply`: from old and new DTCG token sets and a migration file to a
//! plan of byte-range edits, each written in the syntax of the place it changes.
//!
//! [`TokenSet`] merges token files (or a resolver's sources) and follows aliases; [`changes`]
//! decides what each old token becomes (the migration's `map`, then `$deprecated` notes, then
//! same path with a new value, then one same-valued new token); [`plan`] finds every place that
//! defines a changed token, names it, or holds its old value as a literal within tolerance, in
//! CSS, CSS Modules, SCSS, styled and emotion templates and objects, inline styles, Tailwind
//! classes and `@theme`, and JavaScript theme objects — preferring the definition: a token whose
//! value changes is edited where it is defined, never at its uses.
//!
//! [`plan_pattern`] plans a change to a pattern (`--pattern ID --set PROPERTY=VALUE`): each
//! winning declaration edited once however many members it reaches, and the elements outside the
//! pattern the same edits would change listed as collateral.
//!
//! Invariant: a plan applied once and planned again is empty. Names that are both renamed and a
//! rename's target are refused by [`changes`], and a literal that is within tolerance of a new
//! value is never edited. Pure functions of facts and texts: no I/O; the CLI reads, re-parses and
//! writes. An API boundary: the JSON plan of `rebrand apply --format json` serialises these types.

mod changes;
mod pattern;
mod pattern_member;
mod pattern_set;
mod pattern_shorthand;
mod pattern_state;
pub(crate) mod pattern_tailwind;
mod pattern_token;
mod pattern_winning;
mod plan;
mod references;
mod scan;
mod sets;
mod tailwind;
mod themes;
mod values;

pub use changes::{changes, Reason, TokenChange};
pub use pattern::{
    plan_pattern, Collateral, EditLevel, PatternEdit, PatternInput, PatternNote, PatternPlan,
    PatternSet,
};
pub use pattern_set::{Theme, TokenSpelling};
pub use pattern_tailwind::has_theme_class;
pub use plan::{mentions, plan, FilePlan, Mention, Note, Place, PlaceKind, PlanInput};
pub use sets::{resolver_sources, ResolverSource, SetToken, SetValue, TokenSet};
pub use themes::ThemeValues;
pub use values::{distance, within};
