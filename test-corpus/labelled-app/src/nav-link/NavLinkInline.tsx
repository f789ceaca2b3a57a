export function NavLinkInline({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <a href="/settings" style={{ padding: "4px 8px", color: "rgb(37 99 235)", fontWeight: "500", marginTop: 4 }}>nav-link 28</a>
      <a href="/settings" style={{ color: "#2563EB", fontWeight: "500", padding: "4px 0.5rem", marginTop: 4 }}>nav-link 29</a>
      <a href="/settings" style={{ fontWeight: "500", padding: "4px 8px", color: "#2563eb", marginTop: 4 }}>nav-link 30</a>
      <a href="/settings" style={{ padding: "4px 8px", color: "rgb(37 99 235)", fontWeight: "500", marginTop: 4 }}>nav-link 31</a>
      <a href="/settings" style={{ padding: "4px 0.5rem", color: "#2563EB", fontWeight: "500", marginTop: 4 }}>nav-link 32</a>
      <a href="/settings" style={{ color: "#2563eb", fontWeight: "500", padding: "4px 8px", marginTop: 4 }}>nav-link 33</a>
      <a href="/settings" style={{ fontWeight: "500", padding: "4px 8px", color: "rgb(37 99 235)", marginTop: 4 }}>nav-link 34</a>
    </div>
  );
}
