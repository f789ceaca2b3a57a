import "./app.css";

// One tag look with a dark surface of its own: a global class with a `.dark` rule, and Tailwind
// classes with a `dark:` variant. A change without a theme replaces the dark surface too.
export function Tags() {
  return (
    <p>
      <span className="chip">design</span>
      <span className="chip">code</span>
      <span className="rounded-[9999px] bg-[#ede9fe] px-[10px] py-[2px] text-[12px] text-[#5b21b6] dark:bg-[#2e1065]">new</span>
      <span className="rounded-[9999px] bg-[#ede9fe] px-[10px] py-[2px] text-[12px] text-[#5b21b6] dark:bg-[#2e1065]">beta</span>
    </p>
  );
}
