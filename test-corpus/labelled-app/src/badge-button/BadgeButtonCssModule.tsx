import styles from "./BadgeButtonCssModule.module.css";

function Wrapped({ className, children, ...rest }: any) {
  return <button className={className} {...rest}>{children}</button>;
}

export function BadgeButtonCssModule({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <button type="button" onClick={onAction} className={styles["entry-4-7"]}>badge-button 7</button>
      <button type="button" onClick={onAction} className={styles["unit-4-8"]}>badge-button 8</button>
      <button type="button" onClick={onAction} className={styles["item-4-9"]}>badge-button 9</button>
      <button type="button" onClick={onAction} className={styles["entry-4-10"]}>badge-button 10</button>
      <button type="button" onClick={onAction} className={styles["unit-4-11"]}>badge-button 11</button>
      <Wrapped className={styles["item-4-12"]} type="button" onClick={onAction}>badge-button 12</Wrapped>
      <button type="button" onClick={onAction} className={styles["entry-4-13"]}>badge-button 13</button>
    </div>
  );
}
