import "./demo.css";

export const Demo = () => <a href="#">demo</a>;
