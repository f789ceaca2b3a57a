import styles from "./TagLinkCssModule.module.css";

function Wrapped({ className, children, ...rest }: any) {
  return <a className={className} {...rest}>{children}</a>;
}

export function TagLinkCssModule({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <a href="/tags" className={styles["entry-8-7"]}>tag-link 7</a>
      <a href="/tags" className={styles["unit-8-8"]}>tag-link 8</a>
      <a href="/tags" className={styles["item-8-9"]}>tag-link 9</a>
      <a href="/tags" className={styles["entry-8-10"]}>tag-link 10</a>
      <a href="/tags" className={styles["unit-8-11"]}>tag-link 11</a>
      <Wrapped className={styles["item-8-12"]} href="/tags">tag-link 12</Wrapped>
      <a href="/tags" className={styles["entry-8-13"]}>tag-link 13</a>
    </div>
  );
}
