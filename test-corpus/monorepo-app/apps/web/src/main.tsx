import "./globals.css";
import { Button, TextLink } from "@acme/ui";

export function App() {
  return (
    <main>
      <h1 className="title">Web</h1>
      <a href="/">Home</a>
      <TextLink href="/docs">Docs</TextLink>
      <Button>Go</Button>
    </main>
  );
}
