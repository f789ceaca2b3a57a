import "../global.css";

function Wrapped({ className, children, ...rest }: any) {
  return <button className={className} {...rest}>{children}</button>;
}

export function PrimaryButtonGlobalCss({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <button type="button" onClick={onAction} className="item-1-0">primary-button 0</button>
      <button type="button" onClick={onAction} className="entry-1-1">primary-button 1</button>
      <button type="button" onClick={onAction} className="unit-1-2">primary-button 2</button>
      <button type="button" onClick={onAction} className="item-1-3">primary-button 3</button>
      <button type="button" onClick={onAction} className="entry-1-4">primary-button 4</button>
      <Wrapped className="unit-1-5" type="button" onClick={onAction}>primary-button 5</Wrapped>
      <button type="button" onClick={onAction} className="item-1-6">primary-button 6</button>
    </div>
  );
}
