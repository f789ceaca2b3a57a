// Templates written the way stylis (inside styled-components and emotion) accepts them, though
// stricter CSS would not: a `css` fragment used as a value, a `,` or `;` after a nested block,
// a stray `}` before the closing backtick, a percentage from a hole, and a Media Queries 4
// range. A statement stylis passes on but no browser reads (`fill: fill: red;`) is a warning.
import styled, { css } from "styled-components";

const ring = css`2px solid var(--ring, ${(p) => p.theme.colors.primary})`;

export const Panel = styled.section`
  outline: ${ring};
  padding: 16px;
  .title {
    font-weight: 600;
  },
  .body {
    line-height: 1.5;
  };
  @media (width <= 991px) {
    padding: 8px;
  }
`;

export const Note = styled.p`
  color: #6b7280;
  width: ${(p) => p.width}%;
  }
`;

export const Typo = styled.svg`
  fill: fill: red;
  stroke: #111827;
`;
