export function PrimaryButtonInline({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <button type="button" onClick={onAction} style={{ fontWeight: "600", padding: "8px 16px", backgroundColor: "rgb(37 99 235)", color: "rgb(255 255 255)", borderRadius: "6px", marginTop: 4 }}>primary-button 28</button>
      <button type="button" onClick={onAction} style={{ padding: "0.5rem 1rem", backgroundColor: "#2563EB", color: "white", borderRadius: "6px", fontWeight: "600", marginTop: 4 }}>primary-button 29</button>
      <button type="button" onClick={onAction} style={{ padding: "8px 16px", backgroundColor: "#2563eb", color: "#ffffff", borderRadius: "6px", fontWeight: "600", marginTop: 4 }}>primary-button 30</button>
      <button type="button" onClick={onAction} style={{ backgroundColor: "rgb(37 99 235)", color: "rgb(255 255 255)", borderRadius: "6px", fontWeight: "600", padding: "8px 16px", marginTop: 4 }}>primary-button 31</button>
      <button type="button" onClick={onAction} style={{ color: "white", borderRadius: "6px", fontWeight: "600", padding: "0.5rem 1rem", backgroundColor: "#2563EB", marginTop: 4 }}>primary-button 32</button>
      <button type="button" onClick={onAction} style={{ borderRadius: "6px", fontWeight: "600", padding: "8px 16px", backgroundColor: "#2563eb", color: "#ffffff", marginTop: 4 }}>primary-button 33</button>
      <button type="button" onClick={onAction} style={{ fontWeight: "600", padding: "8px 16px", backgroundColor: "rgb(37 99 235)", color: "rgb(255 255 255)", borderRadius: "6px", marginTop: 4 }}>primary-button 34</button>
    </div>
  );
}
