import './page.css';

export function Page() {
  return (
    <main>
      <h2 className="drawer-title">Details</h2>
      <p className="log-line">GET /api 200</p>
      <span className="menu-label">Format</span>
      <div className="palette">Search</div>
      <div className="overlay">Loading</div>
    </main>
  );
}
