import './app.css';

// Email clients drop classes, so the template repeats the palette colour inline.
export function Email() {
  return (
    <section className="text-neutral-900">
      <p className="text-neutral-900">Welcome</p>
      <p className="text-neutral-900">Your link</p>
      <a style={{ color: '#171717' }} href="/confirm">Confirm</a>
    </section>
  );
}
