export function PrimaryButtonTailwind({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <button type="button" onClick={onAction} className="rounded-[6px] font-semibold hover:bg-[#1d4ed8] py-[8px] px-[16px] bg-[#2563eb] text-[#ffffff] w-full">primary-button 21</button>
      <button type="button" onClick={onAction} className="font-semibold hover:bg-[rgb(29_78_216)] py-[8px] px-[16px] bg-[rgb(37_99_235)] text-[rgb(255_255_255)] rounded-[6px] mt-1">primary-button 22</button>
      <button type="button" onClick={onAction} className="hover:bg-[#1D4ED8] py-[0.5rem] px-[1rem] bg-[#2563EB] text-[white] rounded-[6px] font-semibold w-full">primary-button 23</button>
      <button type="button" onClick={onAction} className="py-[8px] px-[16px] bg-[#f59e0b] text-[#ffffff] rounded-[6px] font-semibold hover:bg-[#1d4ed8] mt-1">primary-button 24</button>
      <button type="button" onClick={onAction} className="bg-[rgb(37_99_235)] text-[rgb(255_255_255)] rounded-[6px] font-semibold hover:bg-[rgb(29_78_216)] py-[8px] px-[16px] w-full">primary-button 25</button>
      <button type="button" onClick={onAction} className="text-[white] rounded-[6px] font-semibold hover:bg-[#1D4ED8] py-[0.5rem] px-[1rem] bg-[#2563EB] mt-1">primary-button 26</button>
      <button type="button" onClick={onAction} className="rounded-[6px] font-semibold hover:bg-[#1d4ed8] py-[8px] px-[16px] bg-[#2563eb] text-[#ffffff] w-full">primary-button 27</button>
    </div>
  );
}
