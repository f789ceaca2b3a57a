// A demo's theme object: the story's own values, not the design system's tokens.
const theme = { colors: { brand: "#2563eb" } };

export const Primary = () => <button style={{ color: theme.colors.brand }}>Save</button>;
