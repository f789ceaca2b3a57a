import './toolbar.css';

export function Toolbar({ onAct }: { onAct: () => void }) {
  return (
    <nav>
      <button className="tool" onClick={onAct}>Save</button>
      <button className="tool" onClick={onAct}>Share</button>
      <button className="tool" onClick={onAct}>Export</button>
      <div className="tool" onClick={onAct}>Action 0</div>
      <div className="tool" onClick={onAct}>Action 1</div>
      <div className="tool" onClick={onAct}>Action 2</div>
      <div className="tool" onClick={onAct}>Action 3</div>
      <div className="tool" onClick={onAct}>Action 4</div>
      <div className="tool" onClick={onAct}>Action 5</div>
      <div className="tool" onClick={onAct}>Action 6</div>
      <div className="tool" onClick={onAct}>Action 7</div>
      <div className="tool" onClick={onAct}>Action 8</div>
      <div className="tool" onClick={onAct}>Action 9</div>
    </nav>
  );
}
