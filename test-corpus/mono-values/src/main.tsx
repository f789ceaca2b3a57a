import "./fields.css";

export function Fields() {
  return (
    <dl>
      <span className="label">Threshold</span>
      <span className="label-restated">Window</span>
      <span className="value">0.75</span>
      <span className="value">5m</span>
    </dl>
  );
}
