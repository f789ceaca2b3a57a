import "../global.css";

function Wrapped({ className, children, ...rest }: any) {
  return <span className={className} {...rest}>{children}</span>;
}

export function BadgeGlobalCss({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <span className="item-3-0">badge 0</span>
      <span className="entry-3-1">badge 1</span>
      <span className="unit-3-2">badge 2</span>
      <span className="item-3-3">badge 3</span>
      <span className="entry-3-4">badge 4</span>
      <Wrapped className="unit-3-5">badge 5</Wrapped>
      <span className="item-3-6">badge 6</span>
    </div>
  );
}
