import "../global.css";

export function BadgeGlobalCss({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <span className="item-3-0">badge 0</span>
      <span className="entry-3-1">badge 1</span>
      <span className="unit-3-2">badge 2</span>
      <span className="item-3-3">badge 3</span>
      <span className="entry-3-4">badge 4</span>
      <span className="unit-3-5">badge 5</span>
      <span className="item-3-6">badge 6</span>
    </div>
  );
}
