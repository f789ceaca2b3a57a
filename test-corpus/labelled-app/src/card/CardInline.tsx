export function CardInline({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <section style={{ padding: "24px 24px", backgroundColor: "rgb(255 255 255)", color: "rgb(31 41 55)", borderRadius: "12px", marginTop: 4 }}>card 28</section>
      <section style={{ backgroundColor: "white", color: "#1F2937", borderRadius: "0.75rem", padding: "1.5rem 1.5rem", marginTop: 4 }}>card 29</section>
      <section style={{ color: "#1f2937", borderRadius: "12px", padding: "24px 24px", backgroundColor: "#ffffff", marginTop: 4 }}>card 30</section>
      <section style={{ borderRadius: "12px", padding: "24px 24px", backgroundColor: "rgb(255 255 255)", color: "rgb(31 41 55)", marginTop: 4 }}>card 31</section>
      <section style={{ padding: "1.5rem 1.5rem", backgroundColor: "white", color: "#1F2937", borderRadius: "0.75rem", marginTop: 4 }}>card 32</section>
      <section style={{ backgroundColor: "#ffffff", color: "#1f2937", borderRadius: "12px", padding: "24px 24px", marginTop: 4 }}>card 33</section>
      <section style={{ color: "rgb(31 41 55)", borderRadius: "12px", padding: "24px 24px", backgroundColor: "rgb(255 255 255)", marginTop: 4 }}>card 34</section>
    </div>
  );
}
