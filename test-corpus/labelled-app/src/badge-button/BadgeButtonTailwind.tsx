export function BadgeButtonTailwind({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <button type="button" onClick={onAction} className="rounded-[9999px] text-[12px] font-semibold py-[2px] px-[8px] bg-[#dcfce7] text-[#166534] w-full">badge-button 21</button>
      <button type="button" onClick={onAction} className="text-[12px] font-semibold py-[2px] px-[8px] bg-[rgb(220_252_231)] text-[rgb(22_101_52)] rounded-[9999px] mt-1">badge-button 22</button>
      <button type="button" onClick={onAction} className="font-semibold py-[2px] px-[0.5rem] bg-[#DCFCE7] text-[#166534] rounded-[9999px] text-[0.75rem] w-full">badge-button 23</button>
      <button type="button" onClick={onAction} className="py-[2px] px-[8px] bg-[#f59e0b] text-[#166534] rounded-[9999px] text-[12px] font-semibold mt-1">badge-button 24</button>
      <button type="button" onClick={onAction} className="bg-[rgb(220_252_231)] text-[rgb(22_101_52)] rounded-[9999px] text-[12px] font-semibold py-[2px] px-[8px] w-full">badge-button 25</button>
      <button type="button" onClick={onAction} className="text-[#166534] rounded-[9999px] text-[0.75rem] font-semibold py-[2px] px-[0.5rem] bg-[#DCFCE7] mt-1">badge-button 26</button>
      <button type="button" onClick={onAction} className="rounded-[9999px] text-[12px] font-semibold py-[2px] px-[8px] bg-[#dcfce7] text-[#166534] w-full">badge-button 27</button>
    </div>
  );
}
