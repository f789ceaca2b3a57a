export function Modal({ open, children }: { open: boolean; children: React.ReactNode }) {
  return open ? <div role="dialog">{children}</div> : null;
}
