import styles from "./Card.module.less";

export function Card({ title }: { title: string }) {
  return (
    <div className={styles.card}>
      <h2 className={styles.title}>{title}</h2>
      <button className="btn btn-primary" onClick={() => undefined}>
        Open
      </button>
    </div>
  );
}
