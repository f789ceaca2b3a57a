export function AlertTailwind({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <div role="alert" className="bg-[#fef2f2] text-[#991b1b] rounded-[8px] text-[14px] py-[12px] px-[16px] w-full">alert 21</div>
      <div role="alert" className="text-[rgb(153_27_27)] rounded-[8px] text-[14px] py-[12px] px-[16px] bg-[rgb(254_242_242)] mt-1">alert 22</div>
      <div role="alert" className="rounded-[0.5rem] text-[0.875rem] py-[0.75rem] px-[1rem] bg-[#FEF2F2] text-[#991B1B] w-full">alert 23</div>
      <div role="alert" className="text-[14px] py-[12px] px-[16px] bg-[#f59e0b] text-[#991b1b] rounded-[8px] mt-1">alert 24</div>
      <div role="alert" className="py-[12px] px-[16px] bg-[rgb(254_242_242)] text-[rgb(153_27_27)] rounded-[8px] text-[14px] w-full">alert 25</div>
      <div role="alert" className="bg-[#FEF2F2] text-[#991B1B] rounded-[0.5rem] text-[0.875rem] py-[0.75rem] px-[1rem] mt-1">alert 26</div>
      <div role="alert" className="text-[#991b1b] rounded-[8px] text-[14px] py-[12px] px-[16px] bg-[#fef2f2] w-full">alert 27</div>
    </div>
  );
}
