import './app.css';

export function Panel() {
  return (
    <section className="bg-neutral-50">
      <div className="bg-neutral-50">One</div>
      <div className="bg-neutral-50">Two</div>
      <div className="bg-gray-50">Three</div>
    </section>
  );
}
