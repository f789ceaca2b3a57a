import styles from "./TagLinkCssModule.module.css";

export function TagLinkCssModule({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <a href="/tags" className={styles["entry-8-7"]}>tag-link 7</a>
      <a href="/tags" className={styles["unit-8-8"]}>tag-link 8</a>
      <a href="/tags" className={styles["item-8-9"]}>tag-link 9</a>
      <a href="/tags" className={styles["entry-8-10"]}>tag-link 10</a>
      <a href="/tags" className={styles["unit-8-11"]}>tag-link 11</a>
      <a href="/tags" className={styles["item-8-12"]}>tag-link 12</a>
      <a href="/tags" className={styles["entry-8-13"]}>tag-link 13</a>
    </div>
  );
}
