import styled from "styled-components";

const Styled14 = styled.li`
  padding: 0.75rem 1rem;
  color: #111827;
  background-color: white;
  font-size: 0.875rem;
  margin-top: 4px;
  &:hover {
    background-color: #F9FAFB;
  }
`;

const Styled15 = styled.li`
  padding: 12px 16px;
  color: #111827;
  background-color: #ffffff;
  font-size: 14px;
  width: 100%;
  &:hover {
    background-color: #f9fafb;
  }
`;

const Styled16 = styled.li`
  color: rgb(17 24 39);
  background-color: rgb(255 255 255);
  font-size: 14px;
  padding: 12px 16px;
  margin-top: 4px;
  &:hover {
    background-color: rgb(249 250 251);
  }
`;

const Styled17 = styled.li`
  background-color: white;
  font-size: 0.875rem;
  padding: 0.75rem 1rem;
  color: #111827;
  width: 100%;
  &:hover {
    background-color: #F9FAFB;
  }
`;

const Styled18 = styled.li`
  font-size: 14px;
  padding: 12px 16px;
  color: #111827;
  background-color: #ffffff;
  margin-top: 4px;
  &:hover {
    background-color: #f9fafb;
  }
`;

const Styled19 = styled.li`
  padding: 12px 16px;
  color: rgb(17 24 39);
  background-color: rgb(255 255 255);
  font-size: 14px;
  width: 100%;
  &:hover {
    background-color: rgb(249 250 251);
  }
`;

const Styled20 = styled.li`
  padding: 0.75rem 1rem;
  color: #111827;
  background-color: white;
  font-size: 0.875rem;
  margin-top: 4px;
  &:hover {
    background-color: #F9FAFB;
  }
`;

export function ListItemStyled({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <Styled14>list-item 14</Styled14>
      <Styled15>list-item 15</Styled15>
      <Styled16>list-item 16</Styled16>
      <Styled17>list-item 17</Styled17>
      <Styled18>list-item 18</Styled18>
      <Styled19>list-item 19</Styled19>
      <Styled20>list-item 20</Styled20>
    </div>
  );
}
