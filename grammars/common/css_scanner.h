// rebrand's external scanner for its CSS-family grammars (SCSS, Less), shared by both: it decides,
// by looking ahead, whether whitespace is a descendant combinator and whether a colon starts a
// pseudo-class, which a context-free grammar cannot tell from a declaration inside a nested block
// (`a:hover {` versus `color:red;`). Each grammar's `src/scanner.c` includes this file and exports
// the five functions tree-sitter expects under its own name.

#include "tree_sitter/parser.h"

#include <stdbool.h>
#include <wctype.h>

enum TokenType {
    DESCENDANT_OPERATOR,
    PSEUDO_CLASS_SELECTOR_COLON,
    ERROR_RECOVERY,
};

static void advance(TSLexer *lexer) { lexer->advance(lexer, false); }

static void skip_quoted(TSLexer *lexer, int32_t quote) {
    advance(lexer);
    while (!lexer->eof(lexer) && lexer->lookahead != quote && lexer->lookahead != '\n') {
        if (lexer->lookahead == '\\') {
            advance(lexer);
        }
        advance(lexer);
    }
    if (lexer->lookahead == quote) {
        advance(lexer);
    }
}

// Skips the `{…}` of an interpolation whose `#` or `@` has just been read.
static void skip_interpolation(TSLexer *lexer) {
    int depth = 1;
    advance(lexer);
    while (!lexer->eof(lexer) && depth > 0) {
        if (lexer->lookahead == '{') depth++;
        if (lexer->lookahead == '}') depth--;
        advance(lexer);
    }
}

// Scans forward, skipping strings, parentheses and `#{…}`/`@{…}` interpolation, and reports
// whether a `{` (a rule's block) comes before a `;` or `}` (the end of a declaration).
static bool block_comes_first(TSLexer *lexer) {
    int depth = 0;
    while (!lexer->eof(lexer)) {
        int32_t c = lexer->lookahead;
        if (c == '"' || c == '\'') {
            skip_quoted(lexer, c);
            continue;
        }
        if (c == '#' || c == '@') {
            advance(lexer);
            if (lexer->lookahead == '{') {
                skip_interpolation(lexer);
            }
            continue;
        }
        if (c == '(') {
            depth++;
        } else if (c == ')') {
            if (depth > 0) depth--;
        } else if (depth == 0) {
            if (c == '{') return true;
            if (c == ';' || c == '}') return false;
        }
        advance(lexer);
    }
    return false;
}

static bool starts_selector(int32_t c, bool less) {
    return iswalnum(c) || c == '#' || c == '.' || c == '[' || c == '-' || c == '_' || c == '*' ||
           c == '&' || c == ':' || c == '%' || c > 0x7F || (less && c == '@');
}

// Whether the lexer stands at Less's `when` keyword (a guard), which is no descendant selector.
static bool at_guard(TSLexer *lexer) {
    const char *word = "when";
    for (int i = 0; word[i]; i++) {
        if (lexer->lookahead != word[i]) return false;
        advance(lexer);
    }
    return iswspace(lexer->lookahead) || lexer->lookahead == '(';
}

static bool scan_css_family(TSLexer *lexer, const bool *valid_symbols, bool less) {
    if (valid_symbols[ERROR_RECOVERY]) {
        return false;
    }

    if (valid_symbols[DESCENDANT_OPERATOR] && iswspace(lexer->lookahead)) {
        while (iswspace(lexer->lookahead)) {
            lexer->advance(lexer, true);
        }
        lexer->mark_end(lexer);
        if (less && lexer->lookahead == 'w' && at_guard(lexer)) {
            return false;
        }
        if (starts_selector(lexer->lookahead, less) && block_comes_first(lexer)) {
            lexer->result_symbol = DESCENDANT_OPERATOR;
            return true;
        }
        return false;
    }

    if (valid_symbols[PSEUDO_CLASS_SELECTOR_COLON]) {
        while (iswspace(lexer->lookahead)) {
            lexer->advance(lexer, true);
        }
        if (lexer->lookahead != ':') {
            return false;
        }
        advance(lexer);
        lexer->mark_end(lexer);
        // `::` is a pseudo-element; whitespace or `{` after the colon means a declaration or a
        // nested property (`font: { family: x }`), never a pseudo-class.
        if (lexer->lookahead == ':' || iswspace(lexer->lookahead) || lexer->lookahead == '{') {
            return false;
        }
        if (block_comes_first(lexer)) {
            lexer->result_symbol = PSEUDO_CLASS_SELECTOR_COLON;
            return true;
        }
        return false;
    }

    return false;
}
