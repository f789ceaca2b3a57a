// A wrapper spreading its own props: `<Field className>` lands on the input.
export function Field(props: React.InputHTMLAttributes<HTMLInputElement>) {
  return <input className="field" {...props} />;
}
