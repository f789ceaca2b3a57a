// The Babel plugin that stamps every JSX opening element with its source position (data-oracle-src).
import path from "node:path";

// Fragments take no props, so stamping them would only make React warn.
const UNSTAMPED = new Set(["Fragment", "React.Fragment"]);

function elementName(t, name) {
  if (t.isJSXIdentifier(name)) return name.name;
  if (t.isJSXMemberExpression(name)) return `${elementName(t, name.object)}.${name.property.name}`;
  if (t.isJSXNamespacedName(name)) return `${name.namespace.name}:${name.name.name}`;
  return "";
}

// The stamp is `path:line:column` of the `<`, line 1-based and column 0-based in UTF-16 units, which is
// what Babel's locations are. It is appended after every other attribute: when an element spreads its
// props (`<button {...props}>`), the innermost JSX element that actually creates the DOM node wins, and
// the outer usages stay visible through React's fiber tree (see lib/page.mjs).
export function stampPlugin(appDir) {
  return function oracleStamp({ types: t }) {
    return {
      name: "oracle-stamp",
      visitor: {
        JSXOpeningElement(p, state) {
          const file = state.filename;
          if (!file || !p.node.loc) return;
          const rel = path.relative(appDir, file);
          if (rel.startsWith("..") || path.isAbsolute(rel)) return;
          if (UNSTAMPED.has(elementName(t, p.node.name))) return;
          const { line, column } = p.node.loc.start;
          const stamp = `${rel.split(path.sep).join("/")}:${line}:${column}`;
          p.node.attributes.push(t.jsxAttribute(t.jsxIdentifier("data-oracle-src"), t.stringLiteral(stamp)));
        },
      },
    };
  };
}
