export function Callout({ text }: { text: string }) {
  return <p className="callout">{text}</p>;
}
