import "../global.css";

export function NavLinkGlobalCss({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <a href="/settings" className="item-6-0">nav-link 0</a>
      <a href="/settings" className="entry-6-1">nav-link 1</a>
      <a href="/settings" className="unit-6-2">nav-link 2</a>
      <a href="/settings" className="item-6-3">nav-link 3</a>
      <a href="/settings" className="entry-6-4">nav-link 4</a>
      <a href="/settings" className="unit-6-5">nav-link 5</a>
      <a href="/settings" className="item-6-6">nav-link 6</a>
    </div>
  );
}
