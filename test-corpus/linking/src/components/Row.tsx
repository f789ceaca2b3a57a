import clsx from "clsx";
import "@/styles/list.css";

type RowProps = { className?: string; children: React.ReactNode };

export function Row({ className, children }: RowProps) {
  return <li className={clsx("row", className)}>{children}</li>;
}
