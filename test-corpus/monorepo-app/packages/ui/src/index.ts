import "./ui.css";

export { Button } from "./Button";
export { TextLink } from "./TextLink";
