import "./_chip.scss";

export function ScssChip({ label }: { label: string }) {
  return <span className="scss-chip">{label}</span>;
}
