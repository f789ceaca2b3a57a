// A template's state named by a constant imported from another file: linking reads it, so the
// rules below are the link's `:hover` and `:focus-visible` states.
import styled from "styled-components";
import { focus, hover } from "../states";

export const Link = styled.a`
  color: #2563eb;
  &:${hover} {
    color: #1d4ed8;
  }
  &:${focus} {
    outline: 2px solid #93c5fd;
  }
`;

export function Nav() {
  return <Link href="/docs">Docs</Link>;
}
