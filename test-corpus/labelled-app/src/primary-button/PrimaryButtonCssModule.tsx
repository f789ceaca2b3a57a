import styles from "./PrimaryButtonCssModule.module.css";

function Wrapped({ className, children, ...rest }: any) {
  return <button className={className} {...rest}>{children}</button>;
}

export function PrimaryButtonCssModule({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <button type="button" onClick={onAction} className={styles["entry-1-7"]}>primary-button 7</button>
      <button type="button" onClick={onAction} className={styles["unit-1-8"]}>primary-button 8</button>
      <button type="button" onClick={onAction} className={styles["item-1-9"]}>primary-button 9</button>
      <button type="button" onClick={onAction} className={styles["entry-1-10"]}>primary-button 10</button>
      <button type="button" onClick={onAction} className={styles["unit-1-11"]}>primary-button 11</button>
      <Wrapped className={styles["item-1-12"]} type="button" onClick={onAction}>primary-button 12</Wrapped>
      <button type="button" onClick={onAction} className={styles["entry-1-13"]}>primary-button 13</button>
    </div>
  );
}
