import './listbox.css';

export function Listbox({ pick }: { pick: (value: string) => void }) {
  return (
    <div role="listbox" tabIndex={0}>
      <button className="choice" onClick={() => pick('a')}>Apple</button>
      <button className="choice" onClick={() => pick('b')}>Banana</button>
      <button className="choice" onClick={() => pick('c')}>Cherry</button>
      <div role="option" tabIndex={-1} className="choice" onClick={() => pick('d')}>Date</div>
    </div>
  );
}
