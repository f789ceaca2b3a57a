import { MenuItem } from '@acme/menu';
import './toolbar.css';

export function Toolbar({ onSave, onCancel }: { onSave: () => void; onCancel: () => void }) {
  return (
    <nav>
      <button className="btn" onClick={onSave}>Save</button>
      <button className="btn" onClick={onSave}>Save as</button>
      <button className="btn" onClick={onSave}>Export</button>
      <MenuItem className="btn" onClick={onCancel}>Cancel</MenuItem>
    </nav>
  );
}
