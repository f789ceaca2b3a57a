import './settings.css';
import { SettingsModal } from './SettingsModal';
import { Field } from './Field';
import { NameField } from './NameField';
import { Action } from './Action';

export function App() {
  return (
    <main>
      <SettingsModal open />
      <Field placeholder="Search" />
      <NameField control={null} />
      <Action />
    </main>
  );
}
