import "../global.css";

function Wrapped({ className, children, ...rest }: any) {
  return <li className={className} {...rest}>{children}</li>;
}

export function ListItemGlobalCss({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <li className="item-0-0">list-item 0</li>
      <li className="entry-0-1">list-item 1</li>
      <li className="unit-0-2">list-item 2</li>
      <li className="item-0-3">list-item 3</li>
      <li className="entry-0-4">list-item 4</li>
      <Wrapped className="unit-0-5">list-item 5</Wrapped>
      <li className="item-0-6">list-item 6</li>
    </div>
  );
}
