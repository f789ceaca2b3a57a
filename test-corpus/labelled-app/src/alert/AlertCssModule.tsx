import styles from "./AlertCssModule.module.css";

function Wrapped({ className, children, ...rest }: any) {
  return <div className={className} {...rest}>{children}</div>;
}

export function AlertCssModule({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <div role="alert" className={styles["entry-9-7"]}>alert 7</div>
      <div role="alert" className={styles["unit-9-8"]}>alert 8</div>
      <div role="alert" className={styles["item-9-9"]}>alert 9</div>
      <div role="alert" className={styles["entry-9-10"]}>alert 10</div>
      <div role="alert" className={styles["unit-9-11"]}>alert 11</div>
      <Wrapped className={styles["item-9-12"]} role="alert">alert 12</Wrapped>
      <div role="alert" className={styles["entry-9-13"]}>alert 13</div>
    </div>
  );
}
