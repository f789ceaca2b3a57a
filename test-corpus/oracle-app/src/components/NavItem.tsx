// A sidebar link whose classes depend on whether it is the current page or disabled.
import type { ReactNode } from "react";
import { cn } from "../lib/cn";

type NavItemProps = { active?: boolean; disabled?: boolean; children: ReactNode };

export function NavItem({ active = false, disabled = false, children }: NavItemProps) {
  return (
    <a
      href="#"
      aria-current={active ? "page" : undefined}
      className={cn(
        "block rounded-md px-3 py-2 text-sm no-underline",
        active ? "bg-indigo-50 font-semibold text-brand" : "text-gray-700 hover:bg-gray-100",
        { "pointer-events-none opacity-50": disabled },
      )}
    >
      {children}
    </a>
  );
}
