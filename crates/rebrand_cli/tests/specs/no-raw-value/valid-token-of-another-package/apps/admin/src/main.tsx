import "./tokens.css";

export function Admin() {
  return <main className="admin">Admin</main>;
}
