import "./admin.css";

export function Admin() {
  return (
    <section>
      <h1>Admin</h1>
      <a href="/">Home</a>
      <p className="title">Not a web title</p>
    </section>
  );
}
