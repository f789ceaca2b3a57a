// Reads stylesheet paths, one a line, on standard input and prints, for each, whether the parser of
// its own toolchain accepts its syntax: Dart Sass's parser for `.scss`, PostCSS for `.css`, Less's
// own parser (what `lessc` runs before it evaluates) for `.less`. The judges parse and never
// resolve: an undefined variable or an unresolved import is not a syntax error. Output:
// `path<TAB>accepted(1|0)<TAB>note`.
//
// Dart Sass is asked through sass-parser first. sass-parser 0.4 parses every style rule's selector
// eagerly and so rejects keyframe selectors such as `0%`, which Dart Sass itself reads as keyframe
// selectors; when sass-parser rejects a file, Dart Sass compiles it with every load answered by an
// empty module. A compile that succeeds, or fails only while evaluating (an undefined variable,
// mixin, function or module), parsed: Dart Sass parses a whole file before it evaluates any of it.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import postcss from 'postcss';
import less from 'less';
import * as sass from 'sass';
import * as sassParser from 'sass-parser';

const emptyModules = {
  canonicalize: (url) => new URL(`empty:${encodeURIComponent(url)}`),
  load: () => ({ contents: '', syntax: 'scss' }),
};

const evaluationError =
  /^(Undefined (variable|mixin|function|operation)|There is no module|Can't find stylesheet|Module loop|This (module|variable) was (already|not)|.* is not a (number|map|list|string|color|function)|.* isn't a valid CSS value|Incompatible units|Missing argument|No arguments? named|Only \d+ arguments? allowed|Expected .* to be|\$\w+: )/;

function firstLine(error) {
  return String(error.sassMessage ?? error.message ?? error).split('\n')[0].replace(/\t/g, ' ');
}

/** Parses Less without following its imports. */
function parseLess(path, text) {
  return new Promise((resolve, reject) => {
    less.parse(text, { processImports: false, filename: path }, (error) =>
      error ? reject(new Error(`${error.message} (line ${error.line})`)) : resolve(),
    );
  });
}

/** Returns a note when the text is accepted; throws the judge's error when it is not. */
async function judge(path, text) {
  if (path.endsWith('.less')) {
    await parseLess(path, text);
    return '';
  }
  if (!path.endsWith('.scss')) {
    postcss.parse(text);
    return '';
  }
  try {
    sassParser.scss.parse(text);
    return '';
  } catch (parserError) {
    try {
      sass.compileString(text, { importers: [emptyModules], logger: sass.Logger.silent });
      return `sass-parser rejected (${firstLine(parserError)}); Dart Sass compiles it`;
    } catch (compileError) {
      if (evaluationError.test(firstLine(compileError))) {
        return `sass-parser rejected (${firstLine(parserError)}); Dart Sass parsed it and stopped evaluating: ${firstLine(compileError)}`;
      }
      throw compileError;
    }
  }
}

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const path of lines) {
  if (!path) continue;
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    console.log(`${path}\t0\tunreadable: ${firstLine(error)}`);
    continue;
  }
  try {
    console.log(`${path}\t1\t${await judge(path, text)}`);
  } catch (error) {
    console.log(`${path}\t0\t${firstLine(error)}`);
  }
}
