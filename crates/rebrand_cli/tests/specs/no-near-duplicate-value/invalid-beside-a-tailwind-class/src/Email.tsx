import './app.css';

export function Email() {
  return (
    <section className="bg-neutral-900 text-white">
      <p className="bg-neutral-900">Welcome</p>
      <p className="bg-neutral-900">Your link</p>
      <a style={{ backgroundColor: '#181818' }} href="/confirm">Confirm</a>
    </section>
  );
}
