import styled from "styled-components";

export const Button = styled.button`
  padding: 8px 16px;
  color: ${(p) => p.theme.colors.text};
  background: ${(p) => p.theme.colors.brand};
  border-radius: ${(p) => p.theme.radii.md};
  border: 1px solid var(--color-brand);
`;
