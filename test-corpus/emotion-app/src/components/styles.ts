// Shared emotion fragments, imported by the components that name them in their `css` prop.
import { css } from "@emotion/react";

export const focusable = css`
  border-radius: 6px;
  &:focus-visible {
    outline: 2px solid #2563eb;
  }
`;
