export function NavLinkTailwind({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <a href="/settings" className="text-[#2563eb] font-medium hover:text-[#1d4ed8] py-[4px] px-[8px] w-full">nav-link 21</a>
      <a href="/settings" className="font-medium hover:text-[rgb(29_78_216)] py-[4px] px-[8px] text-[rgb(37_99_235)] mt-1">nav-link 22</a>
      <a href="/settings" className="hover:text-[#1D4ED8] py-[4px] px-[0.5rem] text-[#2563EB] font-medium w-full">nav-link 23</a>
      <a href="/settings" className="py-[4px] px-[8px] text-[#f59e0b] font-medium hover:text-[#1d4ed8] mt-1">nav-link 24</a>
      <a href="/settings" className="text-[rgb(37_99_235)] font-medium hover:text-[rgb(29_78_216)] py-[4px] px-[8px] w-full">nav-link 25</a>
      <a href="/settings" className="font-medium hover:text-[#1D4ED8] py-[4px] px-[0.5rem] text-[#2563EB] mt-1">nav-link 26</a>
      <a href="/settings" className="hover:text-[#1d4ed8] py-[4px] px-[8px] text-[#2563eb] font-medium w-full">nav-link 27</a>
    </div>
  );
}
