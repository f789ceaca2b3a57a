// A template's holes that name the file's own constants read as the runtime reads them: the
// hover state is `:hover`, the colour a colour, the gap a length. A hole whose value depends on
// a condition stays unknown rather than taking one branch.
import styled from "styled-components";

const hover = "hover";
const brand = "#2563eb";
export const gap = 8;
const pressed = typeof window !== "undefined" && "ontouchstart" in window ? "active" : "hover";

export const Chip = styled.button`
  color: ${brand};
  margin: ${gap}px;
  &:${hover} {
    color: #1d4ed8;
  }
  &:${pressed} {
    opacity: 0.8;
  }
`;
