/**
 * @file Rules and helpers that rebrand's CSS-family grammars (SCSS, Less) share.
 */

/// <reference types="tree-sitter-cli/dsl" />
// @ts-check

/**
 * A run of at-rule prelude (or custom property value) text without whitespace: anything but `{`,
 * `}` and `;`, where strings and parentheses (four levels deep) may hold those too
 * (`inline("{a,b}")`, `url(data:x;y)`). `sigil` is the character that opens interpolation in the
 * grammar (`#` for SCSS's `#{…}`, `@` for Less's `@{…}`), which a chunk stops before.
 *
 * @param {string} sigil
 * @returns {RuleOrLiteral}
 */
export function preludeChunk(sigil) {
  return token(prec(-1, repeat1(choice(
    new RegExp(`[^{};"'()${sigil}/\\s]`),
    new RegExp(`${sigil}[^{};\\s]`),
    /\/[^*/{};\s]/,
    /\/\s/,
    /\\[^\n]/,
    /"([^"\\\n]|\\.)*"/,
    /'([^'\\\n]|\\.)*'/,
    /\(([^()"']|"([^"\\\n]|\\.)*"|'([^'\\\n]|\\.)*'|\(([^()]|\(([^()]|\([^()]*\))*\))*\))*\)/,
  ))));
}

/**
 * Rules both grammars define alike. Spread into a grammar's `rules`.
 */
export const sharedRules = {
  // A stray `;` (`color: red;;`), which Sass, Less and browsers skip.
  empty_statement: _ => ';',

  // Any at-rule without a rule of its own: Tailwind's (`@plugin "x";`, `@source not "…";`,
  // `@custom-variant x (&:hover);`, `@utility tab-* {…}`, `@theme inline {…}`, `@apply hover:p-4;`),
  // PostCSS plugins' (`@define-mixin x $a {…}`, `@custom-media --sm (width < 40rem);`, `@nest`)
  // and CSS's own (`@page :first`, `@font-feature-values Font One`, `@-moz-document
  // url-prefix()`, `@property --x`, `@layer a, b;`). CSS gives an at-rule's prelude no grammar of
  // its own — any tokens up to `{` or `;` — and neither does this rule.
  at_rule: $ => seq(
    $.at_keyword,
    optional($.at_rule_prelude),
    choice(';', $.block),
  ),

  at_rule_prelude: $ => repeat1(choice($._prelude_chunk, $.interpolation)),

  // A media feature whose name may be interpolated (`(#{$property}: #{$value})`).
  feature_query: $ => seq(
    '(',
    alias(choice($.identifier, $.interpolation), $.feature_name),
    ':',
    repeat1($._value),
    ')',
  ),
};

/**
 * One or more `rule` separated by `separator`, possibly none.
 *
 * @param {RuleOrLiteral} separator
 * @param {RuleOrLiteral} rule
 * @returns {ChoiceRule}
 */
export function sep(separator, rule) {
  return optional(sep1(separator, rule));
}

/**
 * One or more `rule` separated by `separator`.
 *
 * @param {RuleOrLiteral} separator
 * @param {RuleOrLiteral} rule
 * @returns {SeqRule}
 */
export function sep1(separator, rule) {
  return seq(rule, repeat(seq(separator, rule)));
}
