// How the apply checks compare computed values: colours as rounded rgba, px lengths as numbers.
import { converter, parse as parseColor } from "culori";

const rgb = converter("rgb");

// A computed or requested value in one spelling: `#f5f3ff`, `rgb(245, 243, 255)` and
// `rgba(245,243,255,1)` compare equal, as do `6px` and `6.0px`.
export function normalise(text) {
  const trimmed = String(text).trim();
  const colour = parseColor(trimmed);
  if (colour) {
    const { r, g, b, alpha = 1 } = rgb(colour);
    return `rgba(${[r, g, b].map((channel) => Math.round(channel * 255)).join(",")},${Math.round(alpha * 100) / 100})`;
  }
  const length = /^(-?[\d.]+)px$/.exec(trimmed);
  return length ? `${Number(length[1])}px` : trimmed;
}

// Per `instance|state` of a recording: the computed style and the properties the element's own
// rules declare, `same_as` followed.
export function recordedStyles(recording) {
  const byKey = new Map();
  for (const entry of recording.records) byKey.set(`${entry.instance}|${entry.state}`, entry);
  const resolve = (entry) => (entry.same_as ? resolve(byKey.get(`${entry.instance}|${entry.same_as}`)) : entry);
  const result = new Map();
  for (const [key, entry] of byKey) {
    const own = resolve(entry);
    result.set(key, { computed: own?.computed ?? {}, declared: new Set(Object.keys(own?.declared ?? {})) });
  }
  return result;
}
