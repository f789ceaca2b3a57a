export function BadgeButtonInline({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <button type="button" onClick={onAction} style={{ fontSize: "12px", fontWeight: "600", padding: "2px 8px", backgroundColor: "rgb(220 252 231)", color: "rgb(22 101 52)", borderRadius: "9999px", marginTop: 4 }}>badge-button 28</button>
      <button type="button" onClick={onAction} style={{ fontWeight: "600", padding: "2px 0.5rem", backgroundColor: "#DCFCE7", color: "#166534", borderRadius: "9999px", fontSize: "0.75rem", marginTop: 4 }}>badge-button 29</button>
      <button type="button" onClick={onAction} style={{ padding: "2px 8px", backgroundColor: "#dcfce7", color: "#166534", borderRadius: "9999px", fontSize: "12px", fontWeight: "600", marginTop: 4 }}>badge-button 30</button>
      <button type="button" onClick={onAction} style={{ backgroundColor: "rgb(220 252 231)", color: "rgb(22 101 52)", borderRadius: "9999px", fontSize: "12px", fontWeight: "600", padding: "2px 8px", marginTop: 4 }}>badge-button 31</button>
      <button type="button" onClick={onAction} style={{ color: "#166534", borderRadius: "9999px", fontSize: "0.75rem", fontWeight: "600", padding: "2px 0.5rem", backgroundColor: "#DCFCE7", marginTop: 4 }}>badge-button 32</button>
      <button type="button" onClick={onAction} style={{ borderRadius: "9999px", fontSize: "12px", fontWeight: "600", padding: "2px 8px", backgroundColor: "#dcfce7", color: "#166534", marginTop: 4 }}>badge-button 33</button>
      <button type="button" onClick={onAction} style={{ fontSize: "12px", fontWeight: "600", padding: "2px 8px", backgroundColor: "rgb(220 252 231)", color: "rgb(22 101 52)", borderRadius: "9999px", marginTop: 4 }}>badge-button 34</button>
    </div>
  );
}
