export function BadgeInline({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <span style={{ fontSize: "12px", fontWeight: "600", padding: "2px 8px", backgroundColor: "rgb(220 252 231)", color: "rgb(22 101 52)", borderRadius: "9999px", marginTop: 4 }}>badge 28</span>
      <span style={{ fontWeight: "600", padding: "2px 0.5rem", backgroundColor: "#DCFCE7", color: "#166534", borderRadius: "9999px", fontSize: "0.75rem", marginTop: 4 }}>badge 29</span>
      <span style={{ padding: "2px 8px", backgroundColor: "#dcfce7", color: "#166534", borderRadius: "9999px", fontSize: "12px", fontWeight: "600", marginTop: 4 }}>badge 30</span>
      <span style={{ backgroundColor: "rgb(220 252 231)", color: "rgb(22 101 52)", borderRadius: "9999px", fontSize: "12px", fontWeight: "600", padding: "2px 8px", marginTop: 4 }}>badge 31</span>
      <span style={{ color: "#166534", borderRadius: "9999px", fontSize: "0.75rem", fontWeight: "600", padding: "2px 0.5rem", backgroundColor: "#DCFCE7", marginTop: 4 }}>badge 32</span>
      <span style={{ borderRadius: "9999px", fontSize: "12px", fontWeight: "600", padding: "2px 8px", backgroundColor: "#dcfce7", color: "#166534", marginTop: 4 }}>badge 33</span>
      <span style={{ fontSize: "12px", fontWeight: "600", padding: "2px 8px", backgroundColor: "rgb(220 252 231)", color: "rgb(22 101 52)", borderRadius: "9999px", marginTop: 4 }}>badge 34</span>
    </div>
  );
}
