export function GhostButtonTailwind({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <button type="button" onClick={onAction} className="rounded-[9999px] font-semibold hover:bg-[#eff6ff] py-[6px] px-[12px] bg-transparent text-[#2563eb] w-full">ghost-button 21</button>
      <button type="button" onClick={onAction} className="font-semibold hover:bg-[rgb(239_246_255)] py-[6px] px-[12px] bg-transparent text-[rgb(37_99_235)] rounded-[9999px] mt-1">ghost-button 22</button>
      <button type="button" onClick={onAction} className="hover:bg-[#EFF6FF] py-[6px] px-[0.75rem] bg-transparent text-[#2563EB] rounded-[9999px] font-semibold w-full">ghost-button 23</button>
      <button type="button" onClick={onAction} className="py-[6px] px-[12px] bg-[#f59e0b] text-[#2563eb] rounded-[9999px] font-semibold hover:bg-[#eff6ff] mt-1">ghost-button 24</button>
      <button type="button" onClick={onAction} className="bg-transparent text-[rgb(37_99_235)] rounded-[9999px] font-semibold hover:bg-[rgb(239_246_255)] py-[6px] px-[12px] w-full">ghost-button 25</button>
      <button type="button" onClick={onAction} className="text-[#2563EB] rounded-[9999px] font-semibold hover:bg-[#EFF6FF] py-[6px] px-[0.75rem] bg-transparent mt-1">ghost-button 26</button>
      <button type="button" onClick={onAction} className="rounded-[9999px] font-semibold hover:bg-[#eff6ff] py-[6px] px-[12px] bg-transparent text-[#2563eb] w-full">ghost-button 27</button>
    </div>
  );
}
