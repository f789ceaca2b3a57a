import './button.css';

// The variant's own colours come from a theme the model does not resolve here; what the author
// named — the variant — still tells the styles apart.
export function Button({ variant, className, children }: { variant?: string; className?: string; children: string }) {
  return <button className={className} data-variant={variant}>{children}</button>;
}
