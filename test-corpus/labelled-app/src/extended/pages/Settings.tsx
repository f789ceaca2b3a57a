// Settings: panels drawn by a Sass mixin, badges from the project's Tailwind tokens.
import { Button } from "../ui/Button";
import { Chip } from "../ui/Chip";

export function Settings() {
  return (
    <div className="flex flex-col gap-6" data-label="background">
      <section className="settings-panel" data-label="panel">
        <header className="flex items-center gap-2" data-label="background">
          <h3 className="m-0" data-label="background">Profile</h3>
          <span className="rounded-pill bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-700" data-label="brand-badge">Pro</span>
          <Chip data-label="tag">owner</Chip>
        </header>
        <Button variant="solid" data-label="button-solid">Save</Button>
        <Button variant="outline" data-label="button-outline">Cancel</Button>
      </section>
      <section className="settings-panel" data-label="panel">
        <span className="rounded-pill bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-700" data-label="brand-badge">Beta</span>
        <Button variant="solid" style={{ backgroundColor: "#8b5cf6" }} data-label="button-solid" data-drifted>Enable</Button>
      </section>
      <section className="billing-panel" data-label="panel">
        <span className="rounded-pill bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-700" data-label="brand-badge">Annual</span>
        <span className="tag" style={{ color: "#7c3aed" }} data-label="tag" data-drifted>trial</span>
        <Button variant="outline" data-label="button-outline">Change plan</Button>
      </section>
      <section className="billing-panel" data-label="panel">
        <ul className="list-reset" data-label="background">
          <li className="row" data-label="list-row">Invoices</li>
          <li className={clsx("row", false && "row--selected")} data-label="list-row">Receipts</li>
        </ul>
      </section>
    </div>
  );
}

function clsx(...parts: unknown[]) {
  return parts.filter(Boolean).join(" ");
}
