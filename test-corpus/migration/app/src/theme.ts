export const theme = {
  color: {
    brand: "#2563eb",
    text: "#111827",
  },
  radius: { md: "6px" },
};
