// The recording key: one hash of everything a recording depends on, so CI re-renders only when it changes.
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ORACLE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

// The recorder's own source: a change to how records are made must invalidate old recordings.
// compare.mjs is deliberately absent, since judging differently does not change what the browser showed.
export const RECORDER_SOURCES = ["record.mjs", "lib/key.mjs", "lib/stamp.mjs", "lib/page.mjs"];

// Every file of the app, by relative path, skipping only what no build reads (VCS and editor litter).
export function appFiles(appDir) {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      if (name === "node_modules" || name === ".git" || name === ".rebrand" || name === ".DS_Store") continue;
      const full = path.join(dir, name);
      const st = statSync(full);
      if (st.isDirectory()) walk(full);
      else if (st.isFile()) out.push(path.relative(appDir, full).split(path.sep).join("/"));
    }
  };
  walk(appDir);
  return out.sort();
}

// The Chromium version as Debian reports it: the installed package if there is one, else the
// candidate apt would install (which needs `apt-get update` first). Both are cheap and need no browser run.
export function chromiumVersion() {
  try {
    const v = execFileSync("dpkg-query", ["-W", "-f=${Status} ${Version}", "chromium"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
    const m = /install ok installed (\S+)/.exec(v);
    if (m) return m[1];
  } catch {
    // Not installed, or no dpkg: fall through to apt's candidate.
  }
  try {
    const v = execFileSync("apt-cache", ["policy", "chromium"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    const m = /Candidate:\s*(\S+)/.exec(v);
    if (m && m[1] !== "(none)") return m[1];
  } catch {
    // No apt either.
  }
  return "unknown";
}

// The key: sha256 over the app's files, the lockfile, the recorder's source and the Chromium version,
// each part named and length-prefixed so that no two different inputs can hash alike by concatenation.
export function recordingKey(appDir, chromium = chromiumVersion()) {
  const hash = createHash("sha256");
  const part = (label, bytes) => {
    hash.update(`${label}\0${bytes.length}\0`);
    hash.update(bytes);
  };
  for (const rel of appFiles(appDir)) part(`app:${rel}`, readFileSync(path.join(appDir, rel)));
  part("lockfile", readFileSync(path.join(ORACLE_DIR, "package-lock.json")));
  for (const rel of RECORDER_SOURCES) part(`recorder:${rel}`, readFileSync(path.join(ORACLE_DIR, rel)));
  part("chromium", Buffer.from(chromium));
  return { key: hash.digest("hex"), chromium };
}

// JSON with keys sorted at every level, so the same recording always gives the same bytes. Values deeper
// than `flatDepth` are written on one line, so a diff of two recordings shows one line per changed record.
export function stableStringify(value, flatDepth = 2) {
  const sort = (v) => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === "object") {
      const o = {};
      for (const k of Object.keys(v).sort()) if (v[k] !== undefined) o[k] = sort(v[k]);
      return o;
    }
    return v;
  };
  const write = (v, depth) => {
    if (depth >= flatDepth || v === null || typeof v !== "object") return JSON.stringify(v);
    const pad = " ".repeat(depth + 1);
    const end = " ".repeat(depth);
    if (Array.isArray(v)) {
      if (!v.length) return "[]";
      return `[\n${v.map((x) => pad + write(x, depth + 1)).join(",\n")}\n${end}]`;
    }
    const keys = Object.keys(v);
    if (!keys.length) return "{}";
    return `{\n${keys.map((k) => `${pad}${JSON.stringify(k)}: ${write(v[k], depth + 1)}`).join(",\n")}\n${end}}`;
  };
  return write(sort(value), 0) + "\n";
}

// Run as a script, it prints the current key of one app (run.sh compares it with the recording's).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const appDir = path.resolve(process.argv[2] ?? ".");
  process.stdout.write(recordingKey(appDir).key + "\n");
}
