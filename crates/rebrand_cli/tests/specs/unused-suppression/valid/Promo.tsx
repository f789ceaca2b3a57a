export function Promo() {
  return (
    <div>
      {/* rebrand-ignore-next-line no-raw-value: one-off */}
      <p style={{ color: '#2563eb' }}>Launch week</p>
    </div>
  );
}
