import './toolbar.css';

export function Toolbar({ onSave, onEdit }: { onSave: () => void; onEdit: () => void }) {
  return (
    <nav>
      <button className="btn" onClick={onSave}>Save</button>
      <button className="btn" onClick={onSave}>Save as</button>
      <button className="btn" onClick={onSave}>Export</button>
      {/* The mouse may click anywhere on the chip; the keyboard reaches its Edit button. */}
      <div className="btn" onClick={onEdit}>
        Draft <button onClick={onEdit}>Edit</button>
      </div>
    </nav>
  );
}
