import styled from "styled-components";

const Chip = styled.span`
  display: inline-flex;
  padding: 4px 12px;
  border-radius: 9999px;
  background-color: #eef2ff;
  color: #3730a3;
  font-size: 14px;
  font-weight: 600;

  &:hover {
    background-color: #e0e7ff;
  }
`;

export function StyledChip({ label }: { label: string }) {
  return <Chip>{label}</Chip>;
}
