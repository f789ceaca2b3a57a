import "./app.css";

// Three texts that set a size and restate the colour the body already gives.
export function Empty() {
  return (
    <div>
      <p className="text-foreground text-sm">No document selected</p>
      <p className="text-foreground text-sm">No recipients yet</p>
      <p className="text-foreground text-sm">Nothing to sign</p>
    </div>
  );
}
