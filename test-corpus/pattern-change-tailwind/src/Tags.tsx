import "./app.css";

// One tag look in Tailwind classes: a component used three times, and three spans that write
// the classes themselves.
function Tag({ children }: { children: React.ReactNode }) {
  return <span className="rounded-full bg-[#ede9fe] px-[10px] py-[2px] text-[12px] text-[#5b21b6]">{children}</span>;
}

export function Tags() {
  return (
    <p>
      <Tag>design</Tag>
      <Tag>code</Tag>
      <Tag>docs</Tag>
      <span className="rounded-full bg-[#ede9fe] px-[10px] py-[2px] text-[12px] text-[#5b21b6]">new</span>
      <span className="rounded-full bg-[#ede9fe] px-[10px] py-[2px] text-[12px] text-[#5b21b6]">beta</span>
      <span className="rounded-full bg-[#ede9fe] px-[10px] py-[2px] text-[12px] text-[#5b21b6]">draft</span>
    </p>
  );
}
