import styled from "styled-components";

const Styled14 = styled.button`
  color: white;
  border-radius: 6px;
  font-weight: 600;
  padding: 0.5rem 1rem;
  background-color: #2563EB;
  margin-top: 4px;
  &:hover {
    background-color: #1D4ED8;
  }
`;

const Styled15 = styled.button`
  border-radius: 6px;
  font-weight: 600;
  padding: 8px 16px;
  background-color: #2563eb;
  color: #ffffff;
  width: 100%;
  &:hover {
    background-color: #1d4ed8;
  }
`;

const Styled16 = styled.button`
  font-weight: 600;
  padding: 8px 16px;
  background-color: rgb(37 99 235);
  color: rgb(255 255 255);
  border-radius: 6px;
  margin-top: 4px;
  &:hover {
    background-color: rgb(29 78 216);
  }
`;

const Styled17 = styled.button`
  padding: 0.5rem 1rem;
  background-color: #2563EB;
  color: white;
  border-radius: 6px;
  font-weight: 600;
  width: 100%;
  &:hover {
    background-color: #1D4ED8;
  }
`;

const Styled18 = styled.button`
  padding: 8px 16px;
  background-color: #2563eb;
  color: #ffffff;
  border-radius: 6px;
  font-weight: 600;
  margin-top: 4px;
  &:hover {
    background-color: #1d4ed8;
  }
`;

const Styled19 = styled.button`
  background-color: rgb(37 99 235);
  color: rgb(255 255 255);
  border-radius: 6px;
  font-weight: 600;
  padding: 8px 16px;
  width: 100%;
  &:hover {
    background-color: rgb(29 78 216);
  }
`;

const Styled20 = styled.button`
  color: white;
  border-radius: 6px;
  font-weight: 600;
  padding: 0.5rem 1rem;
  background-color: #2563EB;
  margin-top: 4px;
  &:hover {
    background-color: #1D4ED8;
  }
`;

export function PrimaryButtonStyled({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <Styled14 type="button" onClick={onAction}>primary-button 14</Styled14>
      <Styled15 type="button" onClick={onAction}>primary-button 15</Styled15>
      <Styled16 type="button" onClick={onAction}>primary-button 16</Styled16>
      <Styled17 type="button" onClick={onAction}>primary-button 17</Styled17>
      <Styled18 type="button" onClick={onAction}>primary-button 18</Styled18>
      <Styled19 type="button" onClick={onAction}>primary-button 19</Styled19>
      <Styled20 type="button" onClick={onAction}>primary-button 20</Styled20>
    </div>
  );
}
