import "./_button.scss";
import styles from "./Button.module.scss";

export function Button({ ghost, children }: { ghost?: boolean; children: React.ReactNode }) {
  return (
    <span className={styles.root}>
      <button className={ghost ? "btn btn--ghost" : "btn"}>{children}</button>
    </span>
  );
}
