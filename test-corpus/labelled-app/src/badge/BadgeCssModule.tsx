import styles from "./BadgeCssModule.module.css";

function Wrapped({ className, children, ...rest }: any) {
  return <span className={className} {...rest}>{children}</span>;
}

export function BadgeCssModule({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <span className={styles["entry-3-7"]}>badge 7</span>
      <span className={styles["unit-3-8"]}>badge 8</span>
      <span className={styles["item-3-9"]}>badge 9</span>
      <span className={styles["entry-3-10"]}>badge 10</span>
      <span className={styles["unit-3-11"]}>badge 11</span>
      <Wrapped className={styles["item-3-12"]}>badge 12</Wrapped>
      <span className={styles["entry-3-13"]}>badge 13</span>
    </div>
  );
}
