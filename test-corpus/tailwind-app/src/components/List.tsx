export function List({ items, tone }: { items: { id: string; label: string }[]; tone: string }) {
  return (
    <ul className="divide-y divide-gray-200 rounded-[10px] border">
      {items.map((item) => (
        <li
          key={item.id}
          className={`px-4 py-3 md:px-6 hover:bg-gray-50 dark:hover:bg-gray-800 text-${tone}-700 focus-visible:outline-2`}
        >
          {item.label}
        </li>
      ))}
    </ul>
  );
}
