import "../global.css";

function Wrapped({ className, children, ...rest }: any) {
  return <a className={className} {...rest}>{children}</a>;
}

export function NavLinkGlobalCss({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <a href="/settings" className="item-6-0">nav-link 0</a>
      <a href="/settings" className="entry-6-1">nav-link 1</a>
      <a href="/settings" className="unit-6-2">nav-link 2</a>
      <a href="/settings" className="item-6-3">nav-link 3</a>
      <a href="/settings" className="entry-6-4">nav-link 4</a>
      <Wrapped className="unit-6-5" href="/settings">nav-link 5</Wrapped>
      <a href="/settings" className="item-6-6">nav-link 6</a>
    </div>
  );
}
