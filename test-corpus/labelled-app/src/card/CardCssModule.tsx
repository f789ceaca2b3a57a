import styles from "./CardCssModule.module.css";

function Wrapped({ className, children, ...rest }: any) {
  return <section className={className} {...rest}>{children}</section>;
}

export function CardCssModule({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <section className={styles["entry-5-7"]}>card 7</section>
      <section className={styles["unit-5-8"]}>card 8</section>
      <section className={styles["item-5-9"]}>card 9</section>
      <section className={styles["entry-5-10"]}>card 10</section>
      <section className={styles["unit-5-11"]}>card 11</section>
      <Wrapped className={styles["item-5-12"]}>card 12</Wrapped>
      <section className={styles["entry-5-13"]}>card 13</section>
    </div>
  );
}
