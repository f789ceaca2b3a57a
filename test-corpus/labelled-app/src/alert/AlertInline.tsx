export function AlertInline({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <div role="alert" style={{ borderRadius: "8px", fontSize: "14px", padding: "12px 16px", backgroundColor: "rgb(254 242 242)", color: "rgb(153 27 27)", marginTop: 4 }}>alert 28</div>
      <div role="alert" style={{ fontSize: "0.875rem", padding: "0.75rem 1rem", backgroundColor: "#FEF2F2", color: "#991B1B", borderRadius: "0.5rem", marginTop: 4 }}>alert 29</div>
      <div role="alert" style={{ padding: "12px 16px", backgroundColor: "#fef2f2", color: "#991b1b", borderRadius: "8px", fontSize: "14px", marginTop: 4 }}>alert 30</div>
      <div role="alert" style={{ backgroundColor: "rgb(254 242 242)", color: "rgb(153 27 27)", borderRadius: "8px", fontSize: "14px", padding: "12px 16px", marginTop: 4 }}>alert 31</div>
      <div role="alert" style={{ color: "#991B1B", borderRadius: "0.5rem", fontSize: "0.875rem", padding: "0.75rem 1rem", backgroundColor: "#FEF2F2", marginTop: 4 }}>alert 32</div>
      <div role="alert" style={{ borderRadius: "8px", fontSize: "14px", padding: "12px 16px", backgroundColor: "#fef2f2", color: "#991b1b", marginTop: 4 }}>alert 33</div>
      <div role="alert" style={{ fontSize: "14px", padding: "12px 16px", backgroundColor: "rgb(254 242 242)", color: "rgb(153 27 27)", borderRadius: "8px", marginTop: 4 }}>alert 34</div>
    </div>
  );
}
