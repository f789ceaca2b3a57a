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
