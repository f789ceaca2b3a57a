import "./global.css";

export const Page = () => <h1>Docs</h1>;
