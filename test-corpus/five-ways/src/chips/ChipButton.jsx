import "./chip.css";

// Looks exactly like the chips, but it is a button that does something: a different pattern.
export function ChipButton({ label, onRemove }) {
  return (
    <button type="button" className="chip" onClick={onRemove}>
      {label}
    </button>
  );
}
