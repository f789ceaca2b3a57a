import styled from "styled-components";

const Styled14 = styled.button`
  color: #2563EB;
  border-radius: 9999px;
  font-weight: 600;
  padding: 6px 0.75rem;
  background-color: transparent;
  margin-top: 4px;
  &:hover {
    background-color: #EFF6FF;
  }
`;

const Styled15 = styled.button`
  border-radius: 9999px;
  font-weight: 600;
  padding: 6px 12px;
  background-color: transparent;
  color: #2563eb;
  width: 100%;
  &:hover {
    background-color: #eff6ff;
  }
`;

const Styled16 = styled.button`
  font-weight: 600;
  padding: 6px 12px;
  background-color: transparent;
  color: rgb(37 99 235);
  border-radius: 9999px;
  margin-top: 4px;
  &:hover {
    background-color: rgb(239 246 255);
  }
`;

const Styled17 = styled.button`
  padding: 6px 0.75rem;
  background-color: transparent;
  color: #2563EB;
  border-radius: 9999px;
  font-weight: 600;
  width: 100%;
  &:hover {
    background-color: #EFF6FF;
  }
`;

const Styled18 = styled.button`
  padding: 6px 12px;
  background-color: transparent;
  color: #2563eb;
  border-radius: 9999px;
  font-weight: 600;
  margin-top: 4px;
  &:hover {
    background-color: #eff6ff;
  }
`;

const Styled19 = styled.button`
  background-color: transparent;
  color: rgb(37 99 235);
  border-radius: 9999px;
  font-weight: 600;
  padding: 6px 12px;
  width: 100%;
  &:hover {
    background-color: rgb(239 246 255);
  }
`;

const Styled20 = styled.button`
  color: #2563EB;
  border-radius: 9999px;
  font-weight: 600;
  padding: 6px 0.75rem;
  background-color: transparent;
  margin-top: 4px;
  &:hover {
    background-color: #EFF6FF;
  }
`;

export function GhostButtonStyled({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <Styled14 type="button" onClick={onAction}>ghost-button 14</Styled14>
      <Styled15 type="button" onClick={onAction}>ghost-button 15</Styled15>
      <Styled16 type="button" onClick={onAction}>ghost-button 16</Styled16>
      <Styled17 type="button" onClick={onAction}>ghost-button 17</Styled17>
      <Styled18 type="button" onClick={onAction}>ghost-button 18</Styled18>
      <Styled19 type="button" onClick={onAction}>ghost-button 19</Styled19>
      <Styled20 type="button" onClick={onAction}>ghost-button 20</Styled20>
    </div>
  );
}
