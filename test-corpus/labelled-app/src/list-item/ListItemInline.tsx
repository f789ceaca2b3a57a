export function ListItemInline({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <li style={{ fontSize: "14px", padding: "12px 16px", color: "rgb(17 24 39)", backgroundColor: "rgb(255 255 255)", marginTop: 4 }}>list-item 28</li>
      <li style={{ padding: "0.75rem 1rem", color: "#111827", backgroundColor: "white", fontSize: "0.875rem", marginTop: 4 }}>list-item 29</li>
      <li style={{ padding: "12px 16px", color: "#111827", backgroundColor: "#ffffff", fontSize: "14px", marginTop: 4 }}>list-item 30</li>
      <li style={{ color: "rgb(17 24 39)", backgroundColor: "rgb(255 255 255)", fontSize: "14px", padding: "12px 16px", marginTop: 4 }}>list-item 31</li>
      <li style={{ backgroundColor: "white", fontSize: "0.875rem", padding: "0.75rem 1rem", color: "#111827", marginTop: 4 }}>list-item 32</li>
      <li style={{ fontSize: "14px", padding: "12px 16px", color: "#111827", backgroundColor: "#ffffff", marginTop: 4 }}>list-item 33</li>
      <li style={{ padding: "12px 16px", color: "rgb(17 24 39)", backgroundColor: "rgb(255 255 255)", fontSize: "14px", marginTop: 4 }}>list-item 34</li>
    </div>
  );
}
