import type { ReactNode } from "react";

// The panel's look comes from the global SCSS entry (`styles/main.scss`).
export function Panel({ children }: { children: ReactNode }) {
  return (
    <section className="panel panel--brand">
      <p className="brand-outline">{children}</p>
    </section>
  );
}
