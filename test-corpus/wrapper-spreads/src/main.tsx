import './settings.css';
import { SettingsModal } from './SettingsModal';
import { Field } from './Field';

export function App() {
  return (
    <main>
      <SettingsModal open />
      <Field placeholder="Search" />
    </main>
  );
}
