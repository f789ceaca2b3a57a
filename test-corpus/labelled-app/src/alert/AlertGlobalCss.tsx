import "../global.css";

function Wrapped({ className, children, ...rest }: any) {
  return <div className={className} {...rest}>{children}</div>;
}

export function AlertGlobalCss({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <div role="alert" className="item-9-0">alert 0</div>
      <div role="alert" className="entry-9-1">alert 1</div>
      <div role="alert" className="unit-9-2">alert 2</div>
      <div role="alert" className="item-9-3">alert 3</div>
      <div role="alert" className="entry-9-4">alert 4</div>
      <Wrapped className="unit-9-5" role="alert">alert 5</Wrapped>
      <div role="alert" className="item-9-6">alert 6</div>
    </div>
  );
}
