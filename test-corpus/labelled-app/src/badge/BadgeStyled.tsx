import styled from "styled-components";

const Styled14 = styled.span`
  color: #166534;
  border-radius: 9999px;
  font-size: 0.75rem;
  font-weight: 600;
  padding: 2px 0.5rem;
  background-color: #DCFCE7;
  margin-top: 4px;
`;

const Styled15 = styled.span`
  border-radius: 9999px;
  font-size: 12px;
  font-weight: 600;
  padding: 2px 8px;
  background-color: #dcfce7;
  color: #166534;
  width: 100%;
`;

const Styled16 = styled.span`
  font-size: 12px;
  font-weight: 600;
  padding: 2px 8px;
  background-color: rgb(220 252 231);
  color: rgb(22 101 52);
  border-radius: 9999px;
  margin-top: 4px;
`;

const Styled17 = styled.span`
  font-weight: 600;
  padding: 2px 0.5rem;
  background-color: #DCFCE7;
  color: #166534;
  border-radius: 9999px;
  font-size: 0.75rem;
  width: 100%;
`;

const Styled18 = styled.span`
  padding: 2px 8px;
  background-color: #dcfce7;
  color: #166534;
  border-radius: 9999px;
  font-size: 12px;
  font-weight: 600;
  margin-top: 4px;
`;

const Styled19 = styled.span`
  background-color: rgb(220 252 231);
  color: rgb(22 101 52);
  border-radius: 9999px;
  font-size: 12px;
  font-weight: 600;
  padding: 2px 8px;
  width: 100%;
`;

const Styled20 = styled.span`
  color: #166534;
  border-radius: 9999px;
  font-size: 0.75rem;
  font-weight: 600;
  padding: 2px 0.5rem;
  background-color: #DCFCE7;
  margin-top: 4px;
`;

export function BadgeStyled({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <Styled14>badge 14</Styled14>
      <Styled15>badge 15</Styled15>
      <Styled16>badge 16</Styled16>
      <Styled17>badge 17</Styled17>
      <Styled18>badge 18</Styled18>
      <Styled19>badge 19</Styled19>
      <Styled20>badge 20</Styled20>
    </div>
  );
}
