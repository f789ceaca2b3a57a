/** @jsxImportSource @emotion/react */
import styled from "@emotion/styled";

export const Pill = styled.span({
  color: "#2563eb",
  borderRadius: 6,
  border: "1px solid #e5e7eb",
});
