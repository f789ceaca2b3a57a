export function TabTailwind({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <button type="button" role="tab" aria-selected={false} onClick={onAction} className="text-[#4b5563] text-[14px] font-medium hover:text-[#111827] py-[8px] px-[12px] w-full">tab 21</button>
      <button type="button" role="tab" aria-selected={false} onClick={onAction} className="text-[14px] font-medium hover:text-[rgb(17_24_39)] py-[8px] px-[12px] text-[rgb(75_85_99)] mt-1">tab 22</button>
      <button type="button" role="tab" aria-selected={false} onClick={onAction} className="font-medium hover:text-[#111827] py-[0.5rem] px-[0.75rem] text-[#4B5563] text-[0.875rem] w-full">tab 23</button>
      <button type="button" role="tab" aria-selected={false} onClick={onAction} className="hover:text-[#111827] py-[8px] px-[12px] text-[#f59e0b] text-[14px] font-medium mt-1">tab 24</button>
      <button type="button" role="tab" aria-selected={false} onClick={onAction} className="py-[8px] px-[12px] text-[rgb(75_85_99)] text-[14px] font-medium hover:text-[rgb(17_24_39)] w-full">tab 25</button>
      <button type="button" role="tab" aria-selected={false} onClick={onAction} className="text-[#4B5563] text-[0.875rem] font-medium hover:text-[#111827] py-[0.5rem] px-[0.75rem] mt-1">tab 26</button>
      <button type="button" role="tab" aria-selected={false} onClick={onAction} className="text-[14px] font-medium hover:text-[#111827] py-[8px] px-[12px] text-[#4b5563] w-full">tab 27</button>
    </div>
  );
}
