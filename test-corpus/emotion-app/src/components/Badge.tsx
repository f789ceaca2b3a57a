/** @jsxImportSource @emotion/react */
import styled from "@emotion/styled";
import { css } from "@emotion/react";

const badgeBase = css({
  display: "inline-flex",
  padding: "2px 8px",
  borderRadius: 9999,
  fontSize: 12,
  fontWeight: 600,
  lineHeight: 1.5,
});

export const Badge = styled.span({
  backgroundColor: "#dcfce7",
  color: "#166534",
  "&:hover": {
    backgroundColor: "#bbf7d0",
  },
  "@media (prefers-color-scheme: dark)": {
    backgroundColor: "#14532d",
    color: "#dcfce7",
  },
});

export function StatusBadge({ label, onClear }: { label: string; onClear?: () => void }) {
  return (
    <span css={badgeBase}>
      <Badge>{label}</Badge>
      <button
        css={{ marginLeft: 4, color: "inherit", ":focus-visible": { outline: "2px solid #16a34a" } }}
        onClick={onClear}
      >
        ×
      </button>
    </span>
  );
}
