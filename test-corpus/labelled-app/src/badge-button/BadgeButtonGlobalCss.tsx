import "../global.css";

function Wrapped({ className, children, ...rest }: any) {
  return <button className={className} {...rest}>{children}</button>;
}

export function BadgeButtonGlobalCss({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <button type="button" onClick={onAction} className="item-4-0">badge-button 0</button>
      <button type="button" onClick={onAction} className="entry-4-1">badge-button 1</button>
      <button type="button" onClick={onAction} className="unit-4-2">badge-button 2</button>
      <button type="button" onClick={onAction} className="item-4-3">badge-button 3</button>
      <button type="button" onClick={onAction} className="entry-4-4">badge-button 4</button>
      <Wrapped className="unit-4-5" type="button" onClick={onAction}>badge-button 5</Wrapped>
      <button type="button" onClick={onAction} className="item-4-6">badge-button 6</button>
    </div>
  );
}
