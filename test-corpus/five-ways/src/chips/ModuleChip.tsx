import styles from "./Chip.module.css";

export function ModuleChip({ label }: { label: string }) {
  return <span className={styles.chip}>{label}</span>;
}
