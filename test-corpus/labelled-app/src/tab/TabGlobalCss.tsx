import "../global.css";

function Wrapped({ className, children, ...rest }: any) {
  return <button className={className} {...rest}>{children}</button>;
}

export function TabGlobalCss({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <button type="button" role="tab" aria-selected={false} onClick={onAction} className="item-7-0">tab 0</button>
      <button type="button" role="tab" aria-selected={false} onClick={onAction} className="entry-7-1">tab 1</button>
      <button type="button" role="tab" aria-selected={false} onClick={onAction} className="unit-7-2">tab 2</button>
      <button type="button" role="tab" aria-selected={false} onClick={onAction} className="item-7-3">tab 3</button>
      <button type="button" role="tab" aria-selected={false} onClick={onAction} className="entry-7-4">tab 4</button>
      <Wrapped className="unit-7-5" type="button" role="tab" aria-selected={false} onClick={onAction}>tab 5</Wrapped>
      <button type="button" role="tab" aria-selected={false} onClick={onAction} className="item-7-6">tab 6</button>
    </div>
  );
}
