// Template literals in style objects, read part by part: known constants resolve, an
// expression leaves its part unresolved and the rest known.
const gap = 8;
const accent = "59 130 246";

export function Spacing({ scale }: { scale: number }) {
  return (
    <div
      style={{
        padding: `${gap}px 16px`,
        margin: `${scale * gap}px auto`,
        color: `rgb(${accent} / 0.5)`,
      }}
    >
      Spacing
    </div>
  );
}
