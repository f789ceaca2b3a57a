// The judge's rules, kept apart from compare.mjs so that tests can hold each one to a hand-checked case:
// which rebrand value applies to an element in a state, and whether it equals what Chromium computed.
import { converter, parse as parseColor } from "culori";

const toOklab = converter("oklab");

export const VIEWPORT = { width: 1280, height: 800 };

// Properties that inherit by default. They count only where the element's own rules declare them (the
// contract's rule); the recorder's `declared` set is what tells.
export const INHERITED = new Set([
  "border-collapse", "border-spacing", "caption-side", "caret-color", "color", "color-scheme", "cursor",
  "direction", "empty-cells", "font-family", "font-feature-settings", "font-kerning", "font-optical-sizing",
  "font-palette", "font-size", "font-size-adjust", "font-stretch", "font-style", "font-synthesis-small-caps",
  "font-synthesis-style", "font-synthesis-weight", "font-variant-alternates", "font-variant-caps",
  "font-variant-east-asian", "font-variant-emoji", "font-variant-ligatures", "font-variant-numeric",
  "font-variant-position", "font-variation-settings", "font-weight", "hyphens", "letter-spacing", "line-break",
  "line-height", "list-style-image", "list-style-position", "list-style-type", "orphans", "overflow-wrap",
  "paint-order", "pointer-events", "quotes", "tab-size", "text-align", "text-align-last", "text-indent",
  "text-rendering", "text-shadow", "text-transform", "text-underline-position", "text-wrap-mode",
  "text-wrap-style", "visibility", "white-space-collapse", "widows", "word-break", "word-spacing", "writing-mode",
  "-webkit-text-fill-color", "-webkit-text-stroke-color", "-webkit-text-stroke-width", "-webkit-locale",
  "-webkit-tap-highlight-color", "text-size-adjust", "text-emphasis-color", "text-emphasis-position",
  "text-emphasis-style", "-webkit-border-horizontal-spacing", "-webkit-border-vertical-spacing",
]);

// ---------------------------------------------------------------------------------------------------
// Shorthands rebrand keeps whole, mapped to the longhands the browser reports, so a claim on `flex` can be
// held against `flex-grow`. A value the expansion cannot read (a reference, an unresolved expression) is
// handed to every longhand unchanged, which then judges it silent as such.

const SIDES = ["top", "right", "bottom", "left"];
const CORNERS = ["top-left", "top-right", "bottom-right", "bottom-left"];

export const SHORTHANDS = {
  background: ["background-color"],
  "border-color": SIDES.map((s) => `border-${s}-color`),
  "border-style": SIDES.map((s) => `border-${s}-style`),
  "border-width": SIDES.map((s) => `border-${s}-width`),
  "border-radius": CORNERS.map((c) => `border-${c}-radius`),
  border: SIDES.flatMap((s) => [`border-${s}-width`, `border-${s}-style`, `border-${s}-color`]),
  ...Object.fromEntries(SIDES.map((s) => [`border-${s}`, [`border-${s}-width`, `border-${s}-style`, `border-${s}-color`]])),
  margin: SIDES.map((s) => `margin-${s}`),
  padding: SIDES.map((s) => `padding-${s}`),
  inset: SIDES,
  gap: ["row-gap", "column-gap"],
  outline: ["outline-width", "outline-style", "outline-color"],
  flex: ["flex-grow", "flex-shrink", "flex-basis"],
  "flex-flow": ["flex-direction", "flex-wrap"],
  "text-decoration": ["text-decoration-line", "text-decoration-style", "text-decoration-color", "text-decoration-thickness"],
  "-webkit-text-decoration-line": ["text-decoration-line"],
  overflow: ["overflow-x", "overflow-y"],
  "place-items": ["align-items", "justify-items"],
  "place-content": ["align-content", "justify-content"],
  "place-self": ["align-self", "justify-self"],
};

function splitTop(text, sep) {
  const out = [];
  let depth = 0;
  let cur = "";
  for (const ch of text) {
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (depth === 0 && (sep === " " ? /\s/.test(ch) : ch === sep)) {
      if (cur.trim() || sep !== " ") out.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  if (cur.trim() || (sep !== " " && out.length)) out.push(cur.trim());
  return out.filter((x, i) => sep !== " " || x);
}

const textValue = (text) => ({ type: "text", text });

// The longhand values a shorthand claim sets, or null when this expansion does not read it (then the
// longhands get no claim from it). Typed values that are one colour or one length spread over the sides.
export function expandShorthand(property, value, text) {
  const longhands = SHORTHANDS[property];
  if (!longhands) return null;
  if (value.type === "reference" || value.type === "unresolved") return longhands.map((p) => [p, value]);
  const t = (text ?? "").trim().toLowerCase();
  const all = (v) => longhands.map((p) => [p, v]);
  switch (property) {
    case "-webkit-text-decoration-line":
      return all(value);
    case "background":
      if (value.type === "color") return all(value);
      if (t === "none") return all({ type: "color", oklab: { l: 0, a: 0, b: 0, alpha: 0 } });
      if (value.type === "keyword" && isColorText(t)) return all(value);
      return null;
    case "border-color":
    case "border-style":
    case "border-width":
    case "border-radius":
    case "margin":
    case "padding":
    case "inset":
    case "gap":
      // One typed value (rebrand expands the multi-value forms itself) applies to every side.
      if (value.type === "composite") return null;
      return all(value);
    case "flex": {
      const parts = splitTop(t, " ");
      if (t === "none") return [["flex-grow", textValue("0")], ["flex-shrink", textValue("0")], ["flex-basis", textValue("auto")]];
      if (t === "auto") return [["flex-grow", textValue("1")], ["flex-shrink", textValue("1")], ["flex-basis", textValue("auto")]];
      if (t === "initial") return [["flex-grow", textValue("0")], ["flex-shrink", textValue("1")], ["flex-basis", textValue("auto")]];
      const num = (s) => /^[+-]?(\d+\.?\d*|\.\d+)$/.test(s);
      let grow = null;
      let shrink = "1";
      let basis = "0%";
      const rest = [...parts];
      if (rest.length && num(rest[0])) grow = rest.shift();
      if (rest.length && num(rest[0])) shrink = rest.shift();
      if (rest.length === 1) basis = rest.shift();
      if (rest.length || grow === null) {
        if (parts.length === 1 && !num(parts[0])) return [["flex-grow", textValue("1")], ["flex-shrink", textValue("1")], ["flex-basis", textValue(parts[0])]];
        return null;
      }
      return [["flex-grow", textValue(grow)], ["flex-shrink", textValue(shrink)], ["flex-basis", textValue(basis)]];
    }
    case "flex-flow": {
      const out = [["flex-direction", textValue("row")], ["flex-wrap", textValue("nowrap")]];
      for (const p of splitTop(t, " ")) {
        if (/^(row|row-reverse|column|column-reverse)$/.test(p)) out[0][1] = textValue(p);
        else if (/^(nowrap|wrap|wrap-reverse)$/.test(p)) out[1][1] = textValue(p);
        else return null;
      }
      return out;
    }
    case "text-decoration": {
      const out = {
        "text-decoration-line": textValue("none"),
        "text-decoration-style": textValue("solid"),
        "text-decoration-color": { type: "keyword", keyword: "currentcolor" },
        "text-decoration-thickness": textValue("auto"),
      };
      const lines = [];
      for (const p of splitTop(t, " ")) {
        if (/^(none|underline|overline|line-through|blink)$/.test(p)) lines.push(p);
        else if (/^(solid|double|dotted|dashed|wavy)$/.test(p)) out["text-decoration-style"] = textValue(p);
        else if (isColorText(p)) out["text-decoration-color"] = textValue(p);
        else if (/^(auto|from-font|[\d.]+(px|em|rem|%))$/.test(p)) out["text-decoration-thickness"] = textValue(p);
        else return null;
      }
      if (lines.length) out["text-decoration-line"] = textValue(lines.filter((l) => l !== "none").join(" ") || "none");
      return Object.entries(out);
    }
    case "overflow": {
      const parts = splitTop(t, " ");
      if (parts.length === 1) return [["overflow-x", textValue(parts[0])], ["overflow-y", textValue(parts[0])]];
      if (parts.length === 2) return [["overflow-x", textValue(parts[0])], ["overflow-y", textValue(parts[1])]];
      return null;
    }
    case "place-items":
    case "place-content":
    case "place-self": {
      const parts = splitTop(t, " ");
      if (parts.length === 1) return longhands.map((p) => [p, textValue(parts[0])]);
      if (parts.length === 2) return [[longhands[0], textValue(parts[0])], [longhands[1], textValue(parts[1])]];
      return null;
    }
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------------------------------
// Conditions.

// What a recorded state means for conditions: the pseudo-classes forced on the element, the theme's html
// class and emulated colour scheme. Everything else about the page is pinned (viewport, reduced motion,
// a fine pointer that can hover).
export function stateEnv(state, themes) {
  const theme = themes.find((t) => t.name === state) ?? null;
  const htmlClasses = theme?.htmlClass ? theme.htmlClass.split(/\s+/) : [];
  const colorScheme = theme?.colorScheme ?? "light";
  return {
    state,
    forced: state === "hover" ? [":hover"] : state === "focus-visible" ? [":focus-visible"] : [],
    htmlClasses,
    htmlAttributes: theme?.htmlAttributes ?? {},
    colorScheme,
    // A bare `dark` condition (no prefers-color-scheme query beside it) is a `.dark`/`[data-theme=dark]`
    // ancestor or Tailwind's class variant: it holds where the theme marks the document dark, unless the
    // theme says otherwise with an explicit "dark" field.
    classDark: theme ? theme.dark ?? (htmlClasses.includes("dark") || /dark/.test(JSON.stringify(theme.htmlAttributes ?? {}))) : false,
  };
}

const FORM_CONTROLS = new Set(["button", "input", "select", "textarea", "option", "optgroup", "fieldset"]);

// One state of a condition's `states` list, against the element: true, false, or null (cannot tell).
export function stateHolds(s, env, inst) {
  const state = s.trim();
  if (state.startsWith("::")) return false;
  if (state === ":hover" || state === ":focus-visible") return env.forced.includes(state);
  if ([":focus", ":active", ":focus-within", ":visited", ":target", ":target-within"].includes(state)) return false;
  if (state === ":link" || state === ":any-link") return inst.tag === "a" && "href" in (inst.attributes ?? {});
  if (state === ":disabled") return FORM_CONTROLS.has(inst.tag) ? Boolean(inst.disabled) : false;
  if (state === ":enabled") return FORM_CONTROLS.has(inst.tag) ? !inst.disabled : false;
  if (state === ":checked") return Boolean(inst.checked);
  const attr = /^\[\s*([\w-]+)\s*(?:([~|^$*]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\]\s]+))\s*(i|s)?\s*)?\]$/.exec(state);
  if (attr) return attributeMatches(inst.attributes ?? {}, attr[1], attr[2], attr[3] ?? attr[4] ?? attr[5], attr[6]);
  return null;
}

function attributeMatches(attributes, name, op, expected, flag) {
  if (!(name in attributes)) return false;
  if (!op) return true;
  let actual = attributes[name];
  let want = expected;
  if (flag === "i") {
    actual = actual.toLowerCase();
    want = want.toLowerCase();
  }
  switch (op) {
    case "=":
      return actual === want;
    case "~=":
      return actual.split(/\s+/).includes(want);
    case "|=":
      return actual === want || actual.startsWith(`${want}-`);
    case "^=":
      return want !== "" && actual.startsWith(want);
    case "$=":
      return want !== "" && actual.endsWith(want);
    case "*=":
      return want !== "" && actual.includes(want);
    default:
      return null;
  }
}

function lengthToPx(text) {
  const m = /^(-?[\d.]+)(px|em|rem)?$/.exec(text.trim());
  if (!m) return null;
  const n = Number(m[1]);
  return m[2] === "em" || m[2] === "rem" ? n * 16 : n;
}

// One media feature `(name: value)` or range `(width >= 768px)`, for the pinned page.
function featureHolds(feature, env) {
  const f = feature.trim().toLowerCase().replace(/\s+/g, " ");
  const px = { width: VIEWPORT.width, height: VIEWPORT.height, "device-width": VIEWPORT.width, "device-height": VIEWPORT.height };
  const plain = /^([\w-]+)(?:\s*:\s*(.+))?$/.exec(f);
  if (plain) {
    const [, name, value] = plain;
    const v = value?.trim();
    const range = /^(min|max)-(width|height|device-width|device-height)$/.exec(name);
    if (range && v !== undefined) {
      const limit = lengthToPx(v);
      if (limit === null) return null;
      return range[1] === "min" ? px[range[2]] >= limit : px[range[2]] <= limit;
    }
    if ((name === "width" || name === "height") && v !== undefined) {
      const limit = lengthToPx(v);
      return limit === null ? null : px[name] === limit;
    }
    if (name === "prefers-color-scheme") return v === undefined ? true : v === env.colorScheme;
    if (name === "prefers-reduced-motion") return v === undefined ? true : v === "reduce";
    if (name === "hover" || name === "any-hover") return v === undefined ? true : v === "hover";
    if (name === "pointer" || name === "any-pointer") return v === undefined ? true : v === "fine";
    if (name === "orientation") return v === (VIEWPORT.width >= VIEWPORT.height ? "landscape" : "portrait");
    if (name === "prefers-contrast") return v === undefined ? false : v === "no-preference";
    if (name === "forced-colors") return v === undefined ? false : v === "none";
    if (name === "color") return true;
    return null;
  }
  // Range syntax: `width >= 768px`, `768px <= width < 1024px`.
  const parts = f.split(/\s*(<=|>=|<|>|=)\s*/);
  if (parts.length === 3 || parts.length === 5) {
    const val = (t) => (t in px ? px[t] : lengthToPx(t));
    const cmp = (a, op, b) => (op === "<" ? a < b : op === "<=" ? a <= b : op === ">" ? a > b : op === ">=" ? a >= b : a === b);
    const names = parts.filter((_, i) => i % 2 === 0);
    if (!names.some((n) => n in px)) return null;
    for (let i = 0; i + 2 < parts.length; i += 2) {
      const a = val(parts[i]);
      const b = val(parts[i + 2]);
      if (a === null || b === null) return null;
      if (!cmp(a, parts[i + 1], b)) return false;
    }
    return true;
  }
  return null;
}

// One entry of a condition's `media` list: a media query list as written, or another at-rule (which the
// judge cannot decide, except a cascade layer, which is no condition at all).
export function mediaHolds(query, env) {
  const q = query.trim();
  if (/^@layer\b/i.test(q)) return true;
  if (q.startsWith("@")) {
    const m = /^@media\s+(.+)$/i.exec(q);
    if (!m) return null;
    return mediaHolds(m[1], env);
  }
  const results = splitTop(q, ",").map((one) => mediaQueryHolds(one, env));
  if (results.includes(true)) return true;
  if (results.includes(null)) return null;
  return false;
}

function mediaQueryHolds(query, env) {
  let q = query.trim().toLowerCase();
  let negate = false;
  if (q.startsWith("not ")) {
    negate = true;
    q = q.slice(4).trim();
  }
  if (q.startsWith("only ")) q = q.slice(5).trim();
  let result = true;
  const parts = q.split(/\s+and\s+/);
  for (const part of parts) {
    let r;
    if (/^(all|screen)$/.test(part)) r = true;
    else if (part === "print") r = false;
    else if (/^\(.*\)$/.test(part)) {
      const inner = part.slice(1, -1).trim();
      if (inner.startsWith("not ")) {
        const x = featureHolds(inner.slice(4).replace(/^\(|\)$/g, ""), env);
        r = x === null ? null : !x;
      } else r = featureHolds(inner, env);
    } else r = null;
    if (r === null) return null;
    result = result && r;
  }
  return negate ? !result : result;
}

// A context selector (`.sidebar`, `.dark .panel`, `nav > ul`): the ancestors it names must be the
// element's ancestors. Compound selectors of tags, classes, ids and attributes with descendant and child
// combinators are read; anything else cannot be told.
export function parseContext(selector) {
  const tokens = selector.trim().replace(/\s*>\s*/g, " > ").split(/\s+/);
  const steps = [];
  let combinator = " ";
  for (const token of tokens) {
    if (token === ">") {
      combinator = ">";
      continue;
    }
    const compound = parseCompound(token);
    if (!compound) return null;
    steps.push({ compound, combinator });
    combinator = " ";
  }
  return steps.length ? steps : null;
}

function parseCompound(text) {
  const out = { tag: null, classes: [], id: null, attrs: [] };
  let rest = text;
  const tag = /^([a-zA-Z][\w-]*|\*)/.exec(rest);
  if (tag) {
    out.tag = tag[1] === "*" ? null : tag[1].toLowerCase();
    rest = rest.slice(tag[0].length);
  }
  while (rest) {
    let m;
    if ((m = /^\.((?:\\.|[\w-])+)/.exec(rest))) out.classes.push(m[1].replace(/\\(.)/g, "$1"));
    else if ((m = /^#([\w-]+)/.exec(rest))) out.id = m[1];
    else if ((m = /^\[\s*([\w-]+)\s*(?:([~|^$*]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\]\s]+))\s*(i|s)?\s*)?\]/.exec(rest)))
      out.attrs.push([m[1], m[2], m[3] ?? m[4] ?? m[5], m[6]]);
    else return null;
    rest = rest.slice(m[0].length);
  }
  return out;
}

function compoundMatches(c, node) {
  const attributes = node.attributes ?? {};
  if (c.tag && c.tag !== node.tag) return false;
  const classes = (attributes.class ?? "").split(/\s+/).filter(Boolean);
  if (c.classes.some((k) => !classes.includes(k))) return false;
  if (c.id && attributes.id !== c.id) return false;
  for (const [name, op, value, flag] of c.attrs) if (!attributeMatches(attributes, name, op, value, flag)) return false;
  return true;
}

// Whether the ancestors (nearest first, up to and including <html>) satisfy a parsed context: the last
// step must match some ancestor, each earlier step an ancestor further up (or the very next one for `>`).
export function contextHolds(steps, ancestors) {
  const match = (stepIndex, from) => {
    if (stepIndex < 0) return true;
    const { compound } = steps[stepIndex];
    const next = steps[stepIndex + 1];
    const childOnly = next && next.combinator === ">";
    for (let i = from; i < ancestors.length; i++) {
      if (compoundMatches(compound, ancestors[i]) && match(stepIndex - 1, i + 1)) return true;
      if (childOnly) break;
    }
    return false;
  };
  return match(steps.length - 1, 0);
}

// Whether an effective value applies in a state: true, false or null (cannot tell), with the reason for a
// null and a score (how many facets the condition pins) that ranks the applicable values: the most
// specific condition is the winner rebrand states for that situation.
export function applies(entry, env, inst, ancestors) {
  const cond = entry.condition ?? {};
  let score = 0;
  let unknown = null;
  let result = true;
  const fold = (r, why) => {
    if (r === false) result = false;
    else if (r === null && result !== false) unknown = unknown ?? why;
  };
  for (const [field, value] of Object.entries(cond)) {
    switch (field) {
      case "states": {
        score += 1;
        const rs = value.map((s) => stateHolds(s, env, inst));
        fold(rs.includes(true) ? true : rs.includes(null) ? null : false, `state ${value.join(", ")}`);
        break;
      }
      case "media":
        score += value.length;
        for (const q of value) fold(mediaHolds(q, env), `media ${q}`);
        break;
      case "dark": {
        score += 1;
        // With a prefers-color-scheme query beside it the query decides; alone it is the class theme.
        const byMedia = (cond.media ?? []).some((q) => /prefers-color-scheme/.test(q));
        if (!byMedia) fold(value ? env.classDark : !env.classDark, "dark");
        break;
      }
      case "dynamic":
        score += 1;
        if (value) fold(null, "dynamic");
        break;
      // A pseudo-element's style (`::placeholder`) is not the element's computed style.
      case "pseudo_element":
        fold(false, "pseudo-element");
        break;
      case "variants": {
        // Decided against the owning component's props. Either a map (`{"variant": "primary"}`, where a
        // prop not passed cannot be told) or a list of `name=value` (`(default)` when it is the default
        // variant, so it also holds when the prop is not passed), `name` (the prop is truthy) and
        // `!name` (falsy); a prop not passed is undefined.
        const props = inst.owner_props;
        const items = Array.isArray(value) ? value.map(String) : Object.entries(value).map(([k, v]) => ({ k, v }));
        score += items.length;
        for (const item of items) {
          if (!props) {
            fold(null, "variant");
            continue;
          }
          if (typeof item === "object") {
            if (!(item.k in props) || props[item.k] === null) fold(null, `variant ${item.k}`);
            else fold(String(props[item.k]) === String(item.v), `variant ${item.k}`);
            continue;
          }
          const unequal = /^\s*([^=\s!]+)\s*!=\s*(.*?)\s*$/.exec(item);
          if (unequal) {
            const given = props[unequal[1]];
            const want = unequal[2].replace(/^["']|["']$/g, "");
            fold(given === undefined || given === null || String(given) !== want, `variant ${unequal[1]}`);
            continue;
          }
          const m = /^\s*(!)?\s*([^=\s!]+)\s*(?:=\s*(.*?))?\s*(\(default\))?\s*$/.exec(item);
          if (!m) {
            fold(null, `variant ${item}`);
            continue;
          }
          const [, not, name, expected, isDefault] = m;
          const given = props[name];
          const absent = given === undefined || given === null;
          if (expected !== undefined) {
            const want = expected.replace(/^["']|["']$/g, "");
            fold(absent ? Boolean(isDefault) : String(given) === want, `variant ${name}`);
          } else {
            fold(not ? !given : Boolean(given), `variant ${name}`);
          }
        }
        break;
      }
      default:
        score += 1;
        fold(null, `condition field ${field}`);
    }
  }
  if (entry.context !== undefined) {
    score += 1;
    const contexts = Array.isArray(entry.context) ? entry.context : [entry.context];
    for (const c of contexts) {
      const steps = typeof c === "string" ? parseContext(c) : null;
      fold(steps ? contextHolds(steps, ancestors) : null, `context ${JSON.stringify(c)}`);
    }
  }
  if (result === false) return { applies: false, score };
  if (unknown) return { applies: null, score, why: unknown };
  return { applies: true, score };
}

// ---------------------------------------------------------------------------------------------------
// Values.

const COLOR_PROPERTY = /(^|-)color$|^fill$|^stroke$/;

export function isColorText(text) {
  const t = text.trim().toLowerCase();
  if (t === "currentcolor") return false;
  return parseColor(t) !== undefined;
}

function oklabOf(text) {
  const c = parseColor(text.trim().toLowerCase());
  if (!c) return null;
  const o = toOklab(c);
  return { l: o.l ?? 0, a: o.a ?? 0, b: o.b ?? 0, alpha: o.alpha ?? 1 };
}

// ΔE OK: Euclidean distance in OKLab, times 100. Two fully transparent colours are equal whatever their hue.
export function colorsEqual(x, y) {
  if (!x || !y) return false;
  if (Math.abs((x.alpha ?? 1) - (y.alpha ?? 1)) > 0.02) return false;
  if ((x.alpha ?? 1) <= 0.001 && (y.alpha ?? 1) <= 0.001) return true;
  const d = Math.hypot(x.l - y.l, x.a - y.a, x.b - y.b) * 100;
  return d <= 2;
}

const ABSOLUTE = { px: 1, pt: 4 / 3, pc: 16, in: 96, cm: 96 / 2.54, mm: 96 / 25.4, q: 96 / 101.6 };

// A rebrand length in px where the element's context resolves it: absolute units and rem come with `px`;
// em from the element's font size (the parent's for font-size itself), viewport units from the viewport,
// % only for font-size and line-height. Null when it cannot be resolved.
export function lengthPx(value, property, context) {
  if (typeof value.px === "number") return value.px;
  const n = value.number;
  const unit = (value.unit ?? "").toLowerCase();
  const own = parseFloat(context?.["font-size"]);
  const parent = parseFloat(context?.["parent-font-size"]);
  if (unit in ABSOLUTE) return n * ABSOLUTE[unit];
  if (unit === "em") {
    const base = property === "font-size" ? parent : own;
    return Number.isFinite(base) ? n * base : null;
  }
  if (unit === "%") {
    if (property === "font-size") return Number.isFinite(parent) ? (n / 100) * parent : null;
    if (property === "line-height") return Number.isFinite(own) ? (n / 100) * own : null;
    return null;
  }
  if (unit === "vw") return (n / 100) * VIEWPORT.width;
  if (unit === "vh") return (n / 100) * VIEWPORT.height;
  if (unit === "vmin") return (n / 100) * Math.min(VIEWPORT.width, VIEWPORT.height);
  if (unit === "vmax") return (n / 100) * Math.max(VIEWPORT.width, VIEWPORT.height);
  return null;
}

const PX = /^(-?\d*\.?\d+(?:e[+-]?\d+)?)px$/i;

// Whether a computed value is a layout result: a px length (or several) where the winning declaration
// wrote something the layout resolves (%, auto, calc(), viewport units, fr tracks, *-content). Those
// are compared only where rebrand states a length.
export function isLayoutResolved(computed, declaredText) {
  if (!computed || !splitTop(computed, " ").every((p) => PX.test(p))) return false;
  const d = (declaredText ?? "").toLowerCase();
  return /%|\bauto\b|calc\(|min\(|max\(|clamp\(|\d(d|s|l)?v(w|h|min|max|i|b)\b|\bfr\b|repeat\(|minmax\(|fit-content|min-content|max-content|stretch|\bnormal\b/.test(d);
}

// The display an element ends up with when CSS blockifies it: as a flex or grid item, floated, or
// absolutely positioned (CSS Display 3 §2.7). rebrand states the declared display; the browser reports
// the blockified one.
const BLOCKIFY = { inline: "block", "inline-block": "block", "inline-flex": "flex", "inline-grid": "grid", "inline-table": "table", "inline flow-root": "flow-root", "inline-list-item": "list-item" };
export function blockified(display, context) {
  const parent = (context?.["parent-display"] ?? "").toLowerCase();
  const item = /(^|\s)(flex|inline-flex|grid|inline-grid)$/.test(parent);
  const out = item || ["absolute", "fixed"].includes(context?.position) || (context?.float && context.float !== "none");
  return out && BLOCKIFY[display] ? BLOCKIFY[display] : display;
}

const FONT_WEIGHTS = { normal: "400", bold: "700" };
const CSS_WIDE = new Set(["initial", "unset", "revert", "revert-layer"]);

// Tokens of a composite value, for a comparison that tolerates the browser's serialisation: colours as
// OKLab, lengths and times as numbers in px and s (a bare 0 is a length), words lower-cased.
function tokens(text) {
  const out = [];
  const s = text.trim();
  let i = 0;
  const word = /^[a-zA-Z_-][\w-]*/;
  while (i < s.length) {
    const rest = s.slice(i);
    if (/^\s/.test(rest)) {
      i++;
      continue;
    }
    let m;
    if ((m = /^(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/i.exec(rest))) {
      let depth = 0;
      let j = 0;
      for (; j < rest.length; j++) {
        if (rest[j] === "(") depth++;
        if (rest[j] === ")" && --depth === 0) break;
      }
      const fn = rest.slice(0, j + 1);
      out.push({ kind: "color", value: oklabOf(fn), text: fn });
      i += j + 1;
      continue;
    }
    if ((m = /^#[0-9a-fA-F]{3,8}\b/.exec(rest))) {
      out.push({ kind: "color", value: oklabOf(m[0]), text: m[0] });
      i += m[0].length;
      continue;
    }
    if ((m = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)([a-zA-Z%]*)/.exec(rest))) {
      const n = Number(m[1]);
      const unit = m[2].toLowerCase();
      if (unit === "ms") out.push({ kind: "time", value: n / 1000 });
      else if (unit === "s") out.push({ kind: "time", value: n });
      else if (unit in ABSOLUTE) out.push({ kind: "length", value: n * ABSOLUTE[unit] });
      else if (unit === "rem") out.push({ kind: "length", value: n * 16 });
      else if (unit === "") out.push({ kind: "number", value: n });
      else out.push({ kind: "dim", value: n, unit });
      i += m[0].length;
      continue;
    }
    if ((m = word.exec(rest))) {
      const w = m[0].toLowerCase();
      if (w !== "currentcolor" && parseColor(w)) out.push({ kind: "color", value: oklabOf(w), text: w });
      else out.push({ kind: "word", value: w });
      i += m[0].length;
      continue;
    }
    if ((m = /^"([^"]*)"|^'([^']*)'/.exec(rest))) {
      out.push({ kind: "string", value: m[1] ?? m[2] });
      i += m[0].length;
      continue;
    }
    out.push({ kind: "punct", value: rest[0] });
    i++;
  }
  return out;
}

function tokenEqual(a, b) {
  const zeroLength = (t) => (t.kind === "number" && t.value === 0) || (t.kind === "length" && t.value === 0);
  if (zeroLength(a) && zeroLength(b)) return true;
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "color":
      return colorsEqual(a.value, b.value);
    case "length":
      return Math.abs(a.value - b.value) <= 0.5;
    case "number":
    case "time":
      return Math.abs(a.value - b.value) <= 1e-3 * Math.max(1, Math.abs(a.value));
    case "dim":
      return a.unit === b.unit && Math.abs(a.value - b.value) <= 1e-3;
    default:
      return a.value === b.value;
  }
}

function tokensEqual(x, y) {
  return x.length === y.length && x.every((t, i) => tokenEqual(t, y[i]));
}

// A shadow list in a fixed order: each layer's `inset`, then its lengths (missing blur/spread are 0),
// then its colour (currentcolor when none is written, which the element's colour resolves).
function shadowLayers(text, property, context) {
  if (text.trim().toLowerCase() === "none") return "none";
  const lengthsWanted = property === "box-shadow" ? 4 : 3;
  return splitTop(text, ",").map((layer) => {
    const ts = tokens(layer);
    const color = ts.find((t) => t.kind === "color")?.value ?? oklabOf(context?.color ?? "black");
    const inset = ts.some((t) => t.kind === "word" && t.value === "inset");
    const lengths = ts.filter((t) => t.kind === "length" || t.kind === "number").map((t) => t.value);
    while (lengths.length < lengthsWanted) lengths.push(0);
    const rest = ts.filter((t) => !["color", "length", "number"].includes(t.kind) && !(t.kind === "word" && (t.value === "inset" || t.value === "currentcolor")));
    return { color, inset, lengths, rest: rest.length };
  });
}

function shadowsEqual(x, y) {
  if (x === "none" || y === "none") return x === y;
  return (
    x.length === y.length &&
    x.every((l, i) => {
      const r = y[i];
      return (
        l.rest === 0 &&
        r.rest === 0 &&
        l.inset === r.inset &&
        l.lengths.length === r.lengths.length &&
        l.lengths.every((v, k) => Math.abs(v - r.lengths[k]) <= 0.5) &&
        colorsEqual(l.color, r.color)
      );
    })
  );
}

function familyList(text) {
  return splitTop(text, ",").map((f) => f.trim().replace(/^["']|["']$/g, "").toLowerCase());
}

// Two texts of one property, equal after the normalisations above: shadows layer by layer, font families
// without quotes, anything else token by token.
export function textsEqual(claimText, computed, property, context) {
  const a = claimText.trim();
  const b = computed.trim();
  if (a.toLowerCase() === b.toLowerCase()) return true;
  if (property === "box-shadow" || property === "text-shadow") {
    return shadowsEqual(shadowLayers(a, property, context), shadowLayers(b, property, context));
  }
  if (property === "font-family") return JSON.stringify(familyList(a)) === JSON.stringify(familyList(b));
  if (property === "font-weight" && FONT_WEIGHTS[a.toLowerCase()]) return FONT_WEIGHTS[a.toLowerCase()] === b;
  const ta = tokens(a);
  const tb = tokens(b);
  if (tokensEqual(ta, tb)) return true;
  // A list the browser repeats to the length of another list (transition-duration against
  // transition-property) is equal when the written list is its first item.
  if (ta.length === 1 && tb.length > 1 && tb.every((t) => t.kind === "punct" || tokenEqual(t, ta[0]))) return true;
  return false;
}

// Whether a line height is the parent's unitless ratio applied to the element's own font size,
// which is what `line-height: inherit` gives when the parent's is a number.
function inheritsLineHeightRatio(property, computed, context) {
  if (property !== "line-height" || !context) return false;
  const own = parseFloat(computed);
  const fontSize = parseFloat(context["font-size"]);
  const parentLine = parseFloat(context["parent-line-height"]);
  const parentFont = parseFloat(context["parent-font-size"]);
  if (![own, fontSize, parentLine, parentFont].every(Number.isFinite) || parentFont === 0) return false;
  return Math.abs((parentLine / parentFont) * fontSize - own) <= 0.5;
}

// The verdict on one counted triple, given rebrand's claim (or none): match, wrong or silent, with a
// reason; or `excluded` for a layout-resolved value rebrand states no length for.
export function judge({ claim, property, computed, declaredText, context, sameAsParent }) {
  const layout = isLayoutResolved(computed, declaredText);
  if (!claim) return layout ? { verdict: "excluded", reason: "layout-resolved" } : { verdict: "silent", reason: "no value" };
  const { value } = claim;
  const text = claim.text;
  if (layout) {
    if (value.type !== "length" && value.type !== "number") return { verdict: "excluded", reason: "layout-resolved" };
    const px = value.type === "length" ? lengthPx(value, property, context) : value.number === 0 ? 0 : null;
    if (px === null) return { verdict: "excluded", reason: "layout-resolved" };
  }
  switch (value.type) {
    case "reference":
      return { verdict: "silent", reason: `unresolved ${value.kind}` };
    case "unresolved":
      return { verdict: "silent", reason: "unresolved expression" };
    case "color": {
      const browser = oklabOf(computed);
      if (!browser) return { verdict: "wrong", reason: "colour against a non-colour" };
      return colorsEqual(value.oklab, browser) ? { verdict: "match" } : { verdict: "wrong", reason: "colour" };
    }
    case "length": {
      // A percentage the browser keeps as one (border-radius: 50%) is compared as written.
      if (value.unit === "%" && /^-?[\d.]+%$/.test(computed.trim())) {
        return Math.abs(parseFloat(computed) - value.number) <= 0.01 ? { verdict: "match" } : { verdict: "wrong", reason: "percentage" };
      }
      const px = lengthPx(value, property, context);
      if (px === null) return { verdict: "silent", reason: `length in ${value.unit} the judge cannot resolve` };
      const m = PX.exec(computed.trim());
      if (!m) return { verdict: "wrong", reason: "length against a non-length" };
      // A corner radius of 9999px or more rounds every element smaller than that fully, as
      // Tailwind v4's `calc(infinity * 1px)` does: the two draw the same shape.
      if (/radius$/.test(property) && px >= 9999 && Number(m[1]) >= 9999) return { verdict: "match" };
      return Math.abs(Number(m[1]) - px) <= 0.5 ? { verdict: "match" } : { verdict: "wrong", reason: "length" };
    }
    case "number": {
      const n = value.number;
      const m = PX.exec(computed.trim());
      if (property === "line-height") {
        const fontSize = parseFloat(context?.["font-size"]);
        if (!m || !Number.isFinite(fontSize)) return { verdict: "wrong", reason: "number" };
        return Math.abs(Number(m[1]) - n * fontSize) <= 0.5 ? { verdict: "match" } : { verdict: "wrong", reason: "number" };
      }
      if (m) {
        // A unitless 0 is a length; any other bare number against a length is a different value.
        if (n === 0) return Math.abs(Number(m[1])) <= 0.5 ? { verdict: "match" } : { verdict: "wrong", reason: "length" };
        return { verdict: "wrong", reason: "number against a length" };
      }
      const c = Number(computed.trim());
      if (!Number.isFinite(c)) return { verdict: "wrong", reason: "number against a non-number" };
      return Math.abs(c - n) <= 1e-3 * Math.max(1, Math.abs(n)) ? { verdict: "match" } : { verdict: "wrong", reason: "number" };
    }
    case "keyword": {
      let kw = value.keyword.toLowerCase();
      if (property === "display") kw = blockified(kw, context);
      if (kw === "inherit") {
        if (sameAsParent || inheritsLineHeightRatio(property, computed, context)) return { verdict: "match" };
        return { verdict: "wrong", reason: "inherit" };
      }
      if (CSS_WIDE.has(kw)) return { verdict: "silent", reason: `keyword ${kw}` };
      if (kw === "currentcolor") {
        return colorsEqual(oklabOf(context?.color ?? ""), oklabOf(computed)) ? { verdict: "match" } : { verdict: "wrong", reason: "currentcolor" };
      }
      if (COLOR_PROPERTY.test(property) && isColorText(kw)) {
        return colorsEqual(oklabOf(kw), oklabOf(computed)) ? { verdict: "match" } : { verdict: "wrong", reason: "colour" };
      }
      if (property === "font-weight" && FONT_WEIGHTS[kw]) return FONT_WEIGHTS[kw] === computed.trim() ? { verdict: "match" } : { verdict: "wrong", reason: "keyword" };
      return kw === computed.trim().toLowerCase() || textsEqual(kw, computed, property, context)
        ? { verdict: "match" }
        : { verdict: "wrong", reason: "keyword" };
    }
    case "composite":
    case "text": {
      if (text === undefined || text === null) return { verdict: "silent", reason: "no text" };
      if (/\$\{|\bvar\(/.test(text)) return { verdict: "silent", reason: "unresolved text" };
      if (COLOR_PROPERTY.test(property) && text.trim().toLowerCase() === "currentcolor") {
        return colorsEqual(oklabOf(context?.color ?? ""), oklabOf(computed)) ? { verdict: "match" } : { verdict: "wrong", reason: "currentcolor" };
      }
      return textsEqual(text, computed, property, context) ? { verdict: "match" } : { verdict: "wrong", reason: "text" };
    }
    default:
      return { verdict: "silent", reason: `value type ${value.type}` };
  }
}
