import styled from "styled-components";

const Styled14 = styled.section`
  color: #1F2937;
  border-radius: 0.75rem;
  padding: 1.5rem 1.5rem;
  background-color: white;
  margin-top: 4px;
`;

const Styled15 = styled.section`
  border-radius: 12px;
  padding: 24px 24px;
  background-color: #ffffff;
  color: #1f2937;
  width: 100%;
`;

const Styled16 = styled.section`
  padding: 24px 24px;
  background-color: rgb(255 255 255);
  color: rgb(31 41 55);
  border-radius: 12px;
  margin-top: 4px;
`;

const Styled17 = styled.section`
  background-color: white;
  color: #1F2937;
  border-radius: 0.75rem;
  padding: 1.5rem 1.5rem;
  width: 100%;
`;

const Styled18 = styled.section`
  color: #1f2937;
  border-radius: 12px;
  padding: 24px 24px;
  background-color: #ffffff;
  margin-top: 4px;
`;

const Styled19 = styled.section`
  border-radius: 12px;
  padding: 24px 24px;
  background-color: rgb(255 255 255);
  color: rgb(31 41 55);
  width: 100%;
`;

const Styled20 = styled.section`
  padding: 1.5rem 1.5rem;
  background-color: white;
  color: #1F2937;
  border-radius: 0.75rem;
  margin-top: 4px;
`;

export function CardStyled({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <Styled14>card 14</Styled14>
      <Styled15>card 15</Styled15>
      <Styled16>card 16</Styled16>
      <Styled17>card 17</Styled17>
      <Styled18>card 18</Styled18>
      <Styled19>card 19</Styled19>
      <Styled20>card 20</Styled20>
    </div>
  );
}
