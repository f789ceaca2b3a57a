// Holds the judge's rules to hand-checked cases, since a judge that calls a right value wrong is worse than none.
import { test } from "node:test";
import assert from "node:assert/strict";
import { applies, blockified, colorsEqual, contextHolds, expandShorthand, isLayoutResolved, judge, mediaHolds, parseContext, stateEnv } from "../lib/judge.mjs";

const themes = [
  { name: "dark", htmlClass: "dark" },
  { name: "dark-media", colorScheme: "dark" },
];
const oklab = (l, a, b, alpha = 1) => ({ l, a, b, alpha });
const button = { tag: "button", attributes: { type: "button", "aria-pressed": "true" }, owner_props: { variant: "primary" } };

test("colours compare in OKLab within ΔE 2, alpha apart", () => {
  // #4f46e5 in OKLab, as rebrand writes it.
  const brand = oklab(0.51057, 0.0279, -0.22836);
  assert.equal(judge({ claim: { value: { type: "color", oklab: brand } }, property: "color", computed: "rgb(79, 70, 229)" }).verdict, "match");
  assert.equal(judge({ claim: { value: { type: "color", oklab: brand } }, property: "color", computed: "rgb(79, 70, 180)" }).verdict, "wrong");
  assert.equal(judge({ claim: { value: { type: "color", oklab: { ...brand, alpha: 0.9 } } }, property: "background-color", computed: "oklab(0.510554 0.0279175 -0.228344 / 0.9)" }).verdict, "match");
  assert.ok(colorsEqual(oklab(0.2, 0.1, 0, 0), oklab(0.9, 0, 0.1, 0)), "two transparent colours are equal");
  assert.ok(!colorsEqual(oklab(0.5, 0, 0, 1), oklab(0.5, 0, 0, 0.5)));
});

test("lengths resolve rem, em, viewport units and unitless line heights", () => {
  const context = { "font-size": "14px", "parent-font-size": "16px" };
  const len = (number, unit, px) => ({ type: "length", number, unit, ...(px === undefined ? {} : { px }) });
  assert.equal(judge({ claim: { value: len(1, "rem", 16) }, property: "padding-left", computed: "16px", context }).verdict, "match");
  assert.equal(judge({ claim: { value: len(1, "rem", 16) }, property: "padding-left", computed: "16.4px", context }).verdict, "match");
  assert.equal(judge({ claim: { value: len(1, "rem", 16) }, property: "padding-left", computed: "17px", context }).verdict, "wrong");
  assert.equal(judge({ claim: { value: len(2, "em") }, property: "padding-left", computed: "28px", context }).verdict, "match");
  assert.equal(judge({ claim: { value: len(1.5, "em") }, property: "font-size", computed: "24px", context }).verdict, "match");
  assert.equal(judge({ claim: { value: len(100, "vh") }, property: "min-height", computed: "800px", declaredText: "100vh", context }).verdict, "match");
  assert.equal(judge({ claim: { value: { type: "number", number: 1.4 } }, property: "line-height", computed: "19.6px", context }).verdict, "match");
  assert.equal(judge({ claim: { value: { type: "number", number: 0 } }, property: "margin-top", computed: "0px", context }).verdict, "match");
  assert.equal(judge({ claim: { value: len(50, "%") }, property: "width", computed: "320px", declaredText: "50%", context }).verdict, "excluded");
  assert.equal(judge({ claim: { value: { type: "keyword", keyword: "auto" } }, property: "margin-left", computed: "160px", declaredText: "auto", context }).verdict, "excluded");
  assert.equal(judge({ claim: null, property: "width", computed: "240px", declaredText: "calc(var(--spacing) * 60)" }).verdict, "excluded");
  assert.ok(!isLayoutResolved("16px", "16px"));
  assert.ok(isLayoutResolved("352px 352px", "repeat(2, minmax(0, 1fr))"));
});

test("keywords: case, font weights, blockified display, currentcolor and inherit", () => {
  assert.equal(judge({ claim: { value: { type: "keyword", keyword: "bold" } }, property: "font-weight", computed: "700" }).verdict, "match");
  assert.equal(judge({ claim: { value: { type: "keyword", keyword: "inline-flex" } }, property: "display", computed: "flex", context: { "parent-display": "flex" } }).verdict, "match");
  assert.equal(judge({ claim: { value: { type: "keyword", keyword: "inline-flex" } }, property: "display", computed: "flex", context: { "parent-display": "block" } }).verdict, "wrong");
  assert.equal(blockified("inline", { position: "absolute" }), "block");
  assert.equal(judge({ claim: { value: { type: "keyword", keyword: "currentcolor" } }, property: "border-top-color", computed: "rgb(1, 2, 3)", context: { color: "rgb(1, 2, 3)" } }).verdict, "match");
  assert.equal(judge({ claim: { value: { type: "keyword", keyword: "inherit" } }, property: "font-size", computed: "16px", sameAsParent: true }).verdict, "match");
  assert.equal(judge({ claim: { value: { type: "keyword", keyword: "inherit" } }, property: "font-size", computed: "13px", sameAsParent: false }).verdict, "wrong");
  assert.equal(judge({ claim: { value: { type: "keyword", keyword: "transparent" } }, property: "background-color", computed: "rgba(0, 0, 0, 0)" }).verdict, "match");
});

test("composites: shadows, families, times; references and expressions are silent", () => {
  const composite = (text) => ({ value: { type: "composite" }, text });
  assert.equal(judge({ claim: composite("0 4px 12px rgba(79, 70, 229, 0.15)"), property: "box-shadow", computed: "rgba(79, 70, 229, 0.15) 0px 4px 12px 0px" }).verdict, "match");
  assert.equal(judge({ claim: composite("inset 0 -2px 0 #4f46e5"), property: "box-shadow", computed: "rgb(79, 70, 229) 0px -2px 0px 0px inset" }).verdict, "match");
  assert.equal(judge({ claim: composite("0 4px 12px rgba(79, 70, 229, 0.15)"), property: "box-shadow", computed: "rgba(79, 70, 229, 0.15) 0px 4px 10px 0px" }).verdict, "wrong");
  assert.equal(judge({ claim: composite('"Inter", system-ui,sans-serif'), property: "font-family", computed: "Inter, system-ui, sans-serif" }).verdict, "match");
  assert.equal(judge({ claim: composite("150ms"), property: "transition-duration", computed: "0.15s" }).verdict, "match");
  assert.equal(judge({ claim: composite("cubic-bezier(.4,0,.2,1)"), property: "transition-timing-function", computed: "cubic-bezier(0.4, 0, 0.2, 1)" }).verdict, "match");
  assert.equal(judge({ claim: composite("repeat(2, minmax(0, 1fr))"), property: "grid-template-columns", computed: "352px 352px", declaredText: "repeat(2, minmax(0, 1fr))" }).verdict, "excluded");
  assert.equal(judge({ claim: { value: { type: "reference", kind: "scss-variable", name: "$x" } }, property: "color", computed: "rgb(0, 0, 0)" }).verdict, "silent");
  assert.equal(judge({ claim: { value: { type: "unresolved", reason: "js" } }, property: "width", computed: "40px", declaredText: "40px" }).verdict, "silent");
});

test("shorthands rebrand keeps whole expand to the browser's longhands", () => {
  assert.deepEqual(
    expandShorthand("flex", { type: "composite" }, "1").map(([p, v]) => `${p}=${v.text}`),
    ["flex-grow=1", "flex-shrink=1", "flex-basis=0%"],
  );
  const td = Object.fromEntries(expandShorthand("text-decoration", { type: "keyword", keyword: "underline" }, "underline"));
  assert.equal(td["text-decoration-line"].text, "underline");
  assert.equal(td["text-decoration-color"].keyword, "currentcolor");
  assert.equal(expandShorthand("border-radius", { type: "length", number: 6, unit: "px", px: 6 }, "6px").length, 4);
  assert.equal(expandShorthand("border-radius", { type: "composite" }, "6px 2px"), null);
});

test("media queries for the pinned 1280×800 page", () => {
  const light = stateEnv("base", themes);
  const dark = stateEnv("dark-media", themes);
  assert.equal(mediaHolds("(min-width: 1024px)", light), true);
  assert.equal(mediaHolds("(max-width: 640px)", light), false);
  assert.equal(mediaHolds("screen and (min-width: 40rem)", light), true);
  assert.equal(mediaHolds("(width >= 768px)", light), true);
  assert.equal(mediaHolds("(640px <= width < 1024px)", light), false);
  assert.equal(mediaHolds("(hover: hover)", light), true);
  assert.equal(mediaHolds("(prefers-color-scheme: dark)", light), false);
  assert.equal(mediaHolds("(prefers-color-scheme: dark)", dark), true);
  assert.equal(mediaHolds("print, (min-width: 2000px)", light), false);
  assert.equal(mediaHolds("(min-aspect-ratio: 16/9)", light), null);
  assert.equal(mediaHolds("@supports (display: grid)", light), null);
  assert.equal(mediaHolds("@include respond(md)", light), null);
});

test("conditions: states any-of, dark by class or by query, variants, dynamic, unknown fields, context", () => {
  const base = stateEnv("base", themes);
  const hover = stateEnv("hover", themes);
  const darkClass = stateEnv("dark", themes);
  const darkMedia = stateEnv("dark-media", themes);
  const a = (condition, env, extra = {}) => applies({ condition, ...extra }, env, button, extra.ancestors ?? []).applies;
  assert.equal(a({ states: [":hover"] }, base), false);
  assert.equal(a({ states: [":hover"] }, hover), true);
  assert.equal(a({ states: [":focus-visible", ":hover"] }, hover), true);
  assert.equal(a({ states: ['[aria-pressed="true"]'] }, base), true);
  assert.equal(a({ states: [":disabled"] }, base), false);
  assert.equal(a({ states: [":nth-child(2)"] }, base), null);
  assert.equal(a({ dark: true }, darkClass), true);
  assert.equal(a({ dark: true }, darkMedia), false);
  assert.equal(a({ dark: true, media: ["(prefers-color-scheme: dark)"] }, darkMedia), true);
  assert.equal(a({ dark: true, media: ["(prefers-color-scheme: dark)"] }, darkClass), false);
  assert.equal(a({ variants: { variant: "primary" } }, base), true);
  assert.equal(a({ variants: { variant: "ghost" } }, base), false);
  assert.equal(a({ variants: { size: "sm" } }, base), null, "a map leaves a prop not passed undecided");
  assert.equal(a({ variants: ["variant=primary"] }, base), true);
  assert.equal(a({ variants: ["variant=ghost"] }, base), false);
  assert.equal(a({ variants: ["$active"] }, base), false);
  assert.equal(applies({ condition: { variants: ["$active"] } }, base, { ...button, owner_props: { $active: true } }, []).applies, true);
  assert.equal(applies({ condition: { variants: ["$active"] } }, base, { ...button, owner_props: undefined }, []).applies, null);
  assert.equal(a({ variants: ["size=md (default)"] }, base), true, "a default variant holds when the prop is not passed");
  assert.equal(a({ variants: ["size=sm"] }, base), false);
  assert.equal(a({ variants: ["variant=primary (default)"] }, base), true);
  assert.equal(applies({ condition: { variants: ["variant=primary (default)"] } }, base, { ...button, owner_props: { variant: "ghost" } }, []).applies, false);
  assert.equal(a({ variants: ["!featured"] }, base), true);
  assert.equal(applies({ condition: { variants: ["!featured", "active"] } }, base, { ...button, owner_props: { featured: false, active: true } }, []).applies, true);
  assert.equal(a({ dynamic: true }, base), null);
  assert.equal(a({ container: ["(min-width: 400px)"] }, base), null);
  const ancestors = [{ tag: "div", attributes: { class: "panel" } }, { tag: "aside", attributes: { class: "sidebar wide" } }, { tag: "body", attributes: {} }];
  assert.equal(contextHolds(parseContext(".sidebar"), ancestors), true);
  assert.equal(contextHolds(parseContext("aside.sidebar > .panel"), ancestors), true);
  assert.equal(contextHolds(parseContext(".sidebar > body"), ancestors), false);
  assert.equal(contextHolds(parseContext(".menu"), ancestors), false);
  assert.equal(parseContext(".sidebar:hover"), null);
  assert.equal(a({}, base, { context: ".sidebar", ancestors }), true);
  assert.equal(a({}, base, { context: ".sidebar:hover", ancestors }), null);
});
