/** @jsxImportSource @emotion/react */
// A chip whose `css` prop names a fragment imported from another file.
import { focusable } from "./styles";

export function Chip({ label }: { label: string }) {
  return (
    <button type="button" css={focusable}>
      {label}
    </button>
  );
}
