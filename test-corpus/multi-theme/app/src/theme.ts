// The styled-components themes: one object per theme, the same keys in each.
export const lightTheme = {
  colors: { brand: "#2563eb", text: "#111827" },
  radii: { md: "6px" },
};

export const darkTheme = {
  colors: { brand: "#60a5fa", text: "#f9fafb" },
  radii: { md: "6px" },
};
