import styles from "./ListItemCssModule.module.css";

function Wrapped({ className, children, ...rest }: any) {
  return <li className={className} {...rest}>{children}</li>;
}

export function ListItemCssModule({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <li className={styles["entry-0-7"]}>list-item 7</li>
      <li className={styles["unit-0-8"]}>list-item 8</li>
      <li className={styles["item-0-9"]}>list-item 9</li>
      <li className={styles["entry-0-10"]}>list-item 10</li>
      <li className={styles["unit-0-11"]}>list-item 11</li>
      <Wrapped className={styles["item-0-12"]}>list-item 12</Wrapped>
      <li className={styles["entry-0-13"]}>list-item 13</li>
    </div>
  );
}
