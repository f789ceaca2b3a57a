import "./tiles.css";

export function Gallery({ loading }: { loading: boolean }) {
  return (
    <section>
      <div className="tile">A</div>
      <div className="tile">B</div>
      <div className="skeleton" />
      <div className="skeleton" />
    </section>
  );
}
