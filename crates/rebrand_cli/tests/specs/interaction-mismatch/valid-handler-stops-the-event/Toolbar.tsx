import './toolbar.css';

export function Toolbar({ onSave }: { onSave: () => void }) {
  return (
    <nav onClick={onSave}>
      <button className="btn" onClick={onSave}>Save</button>
      <button className="btn" onClick={onSave}>Save as</button>
      <button className="btn" onClick={onSave}>Export</button>
      <div className="btn" onClick={(event) => event.stopPropagation()}>Draft</div>
      <div className="btn" onClick={(event) => { event.preventDefault(); event.stopPropagation(); }}>Beta</div>
    </nav>
  );
}
