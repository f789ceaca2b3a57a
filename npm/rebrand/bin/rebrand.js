#!/usr/bin/env node
// The `rebrand` command of the npm package: runs the native binary that the platform's package
// (`@rebrand/cli-<platform>-<arch>`, an optional dependency npm installs only where it fits)
// ships, with the same arguments, standard streams and exit status.
"use strict";

const { spawnSync } = require("node:child_process");

const PACKAGES = {
  "linux-x64": "@rebrand/cli-linux-x64",
};

const platform = `${process.platform}-${process.arch}`;
const packageName = PACKAGES[platform];
if (!packageName) {
  console.error(
    `rebrand: no binary is published for ${platform}; build it with \`cargo install --locked --path crates/rebrand_cli\``,
  );
  process.exit(2);
}

let binary;
try {
  binary = require.resolve(`${packageName}/bin/rebrand${process.platform === "win32" ? ".exe" : ""}`);
} catch {
  console.error(
    `rebrand: the package ${packageName} is not installed; install again without --no-optional (or --omit=optional)`,
  );
  process.exit(2);
}

const result = spawnSync(binary, process.argv.slice(2), { stdio: "inherit" });
if (result.error) {
  console.error(`rebrand: could not run ${binary}: ${result.error.message}`);
  process.exit(2);
}
// A binary killed by a signal exits as a shell would report it.
process.exit(result.status ?? 128 + (require("node:os").constants.signals[result.signal] ?? 0));
