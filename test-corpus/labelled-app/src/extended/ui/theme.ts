// The styled-components theme.
export const theme = {
  colors: {
    chipBackground: "#ede9fe",
    chipText: "#5b21b6",
    rowText: "#1f2937",
    rowBorder: "#e5e7eb",
  },
  radii: {
    pill: "9999px",
  },
};
