import "./chip.css";

export function GlobalChip({ label }) {
  return <span className="chip">{label}</span>;
}
