import './list.css';
import './tokens.css';

export function List() {
  return (
    <ul>
      <li className="row">Inbox</li>
      <li className="row">Sent</li>
      <li className="row-themed">Drafts</li>
    </ul>
  );
}
