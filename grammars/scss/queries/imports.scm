; Stylesheet dependencies, for linking: `@use`, `@forward` and `@import` targets with their
; namespaces. Captures: @use/@forward/@import (the statement), @url (the quoted target),
; @namespace (`as x` or `as *`).

(use_statement
  url: (string_value) @url
  namespace: (_)? @namespace) @use

(forward_statement
  url: (string_value) @url) @forward

(import_statement
  (string_value) @url) @import

(import_statement
  (call_expression
    (function_name) @_function
    (arguments
      (string_value) @url))
  (#eq? @_function "url")) @import
