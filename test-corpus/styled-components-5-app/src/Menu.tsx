// styled-components 5 compiles templates with stylis 3, where a nested selector that starts
// with `:` attaches to its parent: `:hover` inside `&.open` styles `&.open:hover`, and
// `::-webkit-scrollbar` inside `*` styles `*::-webkit-scrollbar`. stylis 4 (styled-components
// 6, emotion 11) reads both as descendants.
import styled from "styled-components";

export const Menu = styled.ul`
  list-style: none;
  &.open {
    :hover {
      background: #f1f5f9;
    }
  }
  * {
    ::-webkit-scrollbar {
      width: 4px;
    }
  }
  :focus-within {
    outline: 2px solid #93c5fd;
  }
`;

export function Nav() {
  return <Menu className="open" />;
}
