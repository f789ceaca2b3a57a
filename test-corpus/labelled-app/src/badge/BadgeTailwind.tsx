export function BadgeTailwind({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <span className="rounded-[9999px] text-[12px] font-semibold py-[2px] px-[8px] bg-[#dcfce7] text-[#166534] w-full">badge 21</span>
      <span className="text-[12px] font-semibold py-[2px] px-[8px] bg-[rgb(220_252_231)] text-[rgb(22_101_52)] rounded-[9999px] mt-1">badge 22</span>
      <span className="font-semibold py-[2px] px-[0.5rem] bg-[#DCFCE7] text-[#166534] rounded-[9999px] text-[0.75rem] w-full">badge 23</span>
      <span className="py-[2px] px-[8px] bg-[#f59e0b] text-[#166534] rounded-[9999px] text-[12px] font-semibold mt-1">badge 24</span>
      <span className="bg-[rgb(220_252_231)] text-[rgb(22_101_52)] rounded-[9999px] text-[12px] font-semibold py-[2px] px-[8px] w-full">badge 25</span>
      <span className="text-[#166534] rounded-[9999px] text-[0.75rem] font-semibold py-[2px] px-[0.5rem] bg-[#DCFCE7] mt-1">badge 26</span>
      <span className="rounded-[9999px] text-[12px] font-semibold py-[2px] px-[8px] bg-[#dcfce7] text-[#166534] w-full">badge 27</span>
    </div>
  );
}
