import styled from "styled-components";

const Styled14 = styled.button`
  padding: 0.5rem 0.75rem;
  color: #4B5563;
  font-size: 0.875rem;
  font-weight: 500;
  margin-top: 4px;
  &:hover {
    color: #111827;
  }
`;

const Styled15 = styled.button`
  padding: 8px 12px;
  color: #4b5563;
  font-size: 14px;
  font-weight: 500;
  width: 100%;
  &:hover {
    color: #111827;
  }
`;

const Styled16 = styled.button`
  color: rgb(75 85 99);
  font-size: 14px;
  font-weight: 500;
  padding: 8px 12px;
  margin-top: 4px;
  &:hover {
    color: rgb(17 24 39);
  }
`;

const Styled17 = styled.button`
  font-size: 0.875rem;
  font-weight: 500;
  padding: 0.5rem 0.75rem;
  color: #4B5563;
  width: 100%;
  &:hover {
    color: #111827;
  }
`;

const Styled18 = styled.button`
  font-weight: 500;
  padding: 8px 12px;
  color: #4b5563;
  font-size: 14px;
  margin-top: 4px;
  &:hover {
    color: #111827;
  }
`;

const Styled19 = styled.button`
  padding: 8px 12px;
  color: rgb(75 85 99);
  font-size: 14px;
  font-weight: 500;
  width: 100%;
  &:hover {
    color: rgb(17 24 39);
  }
`;

const Styled20 = styled.button`
  padding: 0.5rem 0.75rem;
  color: #4B5563;
  font-size: 0.875rem;
  font-weight: 500;
  margin-top: 4px;
  &:hover {
    color: #111827;
  }
`;

export function TabStyled({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <Styled14 type="button" role="tab" aria-selected={false} onClick={onAction}>tab 14</Styled14>
      <Styled15 type="button" role="tab" aria-selected={false} onClick={onAction}>tab 15</Styled15>
      <Styled16 type="button" role="tab" aria-selected={false} onClick={onAction}>tab 16</Styled16>
      <Styled17 type="button" role="tab" aria-selected={false} onClick={onAction}>tab 17</Styled17>
      <Styled18 type="button" role="tab" aria-selected={false} onClick={onAction}>tab 18</Styled18>
      <Styled19 type="button" role="tab" aria-selected={false} onClick={onAction}>tab 19</Styled19>
      <Styled20 type="button" role="tab" aria-selected={false} onClick={onAction}>tab 20</Styled20>
    </div>
  );
}
