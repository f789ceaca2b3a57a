import styled from "styled-components";

export const Button = styled.button`
  padding: 8px 16px;
  color: ${(p) => p.theme.color.text};
  background: ${(p) => p.theme.color.brand};
  border-radius: ${(p) => p.theme.radius.md};
  border: 1px solid #2563eb;

  &:hover {
    box-shadow: 0 0 0 3px #e5e7eb;
  }
`;
