// Writes the original sources a package's source maps carry (`sourcesContent`) under OUT, so
// that a published library can be analysed as its authors wrote it.
//
//   node sources-from-maps.mjs PACKAGE_DIR OUT
//
// Sources from node_modules are skipped: they are the library's dependencies, not its code.

import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";

const [packageDir, out] = process.argv.slice(2);
if (!packageDir || !out) {
  console.error("usage: node sources-from-maps.mjs PACKAGE_DIR OUT");
  process.exit(2);
}

function* maps(directory) {
  for (const name of readdirSync(directory)) {
    const path = join(directory, name);
    if (name === "node_modules") continue;
    if (statSync(path).isDirectory()) yield* maps(path);
    else if (name.endsWith(".js.map")) yield path;
  }
}

let written = 0;
for (const path of maps(packageDir)) {
  const map = JSON.parse(readFileSync(path, "utf8"));
  (map.sources ?? []).forEach((source, index) => {
    const content = map.sourcesContent?.[index];
    if (!content || source.includes("node_modules")) return;
    const target = relative(packageDir, normalize(join(dirname(path), source)));
    if (target.startsWith("..")) return;
    mkdirSync(dirname(join(out, target)), { recursive: true });
    writeFileSync(join(out, target), content);
    written++;
  });
}
console.log(`${written} sources written under ${out}`);
