export function paint(node: HTMLElement) {
  node.style.cssText = "--accent: red; color: blue";
  node.setAttribute("style", "--ring-width: 2px");
}
