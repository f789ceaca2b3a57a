import { useForm } from 'react-hook-form';
import { Modal } from './Modal';

// The input spreads what a form library's `register` returns, not the modal's props: a
// `<SettingsModal className>` would never land on it.
export function SettingsModal({ open }: { open: boolean }) {
  const { register } = useForm();
  return (
    <Modal open={open}>
      <input className="field" {...register('name')} />
    </Modal>
  );
}
