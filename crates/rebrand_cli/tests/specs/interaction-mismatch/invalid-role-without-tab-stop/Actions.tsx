import './actions.css';

// The fourth has the buttons' role but no tab stop: it is one of the buttons' pattern (patterns
// partition by family), and what it lacks is reported.
export function Actions({ onSave, onCancel }: { onSave: () => void; onCancel: () => void }) {
  return (
    <footer>
      <button className="action" onClick={onSave}>Save</button>
      <button className="action" onClick={onSave}>Save draft</button>
      <button className="action" onClick={onSave}>Publish</button>
      <div role="button" className="action" onClick={onCancel}>Cancel</div>
    </footer>
  );
}
