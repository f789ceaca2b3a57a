// The styled-components theme: the brand palette and radii that the dialog and the tabs read.
export const theme = {
  colors: {
    primary: "#4f46e5",
    primaryHover: "#4338ca",
    text: "#111827",
    muted: "#6b7280",
    border: "#e5e7eb",
    surface: "#ffffff",
    danger: "#dc2626",
    dangerHover: "#b91c1c",
  },
  radii: {
    md: "6px",
    lg: "12px",
  },
};

export type AppTheme = typeof theme;
