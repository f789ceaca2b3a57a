export function TagLinkTailwind({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <a href="/tags" className="bg-[#f3f4f6] text-[#374151] rounded-[4px] text-[12px] py-[2px] px-[6px] w-full">tag-link 21</a>
      <a href="/tags" className="text-[rgb(55_65_81)] rounded-[4px] text-[12px] py-[2px] px-[6px] bg-[rgb(243_244_246)] mt-1">tag-link 22</a>
      <a href="/tags" className="rounded-[4px] text-[0.75rem] py-[2px] px-[6px] bg-[#F3F4F6] text-[#374151] w-full">tag-link 23</a>
      <a href="/tags" className="text-[12px] py-[2px] px-[6px] bg-[#f59e0b] text-[#374151] rounded-[4px] mt-1">tag-link 24</a>
      <a href="/tags" className="py-[2px] px-[6px] bg-[rgb(243_244_246)] text-[rgb(55_65_81)] rounded-[4px] text-[12px] w-full">tag-link 25</a>
      <a href="/tags" className="bg-[#F3F4F6] text-[#374151] rounded-[4px] text-[0.75rem] py-[2px] px-[6px] mt-1">tag-link 26</a>
      <a href="/tags" className="text-[#374151] rounded-[4px] text-[12px] py-[2px] px-[6px] bg-[#f3f4f6] w-full">tag-link 27</a>
    </div>
  );
}
