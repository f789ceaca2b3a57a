import './list.css';

export function List() {
  return (
    <ul>
      <li className="row">Inbox</li>
      <li className="row">Sent</li>
      <li className="row">Drafts</li>
      <li className="row-alt">Archive</li>
    </ul>
  );
}
