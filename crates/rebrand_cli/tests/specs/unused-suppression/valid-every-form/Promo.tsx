export function Promo() {
  return (
    <div>
      {/* rebrand-ignore-next-line no-raw-value: the partner's colour */}
      <p style={{ color: "#2563eb" }}>Partner</p>
      <p style={{ color: "#2563eb" }}>Partner</p> {/* rebrand-ignore no-raw-value: the partner's colour */}
    </div>
  );
}
