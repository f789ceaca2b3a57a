const styles = {
  heading: { fontSize: 24, marginBottom: 8 },
};

export default function App({ items, accent }) {
  return (
    <main style={{ padding: 24, maxWidth: "960px", margin: "0 auto" }}>
      <h1 style={styles.heading}>Inventory</h1>
      <ul style={{ listStyle: "none", padding: 0 }}>
        {items.map((item) => (
          <li
            key={item.id}
            style={{
              display: "flex",
              justifyContent: "space-between",
              padding: "12px 16px",
              borderBottom: "1px solid #e5e7eb",
              color: accent,
              opacity: item.archived ? 0.5 : 1,
              zIndex: 1,
            }}
          >
            {item.name}
          </li>
        ))}
      </ul>
    </main>
  );
}
