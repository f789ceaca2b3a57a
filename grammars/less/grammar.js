/**
 * @file rebrand's Less grammar: tree-sitter-css extended with the Less language.
 *
 * Covers variables (`@x: value;`, `@@x`, detached rulesets `@x: { … }` and their calls `@x();`),
 * interpolation `@{x}` in selectors, property names, values and at-rule preludes, mixin
 * definitions with parameters and guards (`.m(@a; @b: 2) when (iscolor(@b)) { … }`), mixin calls
 * (`.m();`, `#ns > .m(1px) !important;`, `.m;`), CSS guards (`a when (@mode = dark) { … }`),
 * operations, escapes (`~"…"`), `e()`/`%()`, property accessors (`$color`), lookups
 * (`@config[@key]`), `:extend(…)`, property merge (`a+: x;`, `a+_: x;`), `@import (options) "x";`
 * and `@plugin`. Any other at-rule reads its prelude as text, as in the SCSS grammar.
 */

/// <reference types="tree-sitter-cli/dsl" />
// @ts-check

import CSS from 'tree-sitter-css/grammar.js';
import { preludeChunk, sep, sep1, sharedRules } from '../common/css-family.js';

export default grammar(CSS, {
  name: 'less',

  conflicts: ($, original) => original.concat([
    [$.mixin_definition, $._mixin_path],
    [$._selector, $._mixin_path],
    [$._value, $._interpolated_selector],
    [$._expression_list],
    [$._selector, $.escaped_string],
    [$._interpolated_selector, $._name_with_interpolation],
    [$._value, $.parameter],
    [$.binary_expression, $._call_arguments],
    [$.binary_expression, $._expression_list],
    [$.feature_query, $.binary_expression],
    [$._expression_list, $.guard_condition],
    [$.call_expression, $.binary_expression],
    [$.binary_expression, $.arguments],
    [$._value, $.lookup],
    [$.variable_declaration],
    [$.binary_expression, $.parameter],
    [$.lookup],
  ]),

  rules: {
    ...sharedRules,

    _top_level_item: ($, original) => choice(
      original,
      $.empty_statement,
      $.variable_declaration,
      $.mixin_definition,
      $.mixin_call,
      $.detached_ruleset_call,
      $.guarded_rule_set,
      $.function_call_statement,
    ),

    _block_item: $ => choice(
      $.empty_statement,
      $.declaration,
      $.rule_set,
      $.import_statement,
      $.media_statement,
      $.charset_statement,
      $.namespace_statement,
      $.keyframes_statement,
      $.supports_statement,
      $.scope_statement,
      $.at_rule,
      $.variable_declaration,
      $.mixin_definition,
      $.mixin_call,
      $.detached_ruleset_call,
      $.guarded_rule_set,
      $.extend_statement,
      $.function_call_statement,
    ),

    // A run of prelude text without whitespace (`grammars/common/css-family.js`).
    _prelude_chunk: _ => preludeChunk('@'),

    // `@media @phone`, `@media @tablet and (min-width: @x)`.
    _query: ($, original) => choice(
      original,
      $.variable,
      $.interpolation,
      $.escaped_string,
      $.range_query,
    ),

    // Media Queries 4 ranges: `(width <= 991px)`.
    range_query: $ => seq(
      '(',
      $._range_operand,
      repeat1(seq(choice('<', '>', '<=', '>=', '='), $._range_operand)),
      ')',
    ),

    _range_operand: $ => choice(
      alias($.identifier, $.feature_name),
      $.integer_value,
      $.float_value,
      $.variable,
      $.call_expression,
    ),

    import_statement: $ => seq(
      '@import',
      optional($.import_options),
      sep1(',', $._value),
      optional(alias($.at_rule_prelude, $.import_conditions)),
      ';',
    ),

    // `@import (reference, optional) "x";`
    import_options: $ => seq('(', sep1(',', $.identifier), ')'),

    // CSS names may hold any character beyond ASCII (`.ͼo`, `.日本`), not only Latin-1's.
    identifier: _ => /(--|-?[a-zA-Z_\u00A0-\uFFFF])[a-zA-Z0-9\-_\u00A0-\uFFFF]*/,

    // Variables.

    // Less variable names may start with a digit (`@4px: 4px;`), and share this token with at-rules.
    at_keyword: _ => /@[a-zA-Z0-9_\-]+/,

    variable: $ => choice(
      alias($.at_keyword, 'variable'),
      /@@[a-zA-Z0-9_\-]+/,
    ),

    variable_declaration: $ => seq(
      field('name', alias($.at_keyword, $.variable)),
      ':',
      choice(
        seq(optional(field('value', $._expression_list)), optional($.important), ';'),
        // A detached ruleset: `@card: { … }` (the `;` after it is optional).
        seq(field('value', $.block), optional(';')),
      ),
    ),

    _expression_list: $ => seq(
      $._value,
      repeat(seq(optional(','), $._value)),
    ),

    detached_ruleset_call: $ => seq(
      alias($.at_keyword, $.variable),
      token.immediate('('),
      ')',
      ';',
    ),

    interpolation: $ => seq('@{', /[a-zA-Z0-9_\-]+/, '}'),

    _immediate_interpolation: $ => seq(token.immediate('@{'), /[a-zA-Z0-9_\-]+/, '}'),

    // One token for every name glued to what precedes it (`.@{x}-y`, `@{a}-b`).
    _immediate_name: _ => token.immediate(/[a-zA-Z0-9_\-\u00A0-\uFFFF]+/),

    // Mixins.

    // `.m(@a; @b: 2) when (iscolor(@b)) { … }`, `#ns() { … }`, `.m(dark; @c) { … }`.
    mixin_definition: $ => seq(
      field('name', choice($.class_selector, $.id_selector)),
      $.parameters,
      optional($.guard),
      $.block,
    ),

    // `.m(@a)` and, as Less also reads it, `.m (@a)`.
    parameters: $ => seq(
      choice(token.immediate('('), '('),
      sep(choice(',', ';'), $.parameter),
      optional(choice(',', ';')),
      ')',
    ),

    parameter: $ => choice(
      seq(field('name', $.variable), optional(choice(seq(':', field('default', repeat1($._value))), '...'))),
      '...',
      // A pattern to match (`.m(dark; @color)`).
      repeat1($._value),
    ),

    guard: $ => seq('when', sep1(choice(',', 'and', 'or'), $.guard_condition)),

    guard_condition: $ => seq(
      optional('not'),
      '(',
      choice(
        $._value,
        seq($._value, choice('=', '>', '<', '>=', '<=', '=<'), $._value),
        $.guard_condition,
        seq($.guard_condition, repeat1(seq(choice('and', 'or'), $.guard_condition))),
      ),
      ')',
    ),

    // `a when (@mode = dark) { … }`
    guarded_rule_set: $ => seq($.selectors, $.guard, $.block),

    // `.m();`, `.m;`, `#ns > .m(1px; red) !important;`, `#ns.m();`
    mixin_call: $ => seq(
      field('name', alias($._mixin_path, $.mixin_name)),
      optional(alias($._call_arguments, $.arguments)),
      optional($.important),
      ';',
    ),

    // A block's last statement may leave out its `;`, a mixin call too.
    block: $ => seq(
      '{',
      repeat($._block_item),
      optional(choice(
        alias($.last_declaration, $.declaration),
        alias($._last_mixin_call, $.mixin_call),
      )),
      '}',
    ),

    _last_mixin_call: $ => seq(
      field('name', alias($._mixin_path, $.mixin_name)),
      alias($._call_arguments, $.arguments),
      optional($.important),
    ),

    _mixin_path: $ => seq(
      choice($.class_selector, $.id_selector),
      repeat(seq(optional('>'), choice($.class_selector, $.id_selector))),
    ),

    // A function called as a statement: `each(@list, { … });` (Less 3.7+).
    function_call_statement: $ => seq(
      alias($.identifier, $.function_name),
      $.arguments,
      ';',
    ),

    // `&:extend(.a all);` inside a block.
    extend_statement: _ => seq(token(prec(2, seq('&:extend(', /[^)]*/, ')'))), ';'),

    _call_arguments: $ => seq(
      token.immediate('('),
      sep(choice(',', ';'), choice($.keyword_argument, seq(repeat1($._value), optional('...')))),
      optional(choice(',', ';')),
      ')',
    ),

    keyword_argument: $ => seq(
      field('name', $.variable),
      ':',
      field('value', repeat1($._value)),
    ),

    // Selectors.

    _selector: ($, original) => choice(
      original,
      alias($._interpolated_selector, $.interpolated_selector),
    ),

    // A selector that starts with interpolation (`@{prefix}-btn`).
    _interpolated_selector: $ => prec.right(seq(
      $.interpolation,
      repeat(choice(
        alias($._immediate_name, $.identifier),
        alias($._immediate_interpolation, $.interpolation),
      )),
    )),

    class_name: $ => $._name_with_interpolation,

    _name_with_interpolation: $ => prec.right(seq(
      choice($.identifier, $.escape_sequence, $.interpolation),
      repeat(choice(
        alias($._immediate_name, $.identifier),
        $.escape_sequence,
        alias($._immediate_interpolation, $.interpolation),
      )),
    )),

    // `&` may be followed by a name (`&-item`) or interpolation (`&@{x}`), and may follow another
    // simple selector (`.a&`).
    nesting_selector: $ => choice(
      prec.right(seq('&', repeat($._nesting_suffix))),
      prec.left(seq($._selector, token.immediate('&'), repeat($._nesting_suffix))),
    ),

    _nesting_suffix: $ => choice(
      alias($._immediate_name, $.suffix),
      alias($._immediate_interpolation, $.interpolation),
    ),

    attribute_selector: $ => seq(
      optional($._selector),
      token(prec(1, '[')),
      alias(choice($._name_with_interpolation, $.namespace_selector), $.attribute_name),
      optional(seq(choice('=', '~=', '^=', '|=', '*=', '$='), $._value)),
      ']',
    ),

    keyframes_statement: $ => seq(
      choice('@keyframes', alias(/@[-a-z]+keyframes/, $.at_keyword)),
      alias(choice($._name_with_interpolation, $.escaped_string, $.variable), $.keyframes_name),
      $.keyframe_block_list,
    ),

    keyframe_block_list: $ => seq(
      '{',
      repeat(choice($.keyframe_block, $.function_call_statement, $.variable_declaration, $.mixin_call)),
      '}',
    ),

    keyframe_block: $ => seq(
      sep1(',', choice($.from, $.to, $.integer_value, $.float_value, $.variable, $.interpolation)),
      $.block,
    ),

    // Declarations.

    declaration: $ => seq(
      field('property', $._property_name),
      choice(':', alias(token(seq('+', optional('_'), ':')), $.merge)),
      optional(field('value', $._expression_list)),
      optional($.important),
      ';',
    ),

    last_declaration: $ => prec(1, seq(
      field('property', $._property_name),
      choice(':', alias(token(seq('+', optional('_'), ':')), $.merge)),
      field('value', $._expression_list),
      optional($.important),
    )),

    _property_name: $ => choice(
      alias($.identifier, $.property_name),
      // A key of a map (a detached ruleset) may start with a digit (`2xs: 0.625em;`, `0: @x;`).
      alias(/[0-9]+([a-zA-Z_\-][a-zA-Z0-9_\-]*)?/, $.property_name),
      alias($._interpolated_property_name, $.property_name),
    ),

    _interpolated_property_name: $ => prec.right(choice(
      seq($.interpolation, repeat(choice(alias($._immediate_name, $.identifier), alias($._immediate_interpolation, $.interpolation)))),
      seq($.identifier, repeat1(choice(alias($._immediate_name, $.identifier), alias($._immediate_interpolation, $.interpolation)))),
    )),

    // Values.

    _value: ($, original) => choice(
      original,
      $.variable,
      $.property_accessor,
      $.escaped_string,
      $.javascript,
      $.lookup,
      alias($.mixin_call_value, $.call_expression),
      $.unary_expression,
      $.unquoted_url,
      $.escape_sequence,
      $.interpolated_value,
      $.interpolation,
      alias($.detached_ruleset_value, $.block),
    ),

    // Unlike CSS's, a plain value never contains `@`, so `a@{b}` ends before its interpolation.
    plain_value: _ => token(seq(
      repeat(choice(/[-_]/, /\/[^\*\s,;!{}()\[\]@]/)),
      /[a-zA-Z]/,
      repeat(choice(/[^/\s,;!{}()\[\]@]/, /\/[^\*\s,;!{}()\[\]@]/)),
    )),

    // A word glued to interpolation (`icon-@{size}`).
    interpolated_value: $ => prec.right(seq(
      choice($.plain_value, alias($.identifier, $.plain_value)),
      alias($._immediate_interpolation, $.interpolation),
      repeat(choice(
        alias($._immediate_interpolation, $.interpolation),
        alias($._immediate_name, $.plain_value),
      )),
    )),

    // `$color`: the value of another property of the same rule.
    property_accessor: _ => /\$[a-zA-Z_\-][a-zA-Z0-9_\-]*/,

    // `~"calc(100% - @{x})"`, and the JavaScript that old Less evaluated (`` ~`f()` ``).
    escaped_string: $ => seq('~', choice($.string_value, $.javascript)),

    javascript: _ => token(seq('`', /[^`]*/, '`')),

    // `@config[@key]`, `.mixin()[@result]`, `@dr[]`
    lookup: $ => seq(
      choice($.variable, alias($.mixin_call_value, $.call_expression)),
      repeat1(seq(choice(token.immediate('['), '['), optional(choice($.variable, $.identifier, $.property_accessor)), ']')),
    ),

    // `.mixin()` as a value, only to look a result up in it (`.mixin()[@result]`).
    mixin_call_value: $ => seq(
      alias(seq('.', $.class_name), $.class_selector),
      alias($._call_arguments, $.arguments),
    ),

    detached_ruleset_value: $ => prec(-1, seq('{', repeat($._block_item), optional(alias($.last_declaration, $.declaration)), '}')),

    unary_expression: $ => prec(2, seq('-', choice($.variable, $.property_accessor, $.parenthesized_value, $.call_expression))),

    unquoted_url: _ => token(seq(/url\(/i, /[^)'"\s]*/, ')')),

    parenthesized_value: $ => seq(
      '(',
      optional(seq($._expression_list, optional(','))),
      ')',
    ),

    binary_expression: $ => prec.left(seq(
      $._value,
      choice('+', '-', '*', '/', './'),
      $._value,
    )),

    call_expression: $ => choice(
      seq(alias($.identifier, $.function_name), $.arguments),
      // `%("%d/%d", @a, @b)`: Less's format function.
      seq(
        alias(token(prec(1, '%(')), $.function_name),
        sep(',', repeat1($._value)),
        ')',
      ),
    ),

    arguments: $ => seq(
      token.immediate('('),
      sep(choice(',', ';'), choice($.keyword_argument, repeat1($._value), $.comparison, alias('-', $.plain_value))),
      optional(','),
      ')',
    ),

    // `if(@mode = dark, …)`: a condition as a function's argument.
    comparison: $ => seq($._value, choice('=', '>', '<', '>=', '<=', '=<'), $._value),
  },
});
