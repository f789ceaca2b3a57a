/**
 * @file rebrand's SCSS grammar: tree-sitter-css extended with the modern Sass language.
 *
 * Covers the module system (`@use … as x`, `@use … as *`, `@forward … show/hide/as`, `sass:` modules),
 * namespaced members (`ns.$var`, `ns.fn()`, `@include ns.mixin`), variables with `!default`/`!global`,
 * maps and lists, `@mixin`/`@include`/`@content`, `@function`/`@return`, `@if`/`@else`, `@each`,
 * `@for`, `@while`, `@extend` with placeholder selectors, `@at-root`, `@debug`/`@warn`/`@error`,
 * interpolation `#{…}` in selectors, property names, values and media queries, nested properties,
 * and `&` suffixes (`&__item`, `&--active`).
 */

/// <reference types="tree-sitter-cli/dsl" />
// @ts-check

import CSS from 'tree-sitter-css/grammar.js';

export default grammar(CSS, {
  name: 'scss',

  conflicts: ($, original) => original.concat([
    [$._query, $._value],
    [$._interpolated_selector, $._value],
    [$._name_with_interpolation, $._interpolated_selector],
  ]),

  inline: ($, original) => original.concat([
    $._expression_list,
  ]),

  rules: {
    _top_level_item: ($, original) => choice(
      original,
      $.variable_declaration,
      $.use_statement,
      $.forward_statement,
      $.mixin_statement,
      $.function_statement,
      $.include_statement,
      $.extend_statement,
      $.if_statement,
      $.each_statement,
      $.for_statement,
      $.while_statement,
      $.debug_statement,
      $.at_root_statement,
      $.container_statement,
    ),

    _block_item: ($, original) => choice(
      original,
      $.variable_declaration,
      $.include_statement,
      $.extend_statement,
      $.if_statement,
      $.each_statement,
      $.for_statement,
      $.while_statement,
      $.debug_statement,
      $.at_root_statement,
      $.return_statement,
      $.content_statement,
      $.nested_property,
      $.mixin_statement,
      $.function_statement,
      $.container_statement,
    ),

    // The module system.

    use_statement: $ => seq(
      '@use',
      field('url', $.string_value),
      optional(seq('as', field('namespace', choice($.identifier, alias('*', $.wildcard))))),
      optional(seq('with', field('configuration', $.map_value))),
      ';',
    ),

    forward_statement: $ => seq(
      '@forward',
      field('url', $.string_value),
      optional(seq('as', field('prefix', alias(/[a-zA-Z_\-][a-zA-Z0-9_\-]*\*/, $.forward_prefix)))),
      optional(seq(
        choice('show', 'hide'),
        sep1(',', choice($.identifier, $.variable)),
      )),
      optional(seq('with', field('configuration', $.map_value))),
      ';',
    ),

    import_statement: $ => seq(
      '@import',
      sep1(',', $._value),
      ';',
    ),

    // Variables.

    variable: _ => /\$[a-zA-Z_\-\xA0-\xFF][a-zA-Z0-9_\-\xA0-\xFF]*/,

    namespaced_variable: _ => token(prec(2, seq(
      /[a-zA-Z_\-][a-zA-Z0-9_\-]*/,
      '.',
      /\$[a-zA-Z_\-][a-zA-Z0-9_\-]*/,
    ))),

    variable_declaration: $ => seq(
      field('name', choice($.variable, $.namespaced_variable)),
      ':',
      field('value', $._expression_list),
      repeat(choice($.default_flag, $.global_flag)),
      ';',
    ),

    default_flag: _ => '!default',
    global_flag: _ => '!global',

    _expression_list: $ => seq(
      $._value,
      repeat(seq(optional(','), $._value)),
    ),

    // Mixins and functions.

    mixin_statement: $ => seq(
      '@mixin',
      field('name', $.identifier),
      optional($.parameters),
      $.block,
    ),

    function_statement: $ => seq(
      '@function',
      field('name', $.identifier),
      $.parameters,
      $.block,
    ),

    parameters: $ => seq(
      '(',
      sep(',', $.parameter),
      optional(','),
      ')',
    ),

    parameter: $ => seq(
      field('name', $.variable),
      optional(choice(
        seq(':', field('default', repeat1($._value))),
        '...',
      )),
    ),

    return_statement: $ => seq('@return', $._expression_list, ';'),

    include_statement: $ => seq(
      '@include',
      field('name', alias($._mixin_reference, $.mixin_name)),
      optional($.arguments),
      optional(seq('using', $.parameters)),
      choice(';', $.block),
    ),

    _mixin_reference: _ => token(seq(
      /[a-zA-Z_\-][a-zA-Z0-9_\-]*/,
      optional(seq('.', /[a-zA-Z_\-][a-zA-Z0-9_\-]*/)),
    )),

    content_statement: $ => seq('@content', optional($.arguments), ';'),

    // `@extend` and placeholders.

    extend_statement: $ => seq(
      '@extend',
      sep1(',', $._selector),
      optional('!optional'),
      ';',
    ),

    placeholder_selector: $ => seq(
      optional($._selector),
      '%',
      alias($._name_with_interpolation, $.placeholder_name),
    ),

    // Control flow.

    if_statement: $ => prec.right(seq(
      '@if',
      field('condition', $._expression_list),
      $.block,
      repeat($.else_if_clause),
      optional($.else_clause),
    )),

    else_if_clause: $ => seq(
      choice(seq('@else', 'if'), '@elseif'),
      field('condition', $._expression_list),
      $.block,
    ),

    else_clause: $ => seq('@else', $.block),

    each_statement: $ => seq(
      '@each',
      sep1(',', $.variable),
      'in',
      $._expression_list,
      $.block,
    ),

    for_statement: $ => seq(
      '@for',
      $.variable,
      'from',
      $._value,
      choice('through', 'to'),
      $._value,
      $.block,
    ),

    while_statement: $ => seq('@while', $._expression_list, $.block),

    debug_statement: $ => seq(
      choice('@debug', '@warn', '@error'),
      $._expression_list,
      ';',
    ),

    at_root_statement: $ => seq(
      '@at-root',
      optional($.selectors),
      $.block,
    ),

    // Selectors.

    _selector: ($, original) => choice(
      original,
      $.placeholder_selector,
      alias($._interpolated_selector, $.interpolated_selector),
    ),

    // A selector that starts with interpolation and may glue more names and interpolations to it
    // (`#{$prefix}#{$name}-text`).
    _interpolated_selector: $ => prec.right(seq(
      $.interpolation,
      repeat(choice(
        alias(token.immediate(/[a-zA-Z0-9_\-\xA0-\xFF]+/), $.identifier),
        alias($._immediate_interpolation, $.interpolation),
      )),
    )),

    _immediate_interpolation: $ => seq(token.immediate('#{'), $._expression_list, '}'),

    attribute_selector: $ => seq(
      optional($._selector),
      token(prec(1, '[')),
      alias(choice($._name_with_interpolation, $.namespace_selector), $.attribute_name),
      optional(seq(
        choice('=', '~=', '^=', '|=', '*=', '$='),
        $._value,
      )),
      ']',
    ),

    keyframe_block: $ => seq(
      sep1(',', choice($.from, $.to, $.integer_value, $.float_value, $.interpolation)),
      $.block,
    ),

    container_statement: $ => seq(
      '@container',
      repeat1($._query),
      $.block,
    ),

    // `&` may follow another simple selector in one compound (`[data-error]&:checked`, and
    // styled-components' `&&` for specificity).
    nesting_selector: $ => choice(
      seq('&', optional(alias(token.immediate(/[a-zA-Z0-9_\-]+/), $.suffix))),
      prec.left(seq(
        $._selector,
        token.immediate('&'),
        optional(alias(token.immediate(/[a-zA-Z0-9_\-]+/), $.suffix)),
      )),
    ),

    class_name: $ => $._name_with_interpolation,

    _name_with_interpolation: $ => prec.right(seq(
      choice($.identifier, $.escape_sequence, $.interpolation),
      repeat(choice(
        alias(token.immediate(/[a-zA-Z0-9_\-\xA0-\xFF]+/), $.identifier),
        $.escape_sequence,
        $.interpolation,
      )),
    )),

    // Declarations.

    declaration: $ => seq(
      field('property', $._property_name),
      ':',
      field('value', $._expression_list),
      optional($.important),
      ';',
    ),

    last_declaration: $ => prec(1, seq(
      field('property', $._property_name),
      ':',
      field('value', $._expression_list),
      optional($.important),
    )),

    _property_name: $ => choice(
      alias($.identifier, $.property_name),
      alias($._interpolated_property_name, $.property_name),
    ),

    _interpolated_property_name: $ => prec.right(choice(
      seq(
        $.interpolation,
        repeat(choice(
          alias(token.immediate(/[a-zA-Z0-9_\-]+/), $.identifier),
          $.interpolation,
        )),
      ),
      seq(
        $.identifier,
        repeat1(choice(
          alias(token.immediate(/[a-zA-Z0-9_\-]+/), $.identifier),
          $.interpolation,
        )),
      ),
    )),

    nested_property: $ => seq(
      field('property', $._property_name),
      ':',
      optional($._expression_list),
      $.block,
    ),

    // Media queries may be written with variables and interpolation.

    _query: ($, original) => choice(
      original,
      $.interpolation,
      $.variable,
    ),

    // Values.

    _value: ($, original) => choice(
      original,
      $.variable,
      $.namespaced_variable,
      $.interpolation,
      $.map_value,
      $.unary_expression,
      $.negated_variable,
      $.negated_parenthesis,
      $.unquoted_url,
      $.escape_sequence,
      $.interpolated_value,
      alias('null', $.null_value),
    ),

    interpolation: $ => seq('#{', $._expression_list, '}'),

    // A word glued to interpolation in a value (`--color-#{$name}`, `icon-#{$size}-x`).
    interpolated_value: $ => prec.right(seq(
      choice($.plain_value, alias($.identifier, $.plain_value)),
      alias($._immediate_interpolation, $.interpolation),
      repeat(choice(
        alias($._immediate_interpolation, $.interpolation),
        alias(token.immediate(/[a-zA-Z0-9_\-]+/), $.plain_value),
      )),
    )),

    // Unlike CSS's, a plain value never contains `:` or `#`, so that a map key (`(sm: 576px)`) is
    // not read as one word and `--color-#{$name}` ends before its interpolation; unquoted URLs,
    // which may contain both, get a token of their own.
    plain_value: _ => token(seq(
      repeat(choice(
        /[-_]/,
        /\/[^\*\s,;!{}()\[\]:]/,
      )),
      /[a-zA-Z]/,
      repeat(choice(
        /[^/\s,;!{}()\[\]:#]/,
        /\/[^\*\s,;!{}()\[\]:#]/,
      )),
    )),

    unquoted_url: _ => token(seq(/url\(/i, /[^)'"\s]*/, ')')),

    map_value: $ => seq(
      '(',
      sep1(',', $.map_pair),
      optional(','),
      ')',
    ),

    map_pair: $ => seq(
      field('key', $._value),
      ':',
      field('value', prec.right(repeat1($._value))),
    ),

    parenthesized_value: $ => seq(
      '(',
      optional(seq($._expression_list, optional(','))),
      ')',
    ),

    binary_expression: $ => prec.left(seq(
      $._value,
      choice('+', '-', '*', '/', alias(token(prec(-1, '%')), '%'), '==', '!=', '<', '>', '<=', '>=', 'and', 'or'),
      $._value,
    )),

    unary_expression: $ => prec(2, seq('not', $._value)),

    // A minus sign glued to a variable negates it (`-$gutter`); with a space it is subtraction.
    negated_variable: _ => token(seq('-', /\$[a-zA-Z_\-][a-zA-Z0-9_\-]*/)),

    // `-($gap * 2)`: a minus glued to a parenthesis negates it.
    negated_parenthesis: $ => seq(alias(token('-('), '-('), optional($._expression_list), ')'),

    call_expression: $ => seq(
      field('function', alias(choice($.identifier, $._namespaced_function), $.function_name)),
      $.arguments,
    ),

    _namespaced_function: _ => token(prec(1, seq(
      /[a-zA-Z_\-][a-zA-Z0-9_\-]*/,
      '.',
      /[a-zA-Z_\-][a-zA-Z0-9_\-]*/,
    ))),

    arguments: $ => seq(
      token.immediate('('),
      sep(choice(',', ';'), choice($.keyword_argument, seq(repeat1($._value), optional('...')))),
      optional(','),
      ')',
    ),

    keyword_argument: $ => seq(
      field('name', $.variable),
      ':',
      field('value', repeat1($._value)),
    ),
  },
});

/**
 * One or more `rule` separated by `separator`, possibly none.
 *
 * @param {RuleOrLiteral} separator
 * @param {RuleOrLiteral} rule
 * @returns {ChoiceRule}
 */
function sep(separator, rule) {
  return optional(sep1(separator, rule));
}

/**
 * One or more `rule` separated by `separator`.
 *
 * @param {RuleOrLiteral} separator
 * @param {RuleOrLiteral} rule
 * @returns {SeqRule}
 */
function sep1(separator, rule) {
  return seq(rule, repeat(seq(separator, rule)));
}
