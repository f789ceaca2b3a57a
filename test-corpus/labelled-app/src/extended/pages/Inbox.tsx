// The inbox: rows with a selected state, tags and the page's actions.
import clsx from "clsx";
import { Button } from "../ui/Button";
import { Chip, ThemedRow } from "../ui/Chip";

const messages = [
  { id: "a", subject: "Invoice ready", label: "billing" },
  { id: "b", subject: "New member", label: "team" },
];

export function Inbox({ selectedId }: { selectedId: string }) {
  return (
    <main className="mx-auto max-w-3xl" data-label="background">
      <div className="flex items-center justify-between gap-2" data-label="background">
        <h2 className="m-0" data-label="background">Inbox</h2>
        <Button variant="solid" data-label="button-solid">Compose</Button>
        <Button variant="outline" data-label="button-outline">Archive all</Button>
      </div>
      <ul className="list-reset" data-label="background">
        {messages.map((message) => (
          <li key={message.id} className={clsx("row", message.id === selectedId && "row--selected")} data-label="list-row">
            {message.subject} <Chip data-label="tag">{message.label}</Chip>
          </li>
        ))}
        <li className={clsx("row", selectedId === "pinned" && "row--selected")} data-label="list-row">Pinned</li>
        <li className="row" data-label="list-row">Older messages</li>
        <li className="row" style={{ color: "#374151" }} data-label="list-row" data-drifted>Drafts</li>
      </ul>
      <ul className="list-reset" data-label="background">
        <ThemedRow data-label="list-row">Spam</ThemedRow>
        <ThemedRow data-label="list-row">Trash</ThemedRow>
      </ul>
      <p className="mt-4 text-inherit" data-label="background">
        <span className="tag" data-label="tag">unread</span> <span className="tag" data-label="tag">flagged</span>
      </p>
      <div style={{ display: "grid", gap: 16, marginTop: 8 }} data-label="background">
        <button type="button" className="button-reset" data-label="background">Load more</button>
        <button type="button" className="rounded-lg border border-[#7c3aed] bg-[#7c3aed] px-[14px] py-2 text-sm font-semibold text-white hover:bg-[#6d28d9]" data-label="button-solid">Refresh</button>
      </div>
    </main>
  );
}
