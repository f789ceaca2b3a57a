import "../global.css";

function Wrapped({ className, children, ...rest }: any) {
  return <button className={className} {...rest}>{children}</button>;
}

export function GhostButtonGlobalCss({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <button type="button" onClick={onAction} className="item-2-0">ghost-button 0</button>
      <button type="button" onClick={onAction} className="entry-2-1">ghost-button 1</button>
      <button type="button" onClick={onAction} className="unit-2-2">ghost-button 2</button>
      <button type="button" onClick={onAction} className="item-2-3">ghost-button 3</button>
      <button type="button" onClick={onAction} className="entry-2-4">ghost-button 4</button>
      <Wrapped className="unit-2-5" type="button" onClick={onAction}>ghost-button 5</Wrapped>
      <button type="button" onClick={onAction} className="item-2-6">ghost-button 6</button>
    </div>
  );
}
