import './styles.css';

export function Screen() {
  return (
    <div>
      <ul>
        <li className="row">Inbox</li>
        <li className="row">Sent</li>
        <li className="row">Drafts</li>
        <li className="row tight">Archive</li>
      </ul>
      <nav>
        <button className="btn">Save</button>
        <button className="btn">Share</button>
        <button className="btn">Export</button>
        <button className="btn tight">Print</button>
      </nav>
    </div>
  );
}
