import styles from "./GhostButtonCssModule.module.css";

function Wrapped({ className, children, ...rest }: any) {
  return <button className={className} {...rest}>{children}</button>;
}

export function GhostButtonCssModule({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <button type="button" onClick={onAction} className={styles["entry-2-7"]}>ghost-button 7</button>
      <button type="button" onClick={onAction} className={styles["unit-2-8"]}>ghost-button 8</button>
      <button type="button" onClick={onAction} className={styles["item-2-9"]}>ghost-button 9</button>
      <button type="button" onClick={onAction} className={styles["entry-2-10"]}>ghost-button 10</button>
      <button type="button" onClick={onAction} className={styles["unit-2-11"]}>ghost-button 11</button>
      <Wrapped className={styles["item-2-12"]} type="button" onClick={onAction}>ghost-button 12</Wrapped>
      <button type="button" onClick={onAction} className={styles["entry-2-13"]}>ghost-button 13</button>
    </div>
  );
}
