export function GhostButtonInline({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <button type="button" onClick={onAction} style={{ fontWeight: "600", padding: "6px 12px", backgroundColor: "transparent", color: "rgb(37 99 235)", borderRadius: "9999px", marginTop: 4 }}>ghost-button 28</button>
      <button type="button" onClick={onAction} style={{ padding: "6px 0.75rem", backgroundColor: "transparent", color: "#2563EB", borderRadius: "9999px", fontWeight: "600", marginTop: 4 }}>ghost-button 29</button>
      <button type="button" onClick={onAction} style={{ padding: "6px 12px", backgroundColor: "transparent", color: "#2563eb", borderRadius: "9999px", fontWeight: "600", marginTop: 4 }}>ghost-button 30</button>
      <button type="button" onClick={onAction} style={{ backgroundColor: "transparent", color: "rgb(37 99 235)", borderRadius: "9999px", fontWeight: "600", padding: "6px 12px", marginTop: 4 }}>ghost-button 31</button>
      <button type="button" onClick={onAction} style={{ color: "#2563EB", borderRadius: "9999px", fontWeight: "600", padding: "6px 0.75rem", backgroundColor: "transparent", marginTop: 4 }}>ghost-button 32</button>
      <button type="button" onClick={onAction} style={{ borderRadius: "9999px", fontWeight: "600", padding: "6px 12px", backgroundColor: "transparent", color: "#2563eb", marginTop: 4 }}>ghost-button 33</button>
      <button type="button" onClick={onAction} style={{ fontWeight: "600", padding: "6px 12px", backgroundColor: "transparent", color: "rgb(37 99 235)", borderRadius: "9999px", marginTop: 4 }}>ghost-button 34</button>
    </div>
  );
}
