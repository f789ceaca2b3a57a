// Judges `rebrand apply` in Chromium: `node migration-check.mjs FIXTURE_DIR [--rebrand BIN]` records the fixture's app (FIXTURE_DIR/app, with its oracle.json themes), applies FIXTURE_DIR/migration.json with --write to a copy, records again, and checks that every computed style that changed, in every state and theme, changed from a token's old value to its new one, or to a value a theme of the migration names.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { normalise, recordedStyles } from "./lib/values.mjs";
import { ORACLE_DIR } from "./lib/key.mjs";

const REPO_ROOT = path.resolve(ORACLE_DIR, "..", "..");
const args = process.argv.slice(2);
let fixture = null;
let rebrand = process.env.REBRAND ?? path.join(REPO_ROOT, "target/debug/rebrand");
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--rebrand") rebrand = path.resolve(args[++i]);
  else fixture = path.resolve(args[i]);
}
if (!fixture) {
  console.error("usage: node tools/oracle/migration-check.mjs FIXTURE_DIR [--rebrand BIN]");
  process.exit(2);
}

const work = mkdtempSync(path.join(os.tmpdir(), "migration-check-"));
const copy = path.join(work, path.basename(fixture));
cpSync(fixture, copy, { recursive: true });
const app = path.join(copy, "app");
const migration = path.join(copy, "migration.json");

function record(name) {
  const out = path.join(work, `${name}.json`);
  execFileSync("node", [path.join(ORACLE_DIR, "record.mjs"), app, "--out", out], { stdio: ["ignore", "ignore", "inherit"] });
  return JSON.parse(readFileSync(out, "utf8"));
}

const before = record("before");
const plan = JSON.parse(execFileSync(rebrand, ["apply", migration, app, "--format", "json"], { encoding: "utf8" }));
execFileSync(rebrand, ["apply", migration, app, "--write"], { stdio: ["ignore", "ignore", "inherit"] });
const after = record("after");

// What the migration allows, read from its token sets, not from the plan being judged: each
// token's old value to its new one, and any value to one that a theme of the migration names.
const allowed = new Set();
for (const change of plan.changes) {
  if (change.old_value && change.new_value) allowed.add(`${normalise(change.old_value)} → ${normalise(change.new_value)}`);
}
const themeValues = new Set();
const migrationFile = JSON.parse(readFileSync(migration, "utf8"));
function collect(node) {
  if (!node || typeof node !== "object") return;
  if (typeof node.$value === "string") themeValues.add(normalise(node.$value));
  for (const [key, child] of Object.entries(node)) if (!key.startsWith("$")) collect(child);
}
for (const theme of Object.values(migrationFile.themes ?? {})) {
  for (const file of [theme.to].flat()) {
    if (typeof file === "string") collect(JSON.parse(readFileSync(path.join(copy, file), "utf8")));
  }
}
const allowedTransition = (from, to) => allowed.has(`${normalise(from)} → ${normalise(to)}`) || themeValues.has(normalise(to));

// Whether the plan explains a change: the value is one the plan replaces, or a composite value
// (`rgb(…) 0px 0px 0px 3px`) whose only differences are colours the plan replaces.
const COLOUR = /rgba?\([^)]*\)|#[0-9a-f]{3,8}\b/gi;
function explains(was, is) {
  if (allowedTransition(was, is)) return true;
  const skeleton = (text) => String(text).replace(COLOUR, "<colour>");
  if (skeleton(was) !== skeleton(is)) return false;
  const [from, to] = [String(was).match(COLOUR) ?? [], String(is).match(COLOUR) ?? []];
  return from.some((colour, index) => colour !== to[index]) &&
    from.every((colour, index) => colour === to[index] || allowedTransition(colour, to[index]));
}

// A record's computed style, `same_as` followed.
const old = new Map([...recordedStyles(before)].map(([key, style]) => [key, style.computed]));
const now = new Map([...recordedStyles(after)].map(([key, style]) => [key, style.computed]));
let compared = 0;
const unexplained = [];
const explained = new Map();
for (const [key, oldStyle] of old) {
  const newStyle = now.get(key);
  if (!newStyle) {
    unexplained.push(`${key}: no longer rendered`);
    continue;
  }
  const [instance, state] = key.split("|");
  for (const property of new Set([...Object.keys(oldStyle), ...Object.keys(newStyle)])) {
    compared++;
    const was = oldStyle[property] ?? "(default)";
    const is = newStyle[property] ?? "(default)";
    if (was === is) continue;
    const line = `${state.padEnd(13)} ${property}: ${was} → ${is}`;
    if (explains(was, is)) explained.set(line, (explained.get(line) ?? 0) + 1);
    else unexplained.push(`${instance} ${line}`);
  }
}
console.log(`migration-check: ${compared} (element, state, property) triples in ${before.themes.length} themes besides base, hover and focus-visible`);
console.log(`changed as the plan says: ${[...explained.values()].reduce((a, b) => a + b, 0)}`);
for (const [line, count] of [...explained].sort()) console.log(`  ${String(count).padStart(4)}  ${line}`);
console.log(`changed otherwise: ${unexplained.length}`);
for (const line of unexplained.slice(0, 60)) console.log(`  ${line}`);
rmSync(work, { recursive: true, force: true });
process.exit(unexplained.length > 0 ? 1 : 0);
