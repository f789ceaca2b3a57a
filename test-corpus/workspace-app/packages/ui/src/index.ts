// The package's barrel: every icon, and the button by name.
export * from "./icons";
export { Button } from "./button";
