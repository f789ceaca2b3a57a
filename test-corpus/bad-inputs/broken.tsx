export function Broken() {
  return <div style={{ color: "red" }}>unclosed
}
