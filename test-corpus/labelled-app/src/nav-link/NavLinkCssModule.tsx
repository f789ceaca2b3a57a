import styles from "./NavLinkCssModule.module.css";

function Wrapped({ className, children, ...rest }: any) {
  return <a className={className} {...rest}>{children}</a>;
}

export function NavLinkCssModule({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <a href="/settings" className={styles["entry-6-7"]}>nav-link 7</a>
      <a href="/settings" className={styles["unit-6-8"]}>nav-link 8</a>
      <a href="/settings" className={styles["item-6-9"]}>nav-link 9</a>
      <a href="/settings" className={styles["entry-6-10"]}>nav-link 10</a>
      <a href="/settings" className={styles["unit-6-11"]}>nav-link 11</a>
      <Wrapped className={styles["item-6-12"]} href="/settings">nav-link 12</Wrapped>
      <a href="/settings" className={styles["entry-6-13"]}>nav-link 13</a>
    </div>
  );
}
