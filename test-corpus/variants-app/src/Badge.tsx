// A badge whose classes follow its props: a test on a prop is a named condition.
import clsx from "clsx";
import "./styles.css";

type BadgeProps = { tone?: "danger" | "neutral"; active?: boolean; label: string };

export function Badge({ tone, active, label }: BadgeProps) {
  return (
    <span
      className={clsx(
        "badge",
        active && "badge--active",
        tone === "danger" ? "badge--danger" : "badge--neutral",
        { "badge--dim": !active },
      )}
    >
      {label}
    </span>
  );
}

export function Inbox({ unread }: { unread: boolean }) {
  return (
    <div>
      <Badge tone="danger" active label="3 new" />
      <Badge label="Archived" />
      <Badge active={unread} label="Mentions" />
    </div>
  );
}
