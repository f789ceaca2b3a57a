export const theme = {
  colors: {
    primary: "#0ea5e9",
    primaryHover: "#0284c7",
    text: "#0f172a",
    border: "#e2e8f0",
  },
  radii: { sm: "4px", md: "8px" },
  space: [0, 4, 8, 16, 24],
};
