export function CardTailwind({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <section className="bg-[#ffffff] text-[#1f2937] rounded-[12px] py-[24px] px-[24px] w-full">card 21</section>
      <section className="text-[rgb(31_41_55)] rounded-[12px] py-[24px] px-[24px] bg-[rgb(255_255_255)] mt-1">card 22</section>
      <section className="rounded-[0.75rem] py-[1.5rem] px-[1.5rem] bg-[white] text-[#1F2937] w-full">card 23</section>
      <section className="py-[24px] px-[24px] bg-[#f59e0b] text-[#1f2937] rounded-[12px] mt-1">card 24</section>
      <section className="bg-[rgb(255_255_255)] text-[rgb(31_41_55)] rounded-[12px] py-[24px] px-[24px] w-full">card 25</section>
      <section className="text-[#1F2937] rounded-[0.75rem] py-[1.5rem] px-[1.5rem] bg-[white] mt-1">card 26</section>
      <section className="rounded-[12px] py-[24px] px-[24px] bg-[#ffffff] text-[#1f2937] w-full">card 27</section>
    </div>
  );
}
