// A button that adds the caller's class to its own.
import "./button.css";

export function Button({ className, label }: { className?: string; label: string }) {
  return <button className={`ui-button ${className ?? ""}`}>{label}</button>;
}
