// The template conformance judge: stylis, the preprocessor inside styled-components and emotion,
// says what each CSS-in-JS template declares; rebrand's facts must say the same.
//
//   node stylis-judge.mjs ROOT FACTS.json [--stylis 4.3|4.2|3] [--show N]
//
// FACTS.json is `rebrand analyze ROOT --format json`. For every template rebrand found, the
// judge substitutes what rebrand resolved statically into the template's text and the same
// placeholder rebrand parses for every other `${…}`, lets stylis compile and serialise it as the
// library would (a component's CSS inside one class, global CSS as it is, keyframes inside
// `@keyframes`), and compares the (at-rules, selector, property, value) of every declaration
// stylis emits with rebrand's declarations and custom properties for that template.
// It prints one summary line (stylis declarations, how many rebrand has, the share, rebrand's
// extra ones, templates with a parse problem) and the first N disagreements.

import { readFileSync } from "node:fs";
import { join } from "node:path";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 ? args.splice(index, 2)[1] : fallback;
};
const version = option("--stylis", "4.3");
const show = Number(option("--show", "20"));
const [root, factsPath] = args;
if (!root || !factsPath) {
  console.error("usage: node stylis-judge.mjs ROOT FACTS.json [--stylis 4.3|4.2|3] [--show N]");
  process.exit(2);
}

const SELF = ".self";

/** Loads the stylis of `version` and returns `(wrapperSelector, css) => flat CSS`. */
async function loadStylis(version) {
  if (version === "3") {
    const loaded = (await import("@emotion/stylis")).default;
    const Stylis = loaded.default ?? loaded;
    // styled-components 5 runs stylis 3 with these options and the component's class as the
    // selector; global CSS is compiled with an empty selector.
    const stylis = new Stylis({ global: false, cascade: true, keyframe: false, prefix: false, compress: false, semicolon: false });
    return (selector, css) => stylis(selector, css);
  }
  const module = await import(version === "4.2" ? "stylis-4.2" : "stylis");
  return (selector, css) =>
    module.serialize(module.compile(selector ? `${selector}{${css}}` : css), module.stringify);
}

const compileWith = await loadStylis(version);

/** Whitespace as stylis and the browser treat it: runs are one space, none next to punctuation. */
function squeeze(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, " ")
    .replace(/\s+/g, " ")
    .replace(/\s*([,()>+~/])\s*/g, "$1")
    .replace(/\s*!\s*important\s*$/i, "")
    .trim();
}

/** A selector list as its selectors in one canonical form: `&` as the judge's class,
 * placeholders as `_`. A rule's declarations apply under each selector of its list alike, so
 * each is compared on its own. */
function canonicalSelectors(selector) {
  if (selector.startsWith("@keyframes")) return [squeeze(selector)];
  return splitTopLevel(selector.replace(/\$\{[^}]*\}/g, "_").replace(/_+/g, "_").replace(/&/g, SELF)).map(
    (part) => squeeze(part).replace(/\s*([>+~])\s*/g, "$1"),
  );
}

/** A query or at-rule prelude, its whitespace squeezed (stylis 3 drops the space after `:`). */
function canonicalQuery(text) {
  return squeeze(text.replace(/\$\{[^}]*\}/g, "_").replace(/_+/g, "_")).replace(/\s*:\s*/g, ":").replace(/\s*(and|or|not)\s*/gi, " $1 ").trim();
}

function splitTopLevel(text) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (character === "(" || character === "[") depth++;
    else if (character === ")" || character === "]") depth--;
    else if (character === "," && depth === 0) {
      parts.push(text.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function canonicalValue(value) {
  return squeeze(value.replace(/_+/g, "_").replace(/\$\{[^}]*\}/g, "_"));
}

/** The text rebrand reads for `[start, end)` of the file: known holes as their text, the rest as
 * the placeholder rebrand parses. */
function readAs(buffer, start, end, holes = [], chosen = new Map()) {
  let text = "";
  let position = start;
  for (const hole of holes) {
    if (hole.range.end <= start || hole.range.start >= end) continue;
    text += buffer.subarray(position, Math.max(position, hole.range.start)).toString();
    const length = hole.range.end - hole.range.start;
    if (hole.text != null) text += hole.text;
    else if (chosen.has(hole)) text += chosen.get(hole);
    else if (hole.position === "declarations") text += "";
    else if (buffer[hole.range.end] === 0x25 /* % */) text += "0".repeat(length);
    else text += "_".repeat(length);
    position = hole.range.end;
  }
  return text + buffer.subarray(Math.min(position, end), end).toString();
}

function keys(atRules, selectors, property, value) {
  return canonicalSelectors(selectors).map(
    (selector) => `${atRules.join(" ; ")} | ${selector} | ${property.toLowerCase()} | ${canonicalValue(value)}`,
  );
}

/** The declarations stylis emits, read from the CSS it serialised: flat rules, at-rules around
 * them, `property:value;` inside. Read by hand rather than by a CSS parser because stylis passes
 * on what no CSS parser accepts (`fill:fill:red;`) and the judge must see it as stylis wrote it. */
function stylisDeclarations(css) {
  const found = [];
  const walk = (text, atRules, selector) => {
    let index = 0;
    while (index < text.length) {
      const open = nextOutside(text, index, "{;");
      if (open < 0) break;
      const head = text.slice(index, open).trim();
      if (text[open] === ";") {
        const colon = head.indexOf(":");
        if (colon > 0 && selector !== null) {
          found.push(...keys(atRules, selector, head.slice(0, colon), head.slice(colon + 1)));
        }
        index = open + 1;
        continue;
      }
      const close = matchingBrace(text, open);
      const body = text.slice(open + 1, close);
      if (/^@(-\w+-)?keyframes/i.test(head)) {
        walkKeyframes(body, head.replace(/^@(-\w+-)?keyframes\s*/i, ""), atRules);
      } else if (head.startsWith("@")) {
        const query = head.startsWith("@media") ? head.slice(6) : head;
        walk(body, [...atRules, canonicalQuery(query)], null);
      } else {
        walk(body, atRules, head);
      }
      index = close + 1;
    }
  };
  const walkKeyframes = (text, name, atRules) => {
    let index = 0;
    while (index < text.length) {
      const open = nextOutside(text, index, "{");
      if (open < 0) break;
      const close = matchingBrace(text, open);
      walk(text.slice(open + 1, close), atRules, `@keyframes ${name} ${text.slice(index, open).trim()}`);
      index = close + 1;
    }
  };
  walk(css, [], null);
  return found;
}

/** The index of the first of `characters` at or after `from`, outside strings and parentheses. */
function nextOutside(text, from, characters) {
  let depth = 0;
  for (let index = from; index < text.length; index++) {
    const character = text[index];
    if (character === '"' || character === "'") {
      index = text.indexOf(character, index + 1);
      if (index < 0) return -1;
    } else if (character === "(") depth++;
    else if (character === ")") depth--;
    else if (depth <= 0 && characters.includes(character)) return index;
  }
  return -1;
}

function matchingBrace(text, open) {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    const character = text[index];
    if (character === '"' || character === "'") {
      index = text.indexOf(character, index + 1);
      if (index < 0) return text.length;
    } else if (character === "{") depth++;
    else if (character === "}" && --depth === 0) return index;
  }
  return text.length;
}

/** rebrand's declarations and custom properties for one template, as judge keys. */
function rebrandDeclarations(file, template, buffer, inner) {
  const found = [];
  const seenShorthands = new Set();
  const within = (range) =>
    range.start >= template.range.start &&
    range.end <= template.range.end &&
    !inner.some((other) => range.start >= other.range.start && range.end <= other.range.end);
  for (const declaration of file.declarations) {
    if (declaration.origin.syntax !== "styled-template" || !within(declaration.range)) continue;
    const written = declaration.property_range;
    let property = written
      ? readAs(buffer, written.start, written.end, template.holes)
      : declaration.property;
    let range = declaration.value_range;
    if (declaration.shorthand) {
      const id = `${declaration.range.start}:${declaration.shorthand.property}`;
      if (seenShorthands.has(id)) continue;
      seenShorthands.add(id);
      property = declaration.shorthand.property;
      range = declaration.shorthand.value_range;
    }
    const media = (declaration.condition?.media ?? []).map(canonicalQuery);
    const value = readAs(buffer, range.start, range.end, template.holes);
    found.push(...keys(media, declaration.origin.selector ?? "", property, value));
  }
  for (const token of file.tokens) {
    if (token.kind !== "custom-property" || !within(token.range)) continue;
    const value = readAs(buffer, token.value_range.start, token.value_range.end, template.holes);
    found.push(...keys((token.media ?? []).map(canonicalQuery), token.scope ?? "&", token.name, value));
  }
  return found;
}

function wrapperOf(template) {
  switch (template.kind) {
    case "global":
      return "";
    case "keyframes":
      return null;
    default:
      return SELF;
  }
}

/** Whether the value of a judge key has a `:` outside parentheses and strings, which no CSS
 * value has: the browser drops such a declaration. */
function browserDrops(entry) {
  const value = entry.slice(entry.lastIndexOf(" | ") + 3);
  return nextOutside(value, 0, ":") >= 0;
}

/** What stylis emits for a template at run time. A hole a condition fills with one of several
 * texts is compiled once per text; what any of them emits counts, once. */
function stylisOf(template, buffer) {
  const branching = template.holes?.find((hole) => hole.text == null && hole.branches?.length);
  const choices = branching ? branching.branches.map((branch) => new Map([[branching, branch]])) : [new Map()];
  const counts = new Map();
  for (const chosen of choices) {
    const css = readAs(buffer, template.range.start, template.range.end, template.holes, chosen);
    const wrapper = wrapperOf(template);
    let emitted;
    try {
      const output =
        wrapper === null
          ? compileWith("", `@keyframes ${template.binding ?? "_"}{${css}}`)
          : compileWith(wrapper, css);
      emitted = stylisDeclarations(output);
    } catch {
      return null;
    }
    const these = new Map();
    for (const entry of emitted) these.set(entry, (these.get(entry) ?? 0) + 1);
    for (const [entry, count] of these) counts.set(entry, Math.max(count, counts.get(entry) ?? 0));
  }
  return [...counts].flatMap(([entry, count]) => Array(count).fill(entry));
}

const facts = JSON.parse(readFileSync(factsPath, "utf8"));
const failures = [];
const totals = { templates: 0, stylis: 0, matched: 0, dropped: 0, extra: 0, withErrors: 0, withWarnings: 0, stylisFailed: 0 };
const missing = [];
const extras = [];
for (const file of facts.files) {
  if (!file.templates?.length) continue;
  const buffer = readFileSync(join(root, file.path));
  for (const template of file.templates) {
    if (template.kind === "value-fragment") continue;
    totals.templates++;
    const inner = file.templates.filter(
      (other) =>
        other !== template &&
        other.range.start >= template.range.start &&
        other.range.end <= template.range.end,
    );
    const expected = stylisOf(template, buffer);
    if (!expected) {
      totals.stylisFailed++;
      failures.push(`${file.path}:${template.range.start}`);
      continue;
    }
    const actual = rebrandDeclarations(file, template, buffer, inner);
    const problems = file.problems.filter(
      (problem) =>
        problem.code.startsWith("parse/") &&
        problem.range.start >= template.range.start &&
        problem.range.end <= template.range.end,
    );
    if (problems.some((problem) => problem.severity === "error")) totals.withErrors++;
    else if (problems.length) totals.withWarnings++;
    const pool = new Map();
    for (const entry of actual) pool.set(entry, (pool.get(entry) ?? 0) + 1);
    const line = buffer.subarray(0, template.range.start).toString().split("\n").length;
    for (const entry of expected) {
      if (browserDrops(entry)) {
        // stylis passes `fill: fill: red` on; no browser applies it, and rebrand warns.
        totals.dropped++;
        continue;
      }
      totals.stylis++;
      const count = pool.get(entry) ?? 0;
      if (count > 0) {
        totals.matched++;
        pool.set(entry, count - 1);
      } else {
        missing.push(`${file.path}:${line}\t${entry}`);
      }
    }
    for (const [entry, count] of pool) {
      for (let index = 0; index < count; index++) {
        totals.extra++;
        extras.push(`${file.path}:${line}\t${entry}`);
      }
    }
  }
}

if (process.env.CHECK === "1" && (totals.stylis - totals.matched > totals.stylis * 0.005 || totals.withErrors > 0 || totals.stylisFailed > 0)) {
  process.exitCode = 1;
}
const share = totals.stylis ? ((100 * totals.matched) / totals.stylis).toFixed(2) : "100.00";
console.log(
  `stylis ${version}: ${totals.templates} templates, ${totals.stylis} declarations emitted, ` +
    `${totals.matched} in rebrand's facts (${share}%), ${totals.extra} rebrand declarations stylis does not emit, ` +
    `${totals.dropped} more no browser applies, ${totals.withErrors} templates with a parse error, ` +
    `${totals.withWarnings} with a parse warning, ${totals.stylisFailed} stylis could not compile`,
);
for (const entry of failures.slice(0, show)) console.log(`stylis failed\t${entry}`);
for (const entry of missing.slice(0, show)) console.log(`missing\t${entry}`);
for (const entry of extras.slice(0, show)) console.log(`extra\t${entry}`);
