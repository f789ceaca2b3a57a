import { Row } from "@/components/Row";
import styles from "./Settings.module.css";

export function Settings({ onDelete }: { onDelete: () => void }) {
  return (
    <ul>
      <Row className={styles.danger}>
        <button type="button" onClick={onDelete}>Delete account</button>
      </Row>
    </ul>
  );
}
