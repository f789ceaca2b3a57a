import { createRoot } from 'react-dom/client';
import './tokens.css';

const List = () => import('./list');

createRoot(document.getElementById('root')!).render(<p>{String(List)}</p>);
