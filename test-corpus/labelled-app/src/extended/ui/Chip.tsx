// A tag drawn from the theme object.
import styled from "styled-components";

export const Chip = styled.span`
  background-color: ${({ theme }) => theme.colors.chipBackground};
  color: ${(props) => props.theme.colors.chipText};
  border-radius: ${({ theme }) => theme.radii.pill};
  padding: 2px 10px;
  font-size: 12px;
`;

export const ThemedRow = styled.li`
  padding: 10px 16px;
  color: ${({ theme }) => theme.colors.rowText};
  font-size: 14px;
  border-bottom: 1px solid ${({ theme }) => theme.colors.rowBorder};

  &:hover {
    background-color: #f9fafb;
  }
`;
