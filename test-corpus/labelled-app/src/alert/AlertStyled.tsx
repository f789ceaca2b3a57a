import styled from "styled-components";

const Styled14 = styled.div`
  font-size: 0.875rem;
  padding: 0.75rem 1rem;
  background-color: #FEF2F2;
  color: #991B1B;
  border-radius: 0.5rem;
  margin-top: 4px;
`;

const Styled15 = styled.div`
  padding: 12px 16px;
  background-color: #fef2f2;
  color: #991b1b;
  border-radius: 8px;
  font-size: 14px;
  width: 100%;
`;

const Styled16 = styled.div`
  background-color: rgb(254 242 242);
  color: rgb(153 27 27);
  border-radius: 8px;
  font-size: 14px;
  padding: 12px 16px;
  margin-top: 4px;
`;

const Styled17 = styled.div`
  color: #991B1B;
  border-radius: 0.5rem;
  font-size: 0.875rem;
  padding: 0.75rem 1rem;
  background-color: #FEF2F2;
  width: 100%;
`;

const Styled18 = styled.div`
  border-radius: 8px;
  font-size: 14px;
  padding: 12px 16px;
  background-color: #fef2f2;
  color: #991b1b;
  margin-top: 4px;
`;

const Styled19 = styled.div`
  font-size: 14px;
  padding: 12px 16px;
  background-color: rgb(254 242 242);
  color: rgb(153 27 27);
  border-radius: 8px;
  width: 100%;
`;

const Styled20 = styled.div`
  padding: 0.75rem 1rem;
  background-color: #FEF2F2;
  color: #991B1B;
  border-radius: 0.5rem;
  font-size: 0.875rem;
  margin-top: 4px;
`;

export function AlertStyled({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <Styled14 role="alert">alert 14</Styled14>
      <Styled15 role="alert">alert 15</Styled15>
      <Styled16 role="alert">alert 16</Styled16>
      <Styled17 role="alert">alert 17</Styled17>
      <Styled18 role="alert">alert 18</Styled18>
      <Styled19 role="alert">alert 19</Styled19>
      <Styled20 role="alert">alert 20</Styled20>
    </div>
  );
}
