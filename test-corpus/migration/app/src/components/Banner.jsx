export function Banner({ children }) {
  return (
    <div style={{ color: "#111827", background: "#2563eb", borderRadius: "6px" }}>
      {children}
    </div>
  );
}
