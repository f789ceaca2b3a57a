// What the recorder runs inside the page: the generated entry module that renders every case, and the
// functions that read elements, UA defaults and animations there.

// The entry module, as source text. It imports the global stylesheets first (as the app's own entry
// does), then each source module in path order, one at a time so that style tags land in a fixed order;
// a module that fails to load costs only its own cases. Every exported component is rendered once per
// prop case, inside the wrapper and an error boundary, each in its own container.
export function entrySource({ styles, modules, cases, wrapper }) {
  return `
import { Component, createElement, useEffect } from "react";
import { createRoot } from "react-dom/client";
${styles.map((s) => `import ${JSON.stringify("/" + s)};`).join("\n")}

const files = ${JSON.stringify(modules)};
const cases = ${JSON.stringify(cases)};
const wrapper = ${JSON.stringify(wrapper)};
const errors = [];

// A component is a function or one of React's component objects (forwardRef, memo, lazy), as styled
// components and memoised components are.
const COMPONENT_TYPES = ["react.forward_ref", "react.memo", "react.lazy"].map((n) => Symbol.for(n));
function isComponent(v) {
  return typeof v === "function" || (v !== null && typeof v === "object" && COMPONENT_TYPES.includes(v.$$typeof));
}

class Boundary extends Component {
  constructor(props) {
    super(props);
    this.state = { error: null };
  }
  static getDerivedStateFromError(error) {
    return { error };
  }
  componentDidCatch(error) {
    errors.push({ case: this.props.id, error: String(error && error.stack ? error.message : error) });
  }
  render() {
    return this.state.error ? createElement("p", { "data-oracle-error": this.props.id }, String(this.state.error)) : this.props.children;
  }
}

function Ready({ ids, children }) {
  useEffect(() => {
    window.__oracleReady = { cases: ids, errors };
  }, []);
  return children;
}

async function main() {
  const loaded = {};
  for (const file of files) {
    try {
      loaded[file] = await import(/* @vite-ignore */ "/" + file);
    } catch (error) {
      errors.push({ module: file, error: String(error && error.message ? error.message : error) });
    }
  }
  let Wrapper = ({ children }) => children;
  if (wrapper) {
    const [file, name] = wrapper.split("#");
    const mod = loaded[file] ?? (await import(/* @vite-ignore */ "/" + file));
    if (isComponent(mod[name])) Wrapper = mod[name];
    else errors.push({ wrapper, error: "the wrapper is not an exported component" });
  }
  const items = [];
  for (const file of files) {
    const mod = loaded[file];
    if (!mod) continue;
    for (const name of Object.keys(mod).sort()) {
      if (!/^[A-Z]/.test(name) || !isComponent(mod[name])) continue;
      const list = cases[file + "#" + name] ?? [{}];
      list.forEach((given, index) => {
        const props = "children" in given ? given : { ...given, children: "Label" };
        items.push({ id: file + "#" + name + "#" + index, type: mod[name], props });
      });
    }
  }
  const tree = items.map((item) =>
    createElement(
      "section",
      { key: item.id, "data-oracle-case": item.id },
      createElement(Boundary, { id: item.id }, createElement(Wrapper, null, createElement(item.type, item.props))),
    ),
  );
  window.__oracleCases = items.map((item) => ({ id: item.id, props: item.props }));
  createRoot(document.getElementById("oracle-root")).render(createElement(Ready, { ids: items.map((i) => i.id) }, tree));
}

main().catch((error) => {
  errors.push({ entry: true, error: String(error && error.message ? error.message : error) });
  window.__oracleReady = { cases: [], errors };
});
`;
}

export const PAGE_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>rebrand oracle</title>
  </head>
  <body>
    <div id="oracle-root"></div>
    <script type="module" src="/@oracle-entry.js"></script>
  </body>
</html>
`;

// Runs in the page: facts about every stamped element, in document order (the order of CDP's
// querySelectorAll over the same selector). `via` lists the usage stamps of the components whose single
// root this element is, innermost first, read from React's fiber tree: `<Card className="x">` renders an
// <article> stamped inside Card, and Card's usage stamp is how a comparison finds what was written there.
export function collectElements() {
  const HOST = new Set([5, 26, 27]);
  const fiberOf = (el) => {
    const key = Object.keys(el).find((k) => k.startsWith("__reactFiber$"));
    return key ? el[key] : null;
  };
  const attrs = (el) => {
    const out = {};
    for (const a of el.attributes) if (a.name !== "data-oracle-src") out[a.name] = a.value;
    return out;
  };
  const perCase = new Map();
  return [...document.querySelectorAll("[data-oracle-src]")].map((el) => {
    const container = el.closest("[data-oracle-case]");
    const caseId = container ? container.getAttribute("data-oracle-case") : null;
    const index = perCase.get(caseId) ?? 0;
    const ordinal = String(index).padStart(3, "0");
    perCase.set(caseId, index + 1);
    const stamp = el.getAttribute("data-oracle-src");
    const via = [];
    let fiber = fiberOf(el);
    // Walk up while each step is an only child: then the component above renders exactly this element.
    while (fiber && fiber.return && !HOST.has(fiber.return.tag) && fiber.return.tag !== 3) {
      const parent = fiber.return;
      if (parent.child !== fiber || fiber.sibling) break;
      const s = parent.memoizedProps && parent.memoizedProps["data-oracle-src"];
      if (typeof s === "string" && s !== stamp && !via.includes(s)) via.push(s);
      fiber = parent;
    }
    // The props of the component whose render created this element (React's dev-mode owner): primitive
    // values as they are, functions and objects as a marker (only their truthiness matters). A condition
    // on a variant (`variant=primary`, `$active`) is decided against them.
    const host = fiberOf(el);
    let owner = host && host._debugOwner;
    // emotion's `css` prop renders through an internal component; the owner that wrote the JSX is
    // the one that rendered that component.
    while (owner && owner.memoizedProps && typeof owner.memoizedProps === "object" && "__EMOTION_TYPE_PLEASE_DO_NOT_USE__" in owner.memoizedProps) {
      owner = owner._debugOwner;
    }
    let ownerProps;
    if (owner && owner.memoizedProps && typeof owner.memoizedProps === "object") {
      ownerProps = {};
      for (const [k, v] of Object.entries(owner.memoizedProps)) {
        if (k === "data-oracle-src" || k === "children") continue;
        if (v === null || ["string", "number", "boolean"].includes(typeof v)) ownerProps[k] = v;
        else if (typeof v === "function") ownerProps[k] = "[function]";
        else if (typeof v === "object") ownerProps[k] = "[object]";
      }
    }
    const ownerType = owner && owner.type;
    const ownerName = ownerType ? ownerType.displayName || ownerType.name || (ownerType.render && ownerType.render.name) || undefined : undefined;
    const ancestors = [];
    for (let a = el.parentElement; a && a !== document.documentElement; a = a.parentElement) {
      if (a.hasAttribute("data-oracle-case")) {
        // The case container and what holds it are the oracle's scaffolding, not the app's DOM.
        break;
      }
      ancestors.push({ tag: a.localName, attributes: attrs(a), stamp: a.getAttribute("data-oracle-src") ?? undefined });
    }
    return {
      case: caseId,
      instance: `${caseId}@${ordinal}`,
      stamp,
      via,
      tag: el.localName,
      attributes: attrs(el),
      ancestors,
      owner: ownerName,
      ownerProps,
      disabled: "disabled" in el ? Boolean(el.disabled) : undefined,
      checked: "checked" in el ? Boolean(el.checked) : undefined,
      defaultKey: defaultKeyOf(el),
    };

    function defaultKeyOf(e) {
      const parts = [e.localName];
      if (e.hasAttribute("type")) parts.push(`type=${e.getAttribute("type").toLowerCase()}`);
      if (e.localName === "a" && e.hasAttribute("href")) parts.push("href");
      if (e.hasAttribute("open")) parts.push("open");
      if (e.hasAttribute("multiple")) parts.push("multiple");
      return parts.join(" ");
    }
  });
}

// Runs in the page: the UA default computed style of each element kind (`tag type=… href`), read from an
// element of that kind inside an unstyled about:blank iframe laid out at the page's size.
export function computeDefaults(keys) {
  const frame = document.createElement("iframe");
  frame.style.cssText = "position:fixed;left:-20000px;top:0;width:1280px;height:800px;border:0";
  document.body.appendChild(frame);
  const doc = frame.contentDocument;
  doc.open();
  doc.write("<!doctype html><html><head></head><body></body></html>");
  doc.close();
  const out = {};
  for (const key of keys) {
    const [tag, ...rest] = key.split(" ");
    const el = doc.createElement(tag);
    for (const r of rest) {
      if (r.startsWith("type=")) el.setAttribute("type", r.slice(5));
      else if (r === "href") el.setAttribute("href", "#");
      else el.setAttribute(r, "");
    }
    doc.body.appendChild(el);
    const cs = frame.contentWindow.getComputedStyle(el);
    const values = {};
    for (let i = 0; i < cs.length; i++) {
      const name = cs[i];
      if (!name.startsWith("--")) values[name] = cs.getPropertyValue(name);
    }
    out[key] = values;
    el.remove();
  }
  frame.remove();
  return out;
}

// Runs in the page: brings every transition to its end and removes running animations, so a computed
// style read right after a state change is the state's own value and not a frame of the way there. This
// replaces a `transition:none` style tag, which would have reset every author transition and animation
// property to its initial value and so hidden them from the comparison.
export function settleAnimations() {
  for (const a of document.getAnimations()) {
    try {
      const end = a.effect ? a.effect.getComputedTiming().endTime : Infinity;
      if (Number.isFinite(end)) a.finish();
      else a.cancel();
    } catch {
      a.cancel();
    }
  }
  return document.getAnimations().length;
}
