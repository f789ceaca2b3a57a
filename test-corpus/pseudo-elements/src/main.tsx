import "./scroll.css";

export function Layout() {
  return (
    <main>
      <div className="series-list" />
      <div className="side-panel" />
    </main>
  );
}
