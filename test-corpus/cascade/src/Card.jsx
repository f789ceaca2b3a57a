import "./cascade.css";

export function Card({ title, onOpen }) {
  return (
    <section className="card">
      <h2 className="title">{title}</h2>
      <p className="spaced">Order decides.</p>
      <div className="pinned wide">Important decides.</div>
      <p className="spaced" style={{ paddingTop: 9 }}>Inline decides.</p>
      <button className="spaced" onClick={onOpen} aria-expanded="false">Open</button>
    </section>
  );
}
