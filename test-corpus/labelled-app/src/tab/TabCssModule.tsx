import styles from "./TabCssModule.module.css";

function Wrapped({ className, children, ...rest }: any) {
  return <button className={className} {...rest}>{children}</button>;
}

export function TabCssModule({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <button type="button" role="tab" aria-selected={false} onClick={onAction} className={styles["entry-7-7"]}>tab 7</button>
      <button type="button" role="tab" aria-selected={false} onClick={onAction} className={styles["unit-7-8"]}>tab 8</button>
      <button type="button" role="tab" aria-selected={false} onClick={onAction} className={styles["item-7-9"]}>tab 9</button>
      <button type="button" role="tab" aria-selected={false} onClick={onAction} className={styles["entry-7-10"]}>tab 10</button>
      <button type="button" role="tab" aria-selected={false} onClick={onAction} className={styles["unit-7-11"]}>tab 11</button>
      <Wrapped className={styles["item-7-12"]} type="button" role="tab" aria-selected={false} onClick={onAction}>tab 12</Wrapped>
      <button type="button" role="tab" aria-selected={false} onClick={onAction} className={styles["entry-7-13"]}>tab 13</button>
    </div>
  );
}
