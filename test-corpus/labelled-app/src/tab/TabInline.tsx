export function TabInline({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <button type="button" role="tab" aria-selected={false} onClick={onAction} style={{ fontWeight: "500", padding: "8px 12px", color: "rgb(75 85 99)", fontSize: "14px", marginTop: 4 }}>tab 28</button>
      <button type="button" role="tab" aria-selected={false} onClick={onAction} style={{ padding: "0.5rem 0.75rem", color: "#4B5563", fontSize: "0.875rem", fontWeight: "500", marginTop: 4 }}>tab 29</button>
      <button type="button" role="tab" aria-selected={false} onClick={onAction} style={{ padding: "8px 12px", color: "#4b5563", fontSize: "14px", fontWeight: "500", marginTop: 4 }}>tab 30</button>
      <button type="button" role="tab" aria-selected={false} onClick={onAction} style={{ color: "rgb(75 85 99)", fontSize: "14px", fontWeight: "500", padding: "8px 12px", marginTop: 4 }}>tab 31</button>
      <button type="button" role="tab" aria-selected={false} onClick={onAction} style={{ fontSize: "0.875rem", fontWeight: "500", padding: "0.5rem 0.75rem", color: "#4B5563", marginTop: 4 }}>tab 32</button>
      <button type="button" role="tab" aria-selected={false} onClick={onAction} style={{ fontWeight: "500", padding: "8px 12px", color: "#4b5563", fontSize: "14px", marginTop: 4 }}>tab 33</button>
      <button type="button" role="tab" aria-selected={false} onClick={onAction} style={{ padding: "8px 12px", color: "rgb(75 85 99)", fontSize: "14px", fontWeight: "500", marginTop: 4 }}>tab 34</button>
    </div>
  );
}
