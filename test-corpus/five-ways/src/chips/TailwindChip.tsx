export function TailwindChip({ label }: { label: string }) {
  return (
    <span className="inline-flex px-3 py-1 rounded-[9999px] bg-[#eef2ff] text-[#3730a3] text-[14px] font-semibold hover:bg-[#e0e7ff]">
      {label}
    </span>
  );
}
