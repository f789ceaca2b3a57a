import styles from "./Card.module.css";

type CardProps = { title: string; children: React.ReactNode };

export function Card({ title, children }: CardProps) {
  return (
    <section className={styles.card}>
      <h2 className={styles.title}>{title}</h2>
      <div className={styles["actions"]}>{children}</div>
    </section>
  );
}
