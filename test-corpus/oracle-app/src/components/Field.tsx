// A labelled text field with an optional hint or error, styled by an SCSS module.
import styles from "./Field.module.scss";

type FieldProps = { id: string; label: string; hint?: string; error?: string; defaultValue?: string };

export function Field({ id, label, hint, error, defaultValue }: FieldProps) {
  return (
    <div className={error ? `${styles.field} ${styles.invalid}` : styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <input id={id} type="text" className={styles.input} defaultValue={defaultValue} />
      {hint && !error && <span className={styles.hint}>{hint}</span>}
      {error && <span className={styles.error}>{error}</span>}
    </div>
  );
}
