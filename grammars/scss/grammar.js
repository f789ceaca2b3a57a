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
import { preludeChunk, sep, sep1, sharedRules } from '../common/css-family.js';

export default grammar(CSS, {
  name: 'scss',

  conflicts: ($, original) => original.concat([
    [$._query, $._value],
    [$._interpolated_selector, $._value],
    [$._name_with_interpolation, $._interpolated_selector],
    [$._interpolated_selector, $._interpolated_property_name],
    [$._interpolated_selector, $.interpolated_value],
  ]),

  inline: ($, original) => original.concat([
    $._expression_list,
  ]),

  rules: {
    ...sharedRules,

    // A file's last statement may leave out its `;` (`$x: 1` at the end of a partial).
    stylesheet: $ => seq(
      repeat($._top_level_item),
      optional(alias($.last_variable_declaration, $.variable_declaration)),
    ),

    _top_level_item: ($, original) => choice(
      original,
      $.empty_statement,
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
      $.postcss_mixin_statement,
    ),

    // tree-sitter-css's own list without its `postcss_statement`, whose prelude had to be a list
    // of values: the generic `at_rule` below reads any prelude, in blocks and at top level alike.
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
      $.postcss_mixin_statement,
    ),

    // A block's last statement may leave out its `;`: a declaration (tree-sitter-css), a variable,
    // an `@include` or `@content`.
    block: $ => seq(
      '{',
      repeat($._block_item),
      optional(choice(
        alias($.last_declaration, $.declaration),
        alias($.last_variable_declaration, $.variable_declaration),
        alias($._last_include, $.include_statement),
        alias($._last_content, $.content_statement),
        alias($._last_at_rule, $.at_rule),
      )),
      '}',
    ),

    // `.prose hr { @apply my-6 }`: PostCSS and browsers end a statement at its block's `}`.
    _last_at_rule: $ => prec(1, seq(
      $.at_keyword,
      optional($.at_rule_prelude),
    )),

    last_variable_declaration: $ => prec(1, seq(
      field('name', choice($.variable, $.namespaced_variable)),
      ':',
      field('value', $._variable_value),
      repeat(choice($.default_flag, $.global_flag)),
    )),

    _last_include: $ => prec(1, seq(
      '@include',
      field('name', alias($._mixin_reference, $.mixin_name)),
      optional(choice($.arguments, alias($._spaced_arguments, $.arguments))),
    )),

    _last_content: $ => prec(1, seq('@content', optional($.arguments))),

    // A run of prelude text without whitespace (`grammars/common/css-family.js`).
    _prelude_chunk: _ => preludeChunk('#'),

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
      optional(alias($.at_rule_prelude, $.import_conditions)),
      ';',
    ),

    // CSS names may hold any character beyond ASCII (`.ͼo`, `.日本`), not only Latin-1's.
    identifier: _ => /(--|-?[a-zA-Z_\u00A0-\uFFFF])[a-zA-Z0-9\-_\u00A0-\uFFFF]*/,

    // Variables.

    variable: _ => /\$[a-zA-Z_\-\u00A0-\uFFFF][a-zA-Z0-9_\-\u00A0-\uFFFF]*/,

    namespaced_variable: _ => token(prec(2, seq(
      /[a-zA-Z_\-][a-zA-Z0-9_\-]*/,
      '.',
      /\$[a-zA-Z_\-][a-zA-Z0-9_\-]*/,
    ))),

    variable_declaration: $ => seq(
      field('name', choice($.variable, $.namespaced_variable)),
      ':',
      field('value', $._variable_value),
      repeat(choice($.default_flag, $.global_flag)),
      ';',
    ),

    // `- $gap`: a minus and a space before a variable's whole value negate it.
    _variable_value: $ => choice(
      $._expression_list,
      alias(seq('-', $._value), $.unary_expression),
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

    // postcss-mixins' `@mixin name args;` in a `.css` file: a use of a mixin, without a block or
    // with one that the mixin receives (`@mixin smaller-than 755px { … }`).
    postcss_mixin_statement: $ => seq(
      alias('@mixin', $.at_keyword),
      field('name', $.identifier),
      choice(
        seq(optional($.at_rule_prelude), ';'),
        seq($.at_rule_prelude, $.block),
      ),
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
      optional(choice($.arguments, alias($._spaced_arguments, $.arguments))),
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
      optional(choice($.selectors, $.feature_query)),
      $.block,
    ),

    // Selectors.

    // tree-sitter-css's, with CSS Modules' `:global(…)`/`:local(…)` and Vue's `:deep(…)` among the
    // pseudo-classes whose argument is a selector, so that `:global(body.dark)` is a tag and a
    // class rather than a namespaced function's name.
    pseudo_class_selector: $ => seq(
      optional($._selector),
      alias($._pseudo_class_selector_colon, ':'),
      choice(
        seq(
          alias(
            choice('has', 'not', 'is', 'where', 'host', 'host-context', 'global', 'local', 'deep'),
            $.class_name,
          ),
          alias($.pseudo_class_with_selector_arguments, $.arguments),
          // Interpolation glued after the arguments (`:not(.a)#{$suffix}`).
          repeat(alias($._immediate_interpolation, $.interpolation)),
        ),
        $._nth_child_pseudo_class_selector,
        seq(
          $.class_name,
          optional(alias($.pseudo_class_arguments, $.arguments)),
        ),
        alias('host', $.class_name),
        alias('global', $.class_name),
        alias('local', $.class_name),
      ),
    ),

    _selector: ($, original) => choice(
      original,
      $.placeholder_selector,
      alias($._interpolated_selector, $.interpolated_selector),
    ),


    // A selector that starts with interpolation and may glue more names and interpolations to it
    // (`#{$prefix}#{$name}-text`).
    _interpolated_selector: $ => prec.right(seq(
      choice(
        $.interpolation,
        // A tag glued to interpolation (`a#{&}`).
        seq(alias($.identifier, $.tag_name), alias($._immediate_interpolation, $.interpolation)),
      ),
      repeat(choice(
        alias($._immediate_name, $.identifier),
        alias($._immediate_interpolation, $.interpolation),
        alias($._glued_dash_interpolation, $.interpolation),
      )),
    )),

    // One token for every name glued to what precedes it (`&__item`, `#{$x}-text`, `--c-#{$n}-x`),
    // so that states reading different ones never make the lexer choose between equal texts.
    _immediate_name: _ => token.immediate(/[a-zA-Z0-9_\-\u00A0-\uFFFF]+/),

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

    keyframes_statement: $ => seq(
      choice(
        '@keyframes',
        alias(/@[-a-z]+keyframes/, $.at_keyword),
      ),
      alias($._name_with_interpolation, $.keyframes_name),
      $.keyframe_block_list,
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
      prec.right(seq('&', repeat($._nesting_suffix))),
      prec.left(seq(
        $._selector,
        token.immediate('&'),
        repeat($._nesting_suffix),
      )),
    ),

    // What may be glued to `&`: a name (`&__item`) or interpolation (`&#{$infix}`, `&--#{$x}`).
    _nesting_suffix: $ => choice(
      alias($._immediate_name, $.suffix),
      alias($._immediate_interpolation, $.interpolation),
      alias($._glued_dash_interpolation, $.interpolation),
    ),

    // Pseudo-elements and `:nth-child()` arguments may be interpolated (`&::#{$pseudo}`).
    pseudo_element_selector: $ => seq(
      optional($._selector),
      '::',
      alias($._name_with_interpolation, $.tag_name),
      optional(alias($.pseudo_element_arguments, $.arguments)),
    ),

    pseudo_class_nth_child_arguments: $ => prec(-1, seq(
      token.immediate('('),
      choice(
        alias('even', $.plain_value),
        alias('odd', $.plain_value),
        $.integer_value,
        alias($._nth_functional_notation, $.plain_value),
        // `#{$n}n+1`, `-n + #{$count}`
        prec.right(repeat1(choice(
          $.interpolation,
          alias($._nth_functional_notation, $.plain_value),
          alias($._immediate_name, $.plain_value),
          alias(/[-+]?([0-9]+n?|n)/, $.plain_value),
          '+',
          '-',
        ))),
      ),
      optional(seq('of', $._selector)),
      ')',
    )),

    class_name: $ => $._name_with_interpolation,

    _name_with_interpolation: $ => prec.right(seq(
      choice($.identifier, $.escape_sequence, $.interpolation),
      repeat(choice(
        alias($._immediate_name, $.identifier),
        $.escape_sequence,
        $.interpolation,
        alias($._immediate_interpolation, $.interpolation),
        alias($._glued_dash_interpolation, $.interpolation),
        alias($._glued_postcss_variable, $.interpolation),
      )),
    )),

    // postcss-simple-vars and postcss-mixins substitute `$(name)` in names (`.is-$(network)`) and
    // values.
    _glued_postcss_variable: _ => token.immediate(seq('$(', /[a-zA-Z0-9_\-]+/, ')')),
    postcss_variable: _ => token(seq('$(', /[a-zA-Z0-9_\-]+/, ')', /[a-zA-Z0-9_.\-]*/)),

    // Declarations.

    // The value may be empty: `--x: ;` is a custom property set to nothing (valid CSS); the walker
    // reports an empty value of any other property.
    declaration: $ => choice(
      seq(
        field('property', $._property_name),
        ':',
        optional(seq(field('value', $._expression_list), optional(','))),
        optional($.important),
        ';',
      ),
      seq(
        field('property', alias($._custom_property_head, $.property_name)),
        ':',
        optional(field('value', $.custom_property_value)),
        ';',
      ),
    ),

    // A custom property's value is any run of tokens (CSS Variables), and Sass reads it so too,
    // evaluating only `#{…}`: `--fill: .;`, `--shadow: 0 0 #0000 !important;`.
    _custom_property_name: _ => token(prec(1, /--[a-zA-Z0-9_\-\u00A0-\uFFFF]*/)),

    // `--#{$prefix}btn-bg`, `--Stack-gap#{$range}`: interpolation glued to the name.
    _custom_property_head: $ => prec.right(seq(
      $._custom_property_name,
      repeat(choice(
        alias($._immediate_name, $.identifier),
        alias($._immediate_interpolation, $.interpolation),
        alias($._glued_dash_interpolation, $.interpolation),
      )),
    )),

    custom_property_value: $ => repeat1(choice($._prelude_chunk, $.interpolation)),


    // A value list may end with a comma (`transition: a 1s, b 2s,`), which Sass drops.
    last_declaration: $ => prec(1, choice(
      seq(
        field('property', $._property_name),
        ':',
        field('value', $._expression_list),
        optional(','),
        optional($.important),
      ),
      seq(
        field('property', alias($._custom_property_head, $.property_name)),
        ':',
        field('value', $.custom_property_value),
      ),
    )),

    _property_name: $ => choice(
      alias($.identifier, $.property_name),
      alias($._interpolated_property_name, $.property_name),
    ),

    _interpolated_property_name: $ => prec.right(choice(
      seq(
        $.interpolation,
        repeat(choice(
          alias($._immediate_name, $.identifier),
          $.interpolation,
          alias($._immediate_interpolation, $.interpolation),
          alias($._glued_dash_interpolation, $.interpolation),
        )),
      ),
      seq(
        $.identifier,
        repeat1(choice(
          alias($._immediate_name, $.identifier),
          $.interpolation,
          alias($._immediate_interpolation, $.interpolation),
          alias($._glued_dash_interpolation, $.interpolation),
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
      $.range_query,
    ),

    // Media Queries 4 ranges: `(width <= 991px)`, `(400px < width < 800px)`.
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
      $.namespaced_variable,
      $.interpolation,
      $.call_expression,
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
      alias($.escaped_number, $.plain_value),
      alias($.syntax_type, $.plain_value),
      // `a.b` without arguments is a word (`svg-load(icon.svg)`), not a Sass module's function.
      alias($._namespaced_function, $.plain_value),
      $.escape_sequence,
      $.interpolated_value,
      $.negated_interpolation,
      alias($.postcss_variable, $.interpolation),
      prec(-1, alias('&', $.parent_reference)),
      alias('null', $.null_value),
    ),

    interpolation: $ => seq('#{', $._expression_list, '}'),

    // A word glued to interpolation in a value (`--color-#{$name}`, `icon-#{$size}-x`).
    interpolated_value: $ => prec.right(seq(
      choice($.plain_value, alias($.identifier, $.plain_value)),
      alias($._immediate_interpolation, $.interpolation),
      repeat(choice(
        alias($._immediate_interpolation, $.interpolation),
        alias($._immediate_name, $.plain_value),
      )),
    )),

    // Unlike CSS's, a plain value never contains `:` or `#`, so that a map key (`(sm: 576px)`) is
    // not read as one word and `--color-#{$name}` ends before its interpolation, nor `$` after a
    // `/` (`icons/$(name).svg`); unquoted URLs, which may contain all three, get a token of their
    // own.
    plain_value: _ => token(seq(
      repeat(choice(
        /[-_]/,
        /\/[^\*\s,;!{}()\[\]:]/,
      )),
      /[a-zA-Z]/,
      repeat(choice(
        /[^/\s,;!{}()\[\]:#]/,
        /\/[^\*\s,;!{}()\[\]:#$]/,
      )),
    )),

    // A number with an escape in it (`1\.5`, a map key naming the class `.p-1\.5`).
    escaped_number: _ => token(prec(1, seq(/\d+/, repeat1(seq('\\', /[^\s0-9a-fA-F]/, /[0-9a-zA-Z_\-]*/))))),

    // A syntax type in `attr(width type(<number>))` or `@property`'s `syntax`.
    syntax_type: _ => token(seq('<', /[a-zA-Z][a-zA-Z0-9\-]*/, optional('+'), '>')),

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
      field('value', choice(
        prec.right(repeat1($._value)),
        // `- 1`: a minus and a space before a map's value negate it.
        alias(seq('-', $._value), $.unary_expression),
      )),
      optional($.default_flag),
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

    // `-#{$gap}`: a minus glued to interpolation negates it.
    negated_interpolation: $ => seq(alias(token(prec(1, '-#{')), '-#{'), $._expression_list, '}'),

    // In a name, `-#{` glued to what precedes it is a dash and interpolation (`#{$a}-#{$b}: x`).
    _glued_dash_interpolation: $ => seq(
      alias(token.immediate(prec(1, '-#{')), '-#{'),
      $._expression_list,
      '}',
    ),

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

    // Sass allows a space between a mixin's name and its arguments (`@include x () {…}`).
    _spaced_arguments: $ => seq(
      '(',
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
