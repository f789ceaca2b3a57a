// rebrand's external scanner for the SCSS grammar: decides, by looking ahead, whether whitespace is a
// descendant combinator and whether a colon starts a pseudo-class, which a context-free grammar
// cannot tell from a declaration inside a nested block (`a:hover {` versus `color:red;`).

#include "tree_sitter/parser.h"

#include <stdbool.h>
#include <wctype.h>

enum TokenType {
    DESCENDANT_OPERATOR,
    PSEUDO_CLASS_SELECTOR_COLON,
    ERROR_RECOVERY,
};

void *tree_sitter_scss_external_scanner_create(void) { return NULL; }

void tree_sitter_scss_external_scanner_destroy(void *payload) { (void)payload; }

unsigned tree_sitter_scss_external_scanner_serialize(void *payload, char *buffer) {
    (void)payload;
    (void)buffer;
    return 0;
}

void tree_sitter_scss_external_scanner_deserialize(void *payload, const char *buffer, unsigned length) {
    (void)payload;
    (void)buffer;
    (void)length;
}

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

// Scans forward, skipping strings, parentheses and `#{…}` interpolation, and reports whether a `{`
// (a rule's block) comes before a `;` or `}` (the end of a declaration).
static bool block_comes_first(TSLexer *lexer) {
    int depth = 0;
    while (!lexer->eof(lexer)) {
        int32_t c = lexer->lookahead;
        if (c == '"' || c == '\'') {
            skip_quoted(lexer, c);
            continue;
        }
        if (c == '#') {
            advance(lexer);
            if (lexer->lookahead == '{') {
                int interpolation_depth = 1;
                advance(lexer);
                while (!lexer->eof(lexer) && interpolation_depth > 0) {
                    if (lexer->lookahead == '{') interpolation_depth++;
                    if (lexer->lookahead == '}') interpolation_depth--;
                    advance(lexer);
                }
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

static bool starts_selector(int32_t c) {
    return iswalnum(c) || c == '#' || c == '.' || c == '[' || c == '-' || c == '_' || c == '*' ||
           c == '&' || c == ':' || c == '%' || c > 0x7F;
}

bool tree_sitter_scss_external_scanner_scan(void *payload, TSLexer *lexer, const bool *valid_symbols) {
    (void)payload;
    if (valid_symbols[ERROR_RECOVERY]) {
        return false;
    }

    if (valid_symbols[DESCENDANT_OPERATOR] && iswspace(lexer->lookahead)) {
        while (iswspace(lexer->lookahead)) {
            lexer->advance(lexer, true);
        }
        lexer->mark_end(lexer);
        if (starts_selector(lexer->lookahead) && block_comes_first(lexer)) {
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
