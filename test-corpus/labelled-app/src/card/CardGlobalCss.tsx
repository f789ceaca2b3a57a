import "../global.css";

function Wrapped({ className, children, ...rest }: any) {
  return <section className={className} {...rest}>{children}</section>;
}

export function CardGlobalCss({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <section className="item-5-0">card 0</section>
      <section className="entry-5-1">card 1</section>
      <section className="unit-5-2">card 2</section>
      <section className="item-5-3">card 3</section>
      <section className="entry-5-4">card 4</section>
      <Wrapped className="unit-5-5">card 5</Wrapped>
      <section className="item-5-6">card 6</section>
    </div>
  );
}
