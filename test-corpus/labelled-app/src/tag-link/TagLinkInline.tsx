export function TagLinkInline({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <a href="/tags" style={{ borderRadius: "4px", fontSize: "12px", padding: "2px 6px", backgroundColor: "rgb(243 244 246)", color: "rgb(55 65 81)", marginTop: 4 }}>tag-link 28</a>
      <a href="/tags" style={{ fontSize: "0.75rem", padding: "2px 6px", backgroundColor: "#F3F4F6", color: "#374151", borderRadius: "4px", marginTop: 4 }}>tag-link 29</a>
      <a href="/tags" style={{ padding: "2px 6px", backgroundColor: "#f3f4f6", color: "#374151", borderRadius: "4px", fontSize: "12px", marginTop: 4 }}>tag-link 30</a>
      <a href="/tags" style={{ backgroundColor: "rgb(243 244 246)", color: "rgb(55 65 81)", borderRadius: "4px", fontSize: "12px", padding: "2px 6px", marginTop: 4 }}>tag-link 31</a>
      <a href="/tags" style={{ color: "#374151", borderRadius: "4px", fontSize: "0.75rem", padding: "2px 6px", backgroundColor: "#F3F4F6", marginTop: 4 }}>tag-link 32</a>
      <a href="/tags" style={{ borderRadius: "4px", fontSize: "12px", padding: "2px 6px", backgroundColor: "#f3f4f6", color: "#374151", marginTop: 4 }}>tag-link 33</a>
      <a href="/tags" style={{ fontSize: "12px", padding: "2px 6px", backgroundColor: "rgb(243 244 246)", color: "rgb(55 65 81)", borderRadius: "4px", marginTop: 4 }}>tag-link 34</a>
    </div>
  );
}
