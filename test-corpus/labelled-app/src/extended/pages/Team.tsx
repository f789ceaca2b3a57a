// The team page: member rows, badges and actions.
import { Button } from "../ui/Button";
import { Chip, ThemedRow } from "../ui/Chip";

export function Team() {
  return (
    <div className="grid grid-cols-2 gap-4" data-label="background">
      <section className="team-panel" data-label="panel">
        <ul className="list-reset" data-label="background">
          <ThemedRow data-label="list-row">
            Ada <Chip data-label="tag">admin</Chip>
          </ThemedRow>
          <li className="row" data-label="list-row">Grace</li>
        </ul>
        <span className="rounded-pill bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-700" data-label="brand-badge">3 seats</span>
        <Button variant="solid" data-label="button-solid">Invite</Button>
        <Button variant="outline" data-label="button-outline">Export</Button>
      </section>
      <section className="team-panel" data-label="panel">
        <span className="rounded-pill bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-700" data-label="brand-badge">SSO</span>
        <span className="tag" data-label="tag">pending</span>
        <Chip data-label="tag">guest</Chip>
        <button type="button" className="rounded-lg border border-[#7c3aed] bg-[#7c3aed] px-[14px] py-2 text-sm font-semibold text-white hover:bg-[#6d28d9]" data-label="button-solid">Resend</button>
        <Button variant="solid" data-label="button-solid">Add member</Button>
        <Button variant="outline" data-label="button-outline">Remove</Button>
        <button type="button" className="button-reset" data-label="background">Show all</button>
        <span className="sr-only" data-label="background">Team settings</span>
      </section>
    </div>
  );
}
