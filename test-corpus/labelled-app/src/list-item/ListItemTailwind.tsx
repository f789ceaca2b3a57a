export function ListItemTailwind({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <li className="text-[#111827] bg-[#ffffff] text-[14px] hover:bg-[#f9fafb] py-[12px] px-[16px] w-full">list-item 21</li>
      <li className="bg-[rgb(255_255_255)] text-[14px] hover:bg-[rgb(249_250_251)] py-[12px] px-[16px] text-[rgb(17_24_39)] mt-1">list-item 22</li>
      <li className="text-[0.875rem] hover:bg-[#F9FAFB] py-[0.75rem] px-[1rem] text-[#111827] bg-[white] w-full">list-item 23</li>
      <li className="hover:bg-[#f9fafb] py-[12px] px-[16px] text-[#f59e0b] bg-[#ffffff] text-[14px] mt-1">list-item 24</li>
      <li className="py-[12px] px-[16px] text-[rgb(17_24_39)] bg-[rgb(255_255_255)] text-[14px] hover:bg-[rgb(249_250_251)] w-full">list-item 25</li>
      <li className="text-[#111827] bg-[white] text-[0.875rem] hover:bg-[#F9FAFB] py-[0.75rem] px-[1rem] mt-1">list-item 26</li>
      <li className="bg-[#ffffff] text-[14px] hover:bg-[#f9fafb] py-[12px] px-[16px] text-[#111827] w-full">list-item 27</li>
    </div>
  );
}
