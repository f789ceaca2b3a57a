import { Component, forwardRef, memo } from "react";

function Modal({ children }: { children: React.ReactNode }) {
  return <div role="dialog" aria-modal="true">{children}</div>;
}

Modal.Header = ({ title }: { title: string }) => <h2>{title}</h2>;

export const CloseButton = memo(function CloseButton({ onClose }: { onClose: () => void }) {
  return <button type="button" aria-label="Close" onClick={onClose}>×</button>;
});

export const Field = forwardRef<HTMLInputElement, { label: string }>(({ label }, ref) => (
  <label>
    {label}
    <input ref={ref} type="checkbox" />
  </label>
));

export class Legacy extends Component<{ items: string[] }> {
  render() {
    return (
      <ol>
        {this.props.items.map((item) => (
          <li key={item} tabIndex={0} onKeyDown={() => undefined}>{item}</li>
        ))}
      </ol>
    );
  }
}

export default Modal;
