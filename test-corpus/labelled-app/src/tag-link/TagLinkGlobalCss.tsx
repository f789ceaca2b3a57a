import "../global.css";

function Wrapped({ className, children, ...rest }: any) {
  return <a className={className} {...rest}>{children}</a>;
}

export function TagLinkGlobalCss({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <a href="/tags" className="item-8-0">tag-link 0</a>
      <a href="/tags" className="entry-8-1">tag-link 1</a>
      <a href="/tags" className="unit-8-2">tag-link 2</a>
      <a href="/tags" className="item-8-3">tag-link 3</a>
      <a href="/tags" className="entry-8-4">tag-link 4</a>
      <Wrapped className="unit-8-5" href="/tags">tag-link 5</Wrapped>
      <a href="/tags" className="item-8-6">tag-link 6</a>
    </div>
  );
}
