// Judges a pattern change in Chromium: `node pattern-check.mjs FIXTURE_DIR [--at shared|member] [--rebrand BIN]` records FIXTURE_DIR/app, applies the `patterns` of FIXTURE_DIR/migration.json with --write (--allow-collateral) to a copy, records again, and checks that every member of each changed pattern now computes the values asked for, that it changed in nothing else, that with `normalize` every member computes the same pattern look, and that no element outside the patterns changed unless the plan listed it as collateral.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { normalise, recordedStyles } from "./lib/values.mjs";
import { ORACLE_DIR, recordingKey } from "./lib/key.mjs";

const REPO_ROOT = path.resolve(ORACLE_DIR, "..", "..");
const args = process.argv.slice(2);
let fixture = null;
let at = "shared";
let rebrand = process.env.REBRAND ?? path.join(REPO_ROOT, "target/debug/rebrand");
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--rebrand") rebrand = path.resolve(args[++i]);
  else if (args[i] === "--at") at = args[++i];
  else fixture = path.resolve(args[i]);
}
if (!fixture) {
  console.error("usage: node tools/oracle/pattern-check.mjs FIXTURE_DIR [--at shared|member] [--rebrand BIN]");
  process.exit(2);
}

const work = mkdtempSync(path.join(os.tmpdir(), "pattern-check-"));
const copy = path.join(work, path.basename(fixture));
cpSync(fixture, copy, { recursive: true });
const app = path.join(copy, "app");
const migration = path.join(copy, "migration.json");
const run = (...rest) => execFileSync(rebrand, rest, { cwd: app, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });

// A recording of the app as it is now: the committed one while its key (the app's files, the
// lockfile, the recorder, Chromium's version) holds, so that CI needs no browser for an
// unchanged plan; else recorded in Chromium and written for committing. Exit 3 when a recording
// is needed and there is no Chromium.
function record(name) {
  const committed = path.join(ORACLE_DIR, "recordings", `${path.basename(fixture)}.${name}.json`);
  const { key } = recordingKey(app);
  if (!process.env.RECORD && existsSync(committed)) {
    const recording = JSON.parse(readFileSync(committed, "utf8"));
    if (recording.key === key) return recording;
  }
  if (!existsSync(process.env.CHROMIUM ?? "/usr/bin/chromium")) {
    console.error(`pattern-check: the ${name} recording of ${path.basename(fixture)} is stale and there is no Chromium to record it`);
    process.exit(3);
  }
  console.log(`pattern-check: recording ${name} in Chromium (commit ${path.relative(REPO_ROOT, committed)})`);
  execFileSync("node", [path.join(ORACLE_DIR, "record.mjs"), app, "--out", committed], { stdio: ["ignore", "ignore", "inherit"] });
  return JSON.parse(readFileSync(committed, "utf8"));
}

// The stamp (`file:line:column` of the `<`, column 0-based) of a JSX name starting at `offset`.
const texts = new Map();
function stampAt(file, offset) {
  if (!texts.has(file)) texts.set(file, Buffer.from(readFileSync(path.join(app, file), "utf8")));
  const before = texts.get(file).subarray(0, offset - 1).toString("utf8");
  const line = before.split("\n").length;
  const column = before.length - before.lastIndexOf("\n") - 1;
  return `${file}:${line}:${column}`;
}

const LONGHANDS = {
  "border-radius": ["border-top-left-radius", "border-top-right-radius", "border-bottom-right-radius", "border-bottom-left-radius"],
  padding: ["padding-top", "padding-right", "padding-bottom", "padding-left"],
  margin: ["margin-top", "margin-right", "margin-bottom", "margin-left"],
  "border-color": ["border-top-color", "border-right-color", "border-bottom-color", "border-left-color"],
  "border-width": ["border-top-width", "border-right-width", "border-bottom-width", "border-left-width"],
  "border-style": ["border-top-style", "border-right-style", "border-bottom-style", "border-left-style"],
  background: ["background-color"],
};

// What rebrand plans, and which patterns it changes, read before anything is written.
const plan = JSON.parse(run("apply", migration, ".", "--at", at, "--format", "json"));
const found = JSON.parse(run("patterns", ".", "--format", "json")).patterns;
const expected = new Map(); // stamp → { pattern, member, sets }
const patternMembers = new Map(); // pattern id → stamps of its members' places
for (const change of plan.patterns) {
  const pattern = found.find((candidate) => candidate.id === change.id);
  const stamps = [];
  pattern.members.forEach((member, index) => {
    const sets = change.set.filter((set) => !set.members || set.members.includes(index));
    for (const place of [member, ...(member.uses ?? [])]) {
      const stamp = stampAt(place.file, place.range.start);
      expected.set(stamp, { pattern, sets });
      stamps.push(stamp);
    }
  });
  patternMembers.set(change.id, stamps);
}
// Per collateral element, the properties the plan says it changes.
const collateral = new Map(plan.plan.collateral.map((element) => [
  stampAt(element.file, element.range.start),
  new Set(element.properties.flatMap((property) => LONGHANDS[property] ?? [property])),
]));

const before = record("before");
run("apply", migration, ".", "--at", at, "--write", "--allow-collateral", "--allow-dirty");
const after = record(at === "shared" ? "after" : `after-at-${at}`);

// Per state, the longhands a member's sets ask for and their values (a literal, or a token's
// value, which the page resolves: only the properties are checked for a token).
function wanted(sets) {
  const byState = new Map();
  for (const set of sets) {
    const state = set.state ? set.state.replace(/^:/, "") : "base";
    if (!byState.has(state)) byState.set(state, new Map());
    for (const longhand of LONGHANDS[set.property] ?? [set.property]) {
      byState.get(state).set(longhand, /^\{.*\}$/.test(set.value) ? null : normalise(set.value));
    }
  }
  return byState;
}

const old = recordedStyles(before);
const now = recordedStyles(after);
const stampOf = (instance) => before.instances[instance]?.stamp;

const failures = [];
let memberChanges = 0;
let triples = 0;
for (const [key, oldRecord] of old) {
  const [instance, state] = key.split("|");
  if (!now.has(key)) {
    failures.push(`${key}: no longer rendered`);
    continue;
  }
  const [oldStyle, newStyle] = [oldRecord.computed, now.get(key).computed];
  // As contracts §5 counts them: what the element's own rules declare, before or after; an
  // inherited or layout-resolved value (a width, a line height in px) follows from those.
  const declared = new Set([...oldRecord.declared, ...now.get(key).declared]);
  const stamp = stampOf(instance);
  const member = expected.get(stamp);
  const asked = member ? wanted(member.sets) : new Map();
  // A base value holds in every state that does not set its own.
  const here = new Map([...(asked.get("base") ?? []), ...(asked.get(state) ?? [])]);
  const changed = [];
  for (const property of new Set([...Object.keys(oldStyle), ...Object.keys(newStyle)])) {
    if (!declared.has(property)) continue;
    triples++;
    const was = oldStyle[property] ?? "(default)";
    const is = newStyle[property] ?? "(default)";
    if (was !== is) changed.push([property, was, is]);
  }
  if (!member) {
    // Outside the patterns only listed collateral changes, in the properties listed.
    const listed = collateral.get(stamp) ?? new Set();
    for (const [property, was, is] of changed) {
      const follows = listed.has(property) ||
        [...listed].some((other) => oldStyle[other] === was && newStyle[other] === is);
      if (!follows) failures.push(`outside the pattern${listed.size ? " (collateral)" : ""}: ${stamp} ${state} ${property}: ${was} → ${is}`);
    }
    continue;
  }
  for (const [property, value] of here) {
    const is = newStyle[property] ?? "(default)";
    if (value !== null && normalise(is) !== value) failures.push(`member ${stamp} ${state} ${property} is ${is}, not ${value}`);
  }
  // A change follows from the values asked for when it is one of them, or a property that
  // computed to one of them before and after (`currentcolor` borders follow `color`).
  for (const [property, was, is] of changed) {
    const follows = here.has(property) ||
      [...here.keys()].some((asked) => oldStyle[asked] === was && newStyle[asked] === is);
    if (follows) memberChanges++;
    else failures.push(`member ${stamp} ${state} ${property}: ${was} → ${is}, which the change did not ask for`);
  }
}

// With `normalize`, every member computes the pattern's agreed look.
const normalized = Object.entries(JSON.parse(readFileSync(migration, "utf8")).patterns ?? {}).filter(([, change]) => change.normalize).length > 0;
let agreed = 0;
if (normalized) {
  for (const change of plan.patterns) {
    const pattern = found.find((candidate) => candidate.id === change.id);
    const properties = pattern.canonical.filter((value) => !value.property.includes("[")).map((value) => value.property);
    const stamps = new Set(patternMembers.get(change.id));
    const rendered = [...now].filter(([key]) => key.endsWith("|base") && stamps.has(stampOf(key.split("|")[0])));
    for (const property of properties) {
      const values = new Set(rendered.map(([, style]) => normalise(style.computed[property] ?? "(default)")));
      if (values.size === 1) agreed++;
      else failures.push(`after normalize, the members of ${pattern.name} compute ${property} as ${[...values].join(", ")}`);
    }
  }
}

console.log(`pattern-check: ${triples} (element, state, property) triples; ${expected.size} member places, ${collateral.size} listed collateral`);
console.log(`member changes the plan asked for: ${memberChanges}`);
if (normalized) console.log(`pattern properties every member computes alike after normalize: ${agreed}`);
console.log(`failures: ${failures.length}`);
for (const line of failures.slice(0, 60)) console.log(`  ${line}`);
rmSync(work, { recursive: true, force: true });
process.exit(failures.length > 0 ? 1 : 0);
