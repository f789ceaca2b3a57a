import styled, { css, keyframes, createGlobalStyle } from "styled-components";

const pulse = keyframes`
  from { opacity: 1; }
  50% { opacity: 0.6; }
  to { opacity: 1; }
`;

export const GlobalStyle = createGlobalStyle`
  body {
    margin: 0;
    color: ${({ theme }) => theme.colors.text};
  }
`;

const truncate = css`
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
`;

export const Button = styled.button<{ $primary?: boolean }>`
  padding: 8px 16px;
  border: 1px solid ${(p) => p.theme.colors.border};
  border-radius: ${(p) => p.theme.radii.md};
  background: white;
  ${truncate};

  &:hover {
    background: #f8fafc;
  }

  ${(p) =>
    p.$primary &&
    css`
      color: white;
      background: ${p.theme.colors.primary};
      &:hover {
        background: ${({ theme }) => theme.colors.primaryHover};
      }
    `}

  &[aria-busy="true"] {
    animation: ${pulse} 1s infinite;
  }
`;

export const IconButton = styled(Button).attrs({ type: "button" })`
  padding: 4px;
  border-radius: 50%;
`;

export const Label = styled.span`
  font-size: 0.875rem;
  margin-left: ${(p) => p.theme.space[2]}px;
`;
