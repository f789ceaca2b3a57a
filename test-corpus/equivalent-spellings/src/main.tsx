import "./tags.css";

export function Tags() {
  return (
    <p>
      <span className="tag-a">new</span>
      <span className="tag-b">beta</span>
    </p>
  );
}
