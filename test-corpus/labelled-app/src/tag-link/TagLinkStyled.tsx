import styled from "styled-components";

const Styled14 = styled.a`
  font-size: 0.75rem;
  padding: 2px 6px;
  background-color: #F3F4F6;
  color: #374151;
  border-radius: 4px;
  margin-top: 4px;
`;

const Styled15 = styled.a`
  padding: 2px 6px;
  background-color: #f3f4f6;
  color: #374151;
  border-radius: 4px;
  font-size: 12px;
  width: 100%;
`;

const Styled16 = styled.a`
  background-color: rgb(243 244 246);
  color: rgb(55 65 81);
  border-radius: 4px;
  font-size: 12px;
  padding: 2px 6px;
  margin-top: 4px;
`;

const Styled17 = styled.a`
  color: #374151;
  border-radius: 4px;
  font-size: 0.75rem;
  padding: 2px 6px;
  background-color: #F3F4F6;
  width: 100%;
`;

const Styled18 = styled.a`
  border-radius: 4px;
  font-size: 12px;
  padding: 2px 6px;
  background-color: #f3f4f6;
  color: #374151;
  margin-top: 4px;
`;

const Styled19 = styled.a`
  font-size: 12px;
  padding: 2px 6px;
  background-color: rgb(243 244 246);
  color: rgb(55 65 81);
  border-radius: 4px;
  width: 100%;
`;

const Styled20 = styled.a`
  padding: 2px 6px;
  background-color: #F3F4F6;
  color: #374151;
  border-radius: 4px;
  font-size: 0.75rem;
  margin-top: 4px;
`;

export function TagLinkStyled({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <Styled14 href="/tags">tag-link 14</Styled14>
      <Styled15 href="/tags">tag-link 15</Styled15>
      <Styled16 href="/tags">tag-link 16</Styled16>
      <Styled17 href="/tags">tag-link 17</Styled17>
      <Styled18 href="/tags">tag-link 18</Styled18>
      <Styled19 href="/tags">tag-link 19</Styled19>
      <Styled20 href="/tags">tag-link 20</Styled20>
    </div>
  );
}
