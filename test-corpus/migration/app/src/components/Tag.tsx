import clsx from "clsx";

export function Tag({ active, children }) {
  return (
    <span className={clsx("rounded-[6px] px-2 text-text border-[color:var(--color-brand)]", active ? "bg-brand text-white" : "bg-[#2563eb]/50 hover:border-[#e5e7eb]")}>
      {children}
    </span>
  );
}
