import "./tokens.css";
import "./tags.css";

// Tags whose surface is a token no other element uses, and a panel that shares their ink.
export function Tags() {
  return (
    <div className="panel">
      <span className="tag">design</span>
      <span className="tag">code</span>
      <span className="badge">new</span>
      <span className="badge">beta</span>
    </div>
  );
}
