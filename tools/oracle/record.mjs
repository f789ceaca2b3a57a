// Records how Chromium styles every element of one fixture app: `node record.mjs APP_DIR` writes recordings/<app>.json.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createServer } from "vite";
import react from "@vitejs/plugin-react";
import { chromium } from "playwright-core";
import { ORACLE_DIR, recordingKey, stableStringify } from "./lib/key.mjs";
import { stampPlugin } from "./lib/stamp.mjs";
import { PAGE_HTML, collectElements, computeDefaults, entrySource, settleAnimations } from "./lib/page.mjs";

const VIEWPORT = { width: 1280, height: 800 };
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const NODE_MODULES = path.join(ORACLE_DIR, "node_modules");

function usage(message) {
  if (message) console.error(`record.mjs: ${message}`);
  console.error("usage: node tools/oracle/record.mjs APP_DIR [--out FILE]");
  process.exit(2);
}

const args = process.argv.slice(2);
let appArg = null;
let outArg = null;
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--out") outArg = args[++i];
  else if (args[i].startsWith("-")) usage(`unknown option ${args[i]}`);
  else if (appArg) usage("one app at a time");
  else appArg = args[i];
}
if (!appArg) usage();
const appDir = path.resolve(appArg);
if (!existsSync(path.join(appDir, "src"))) usage(`${appDir} has no src/`);
const appName = path.basename(appDir);
const outFile = path.resolve(outArg ?? path.join(ORACLE_DIR, "recordings", `${appName}.json`));

const config = existsSync(path.join(appDir, "oracle.json"))
  ? JSON.parse(readFileSync(path.join(appDir, "oracle.json"), "utf8"))
  : {};
const themes = config.themes ?? [];
const skip = new Set(config.skip ?? []);

// The modules to render: every src/**/*.{tsx,jsx}, in path order, less the skipped ones (an entry that
// mounts itself, for example).
function sourceModules() {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(tsx|jsx)$/.test(name)) out.push(path.relative(appDir, full).split(path.sep).join("/"));
    }
  };
  walk(path.join(appDir, "src"));
  return out.sort().filter((f) => !skip.has(f));
}

// Bare imports of the app resolve from tools/oracle/node_modules, since fixture apps install nothing.
// Aliases (not a resolveId hook) because Tailwind resolves `@import "tailwindcss"` with Vite's own
// resolver, which applies aliases but no plugins.
function aliases() {
  const pkg = existsSync(path.join(appDir, "package.json"))
    ? JSON.parse(readFileSync(path.join(appDir, "package.json"), "utf8"))
    : {};
  const names = new Set([
    ...Object.keys(pkg.dependencies ?? {}),
    ...Object.keys(pkg.devDependencies ?? {}),
    "react",
    "react-dom",
  ]);
  const out = [];
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    const dir = path.join(NODE_MODULES, name);
    if (!existsSync(path.join(dir, "package.json"))) continue;
    const escaped = name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    out.push({ find: new RegExp(`^${escaped}(?=/|$)`), replacement: dir });
  }
  return out;
}

function prebundled() {
  const wanted = [
    "react",
    "react/jsx-runtime",
    "react/jsx-dev-runtime",
    "react-dom",
    "react-dom/client",
    "@emotion/react",
    "@emotion/react/jsx-runtime",
    "@emotion/react/jsx-dev-runtime",
    "@emotion/styled",
    "styled-components",
    "clsx",
    "class-variance-authority",
  ];
  const declared = aliases().map((a) => a.replacement);
  return wanted.filter((id) => {
    const name = id.startsWith("@") ? id.split("/").slice(0, 2).join("/") : id.split("/")[0];
    return declared.includes(path.join(NODE_MODULES, name));
  });
}

function usesTailwind() {
  const walk = (dir) =>
    readdirSync(dir).some((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return name !== "node_modules" && walk(full);
      return /\.css$/.test(name) && /@import\s+["']tailwindcss["']/.test(readFileSync(full, "utf8"));
    });
  return walk(appDir);
}

// The plugin that serves the page and the generated entry module.
function oraclePlugin(modules) {
  const entry = entrySource({
    styles: config.styles ?? [],
    modules,
    cases: config.cases ?? {},
    wrapper: config.wrapper ?? null,
  });
  return {
    name: "oracle-entry",
    resolveId(id) {
      return id === "/@oracle-entry.js" ? "\0oracle-entry.js" : null;
    },
    load(id) {
      return id === "\0oracle-entry.js" ? entry : null;
    },
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        if (req.url === "/favicon.ico") {
          res.statusCode = 204;
          return res.end();
        }
        if (req.url !== "/" && req.url !== "/index.html") return next();
        const html = await server.transformIndexHtml(req.url, PAGE_HTML);
        res.setHeader("Content-Type", "text/html");
        res.end(html);
      });
    },
  };
}

async function startServer(modules, cacheDir) {
  const plugins = [
    oraclePlugin(modules),
    react({ babel: { plugins: [stampPlugin(appDir)] } }),
  ];
  if (usesTailwind()) {
    const { default: tailwind } = await import("@tailwindcss/vite");
    plugins.push(tailwind());
  }
  const server = await createServer({
    configFile: false,
    root: appDir,
    cacheDir,
    logLevel: "warn",
    clearScreen: false,
    plugins,
    resolve: { alias: aliases(), dedupe: ["react", "react-dom"] },
    css: { devSourcemap: false },
    // Everything the generated entry and the JSX transforms import is named up front: a dependency found
    // only after the page loaded would be pre-bundled again, and the page would then hold two Reacts.
    optimizeDeps: { entries: modules, include: prebundled(), force: true },
    server: {
      host: "127.0.0.1",
      port: 0,
      hmr: false,
      watch: null,
      fs: { allow: [appDir, ORACLE_DIR] },
    },
  });
  await server.listen();
  const address = server.httpServer.address();
  return { server, url: `http://127.0.0.1:${address.port}/` };
}

// Where a matched rule came from, by its style sheet's owner node: Vite's per-file style tags, the
// CSS-in-JS libraries' tags, or something else.
function sheetSource(header, ownerAttrs) {
  const id = ownerAttrs["data-vite-dev-id"];
  if (id) {
    const file = path.relative(appDir, id.split("?")[0]).split(path.sep).join("/");
    let kind = "css";
    if (/\.module\.css$/.test(file)) kind = "css-module";
    else if (/\.s[ac]ss$/.test(file)) kind = "scss";
    else if (/\.less$/.test(file)) kind = "less";
    let tailwind = false;
    try {
      tailwind = /@import\s+["']tailwindcss["']/.test(readFileSync(path.join(appDir, file), "utf8"));
    } catch {
      // A file outside the app (none today) is never Tailwind's entry.
    }
    return { kind, file, tailwind };
  }
  if ("data-styled" in ownerAttrs) return { kind: "styled-components" };
  if ("data-emotion" in ownerAttrs) return { kind: "emotion" };
  return { kind: "other", file: header.sourceURL || undefined };
}

// Tailwind's output shares its stylesheet with the rules written beside `@import "tailwindcss"`; the
// cascade layer tells them apart: utilities (and components) are Tailwind's classes, base is its
// preflight, unlayered rules are the author's own CSS.
function ruleKind(source, layers) {
  if (source.tailwind && layers.length) {
    const top = layers[0];
    if (top === "utilities" || top === "components") return "tailwind";
    if (top === "base" || top === "theme" || top === "properties") return "tailwind-preflight";
  }
  return source.kind;
}

async function main() {
  const started = Date.now();
  const modules = sourceModules();
  // Inside node_modules, so that no transform (the stamp plugin included) treats pre-bundled deps as app code.
  mkdirSync(path.join(NODE_MODULES, ".oracle-vite"), { recursive: true });
  const cacheDir = mkdtempSync(path.join(NODE_MODULES, ".oracle-vite", `${appName}-`));
  const { server, url } = await startServer(modules, cacheDir);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--force-color-profile=srgb", "--disable-lcd-text", "--font-render-hinting=none", "--hide-scrollbars"],
  });
  try {
    const context = await browser.newContext({
      viewport: VIEWPORT,
      deviceScaleFactor: 1,
      reducedMotion: "reduce",
      colorScheme: "light",
      hasTouch: false,
      locale: "en-US",
      timezoneId: "UTC",
    });
    const page = await context.newPage();
    const consoleErrors = [];
    page.on("console", (m) => {
      if (m.type() === "error") consoleErrors.push(m.text());
    });
    page.on("pageerror", (e) => consoleErrors.push(String(e)));
    if (process.env.ORACLE_DEBUG) page.on("request", (r) => console.error("request", r.url()));
    if (process.env.ORACLE_DEBUG) page.on("response", (r) => r.status() >= 400 && console.error("status", r.status(), r.url()));
    await page.goto(url, { waitUntil: "load" });
    try {
      await page.waitForFunction(() => window.__oracleReady, null, { timeout: Number(process.env.ORACLE_TIMEOUT ?? 60000) });
    } catch (error) {
      console.error(`record: the page never became ready; its errors:\n${consoleErrors.join("\n")}`);
      throw error;
    }
    const ready = await page.evaluate(() => window.__oracleReady);
    const caseProps = await page.evaluate(() => window.__oracleCases ?? []);
    await page.evaluate(() => document.fonts.ready);
    await page.evaluate(settleAnimations);

    const cdp = await context.newCDPSession(page);
    const headers = new Map();
    cdp.on("CSS.styleSheetAdded", ({ header }) => headers.set(header.styleSheetId, header));
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");

    const sourceCache = new Map();
    async function sourceOf(styleSheetId) {
      if (sourceCache.has(styleSheetId)) return sourceCache.get(styleSheetId);
      const header = headers.get(styleSheetId) ?? {};
      let ownerAttrs = {};
      if (header.ownerNode) {
        try {
          const { node } = await cdp.send("DOM.describeNode", { backendNodeId: header.ownerNode });
          const a = node.attributes ?? [];
          for (let i = 0; i < a.length; i += 2) ownerAttrs[a[i]] = a[i + 1];
        } catch {
          ownerAttrs = {};
        }
      }
      const source = sheetSource(header, ownerAttrs);
      sourceCache.set(styleSheetId, source);
      return source;
    }

    const doc = await cdp.send("DOM.getDocument", { depth: -1 });
    const parentOf = new Map();
    const walk = (node) => {
      for (const child of node.children ?? []) {
        parentOf.set(child.nodeId, node.nodeId);
        walk(child);
      }
    };
    walk(doc.root);
    const { nodeIds } = await cdp.send("DOM.querySelectorAll", { nodeId: doc.root.nodeId, selector: "[data-oracle-src]" });
    const elements = await page.evaluate(collectElements);
    if (elements.length !== nodeIds.length) throw new Error(`DOM and CDP disagree: ${elements.length} vs ${nodeIds.length} elements`);

    const defaultKeys = [...new Set(elements.map((e) => e.defaultKey))].sort();
    const defaults = await page.evaluate(computeDefaults, defaultKeys);
    // Logical properties mirror the physical ones in this horizontal, left-to-right page, and rebrand
    // states physical longhands, so only the physical ones are recorded.
    const LOGICAL = /^(block-size|inline-size|(min|max)-(block|inline)-size|(margin|padding|inset|scroll-margin|scroll-padding)-(block|inline)(-start|-end)?|border-(block|inline)(-start|-end)?(-color|-style|-width)?|border-(start|end)-(start|end)-radius|contain-intrinsic-(block|inline)-size|overflow-(block|inline))$/;
    const propertyNames = new Set(Object.keys(defaults[defaultKeys[0]] ?? {}).filter((n) => !LOGICAL.test(n)));
    // A logical declaration (Tailwind's `px-4` is `padding-inline`) sets the physical longhand it maps
    // to here, and competes with physical declarations of it in one cascade.
    const physicalOf = (name) => {
      const side = { "block-start": "top", "block-end": "bottom", "inline-start": "left", "inline-end": "right" };
      let m;
      if (name === "block-size") return "height";
      if (name === "inline-size") return "width";
      if ((m = /^(min|max)-(block|inline)-size$/.exec(name))) return `${m[1]}-${m[2] === "block" ? "height" : "width"}`;
      if ((m = /^(margin|padding|scroll-margin|scroll-padding)-(block|inline)-(start|end)$/.exec(name))) return `${m[1]}-${side[`${m[2]}-${m[3]}`]}`;
      if ((m = /^inset-(block|inline)-(start|end)$/.exec(name))) return side[`${m[1]}-${m[2]}`];
      if ((m = /^border-(block|inline)-(start|end)-(color|style|width)$/.exec(name))) return `border-${side[`${m[1]}-${m[2]}`]}-${m[3]}`;
      if ((m = /^border-(start|end)-(start|end)-radius$/.exec(name))) return `border-${m[1] === "start" ? "top" : "bottom"}-${m[2] === "start" ? "left" : "right"}-radius`;
      if ((m = /^overflow-(block|inline)$/.exec(name))) return m[1] === "block" ? "overflow-y" : "overflow-x";
      return name;
    };

    async function computedOf(nodeId) {
      const { computedStyle } = await cdp.send("CSS.getComputedStyleForNode", { nodeId });
      const out = {};
      for (const { name, value } of computedStyle) if (propertyNames.has(name)) out[name] = value;
      return out;
    }

    // The longhands this element's own author rules and inline style declare, each with the declaration
    // that wins the cascade: matched rules come in ascending precedence; an !important declaration beats
    // every normal one (among important ones, an earlier cascade layer wins, as CSS reverses layer order
    // for them); inline style beats normal rule declarations and loses to important ones unless it is
    // important itself.
    const rules = [];
    const ruleIndex = new Map();
    const ruleId = (entry) => {
      const k = JSON.stringify(entry);
      if (!ruleIndex.has(k)) {
        ruleIndex.set(k, rules.length);
        rules.push(entry);
      }
      return ruleIndex.get(k);
    };

    async function declaredOf(nodeId) {
      const matched = await cdp.send("CSS.getMatchedStylesForNode", { nodeId });
      const candidates = [];
      let rank = 0;
      for (const match of matched.matchedCSSRules ?? []) {
        const rule = match.rule;
        rank++;
        if (rule.origin !== "regular") continue;
        const source = rule.styleSheetId ? await sourceOf(rule.styleSheetId) : { kind: "other" };
        const layers = (rule.layers ?? []).map((l) => l.text).filter(Boolean);
        const kind = ruleKind(source, layers);
        // A rule nested in another (Tailwind's `dark:bg-x/80` puts `@supports` inside `&:where(…)`)
        // may name matching selectors its own list does not hold.
        const selectors = match.matchingSelectors.map((i) => rule.selectorList.selectors[i]?.text ?? rule.selectorList.text).join(", ");
        const layerRank = layers.length ? rank : Number.MAX_SAFE_INTEGER;
        for (const prop of rule.style.cssProperties) {
          const name = physicalOf(prop.name);
          if (!propertyNames.has(name) || prop.disabled || prop.parsedOk === false) continue;
          candidates.push({
            name,
            important: Boolean(prop.important),
            order: [prop.important ? 1 : 0, 0, prop.important ? -layerRank : 0, rank],
            decl: [ruleId({ kind, file: source.file, layer: layers.length ? layers.join(".") : undefined, selector: selectors }), prop.value, ...(prop.important ? [true] : [])],
          });
        }
      }
      for (const prop of matched.inlineStyle?.cssProperties ?? []) {
        const name = physicalOf(prop.name);
        if (!propertyNames.has(name) || prop.disabled || prop.parsedOk === false) continue;
        candidates.push({
          name,
          order: [prop.important ? 1 : 0, 1, prop.important ? 1 : 0, 0],
          decl: [ruleId({ kind: "inline" }), prop.value, ...(prop.important ? [true] : [])],
        });
      }
      const cmp = (a, b) => {
        for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
        return 0;
      };
      const out = {};
      const orders = {};
      for (const c of candidates) {
        if (!orders[c.name] || cmp(c.order, orders[c.name]) >= 0) {
          orders[c.name] = c.order;
          out[c.name] = c.decl;
        }
      }
      return out;
    }

    async function snapshot(nodeId, element) {
      const computed = await computedOf(nodeId);
      const declared = await declaredOf(nodeId);
      const parentId = parentOf.get(nodeId);
      const parent = parentId ? await computedOf(parentId) : {};
      const defaultsHere = defaults[element.defaultKey];
      const nonDefault = {};
      for (const [name, value] of Object.entries(computed)) if (defaultsHere[name] !== value) nonDefault[name] = value;
      // Declared properties whose value equals the parent's: what `inherit` would give.
      const sameAsParent = Object.keys(declared).filter((n) => parent[n] !== undefined && parent[n] === computed[n]).sort();
      return {
        computed: nonDefault,
        declared,
        // What resolves or transforms a stated value: font sizes for em and unitless line heights, the
        // colour for currentcolor, and what blockifies `display` (a flex or grid parent, floats, absolute
        // positioning).
        context: {
          "font-size": computed["font-size"],
          "parent-font-size": parent["font-size"],
          // A unitless line height inherits as a number, so `inherit` gives the parent's ratio.
          "parent-line-height": parent["line-height"],
          "parent-display": parent.display,
          color: computed.color,
          position: computed.position,
          float: computed.float,
        },
        same_as_parent: sameAsParent.length ? sameAsParent : undefined,
      };
    }

    // A state that changes nothing is written as a reference to the base record, which keeps the
    // recording small and its diffs to what a state really changes.
    const records = [];
    const baseSnaps = new Map();
    const push = (element, state, snap) => {
      if (state === "base") baseSnaps.set(element.instance, JSON.stringify(snap));
      else if (baseSnaps.get(element.instance) === JSON.stringify(snap)) {
        records.push({ instance: element.instance, state, same_as: "base" });
        return;
      }
      records.push({ instance: element.instance, state, ...snap });
    };
    const settle = () => page.evaluate(settleAnimations);

    for (let i = 0; i < nodeIds.length; i++) push(elements[i], "base", await snapshot(nodeIds[i], elements[i]));
    for (const pseudo of ["hover", "focus-visible"]) {
      for (let i = 0; i < nodeIds.length; i++) {
        await cdp.send("CSS.forcePseudoState", { nodeId: nodeIds[i], forcedPseudoClasses: [pseudo] });
        await settle();
        push(elements[i], pseudo, await snapshot(nodeIds[i], elements[i]));
        await cdp.send("CSS.forcePseudoState", { nodeId: nodeIds[i], forcedPseudoClasses: [] });
        await settle();
      }
    }
    for (const theme of themes) {
      if (theme.htmlClass) await page.evaluate((c) => document.documentElement.classList.add(...c.split(/\s+/)), theme.htmlClass);
      if (theme.colorScheme) await page.emulateMedia({ colorScheme: theme.colorScheme });
      await settle();
      for (let i = 0; i < nodeIds.length; i++) push(elements[i], theme.name, await snapshot(nodeIds[i], elements[i]));
      if (theme.htmlClass) await page.evaluate((c) => document.documentElement.classList.remove(...c.split(/\s+/)), theme.htmlClass);
      if (theme.colorScheme) await page.emulateMedia({ colorScheme: "light" });
      await settle();
    }

    const { key, chromium: chromiumPackage } = recordingKey(appDir);
    const stateOrder = ["base", "hover", "focus-visible", ...themes.map((t) => t.name)];
    records.sort(
      (a, b) =>
        (a.instance < b.instance ? -1 : a.instance > b.instance ? 1 : 0) || stateOrder.indexOf(a.state) - stateOrder.indexOf(b.state),
    );
    const instances = {};
    for (const e of elements) {
      instances[e.instance] = {
        case: e.case,
        stamp: e.stamp,
        via: e.via.length ? e.via : undefined,
        tag: e.tag,
        attributes: e.attributes,
        ancestors: e.ancestors,
        owner: e.owner,
        owner_props: e.ownerProps,
        disabled: e.disabled || undefined,
        checked: e.checked || undefined,
      };
    }
    const recording = {
      comment: "Written by tools/oracle/record.mjs: Chromium's computed styles of every stamped element of one fixture app, per state. Re-record with tools/oracle/run.sh; do not edit.",
      app: appName,
      key,
      chromium: { package: chromiumPackage, browser: browser.version() },
      viewport: VIEWPORT,
      themes,
      states: stateOrder,
      cases: caseProps.map((c) => ({ id: c.id, props: c.props })),
      rules,
      errors: [...ready.errors, ...consoleErrors.filter((e) => !/Download the React DevTools/.test(e)).map((e) => ({ console: e }))],
      instances,
      records,
    };
    mkdirSync(path.dirname(outFile), { recursive: true });
    writeFileSync(outFile, stableStringify(recording));
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `record: ${appName}: ${caseProps.length} cases, ${elements.length} elements, ${records.length} records in ${seconds}s -> ${path.relative(process.cwd(), outFile)}`,
    );
    if (recording.errors.length) {
      console.log(`record: ${recording.errors.length} errors while rendering:`);
      for (const e of recording.errors.slice(0, 20)) console.log(`  ${JSON.stringify(e)}`);
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
