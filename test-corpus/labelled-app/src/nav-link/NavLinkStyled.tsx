import styled from "styled-components";

const Styled14 = styled.a`
  font-weight: 500;
  padding: 4px 0.5rem;
  color: #2563EB;
  margin-top: 4px;
  &:hover {
    color: #1D4ED8;
  }
`;

const Styled15 = styled.a`
  padding: 4px 8px;
  color: #2563eb;
  font-weight: 500;
  width: 100%;
  &:hover {
    color: #1d4ed8;
  }
`;

const Styled16 = styled.a`
  padding: 4px 8px;
  color: rgb(37 99 235);
  font-weight: 500;
  margin-top: 4px;
  &:hover {
    color: rgb(29 78 216);
  }
`;

const Styled17 = styled.a`
  color: #2563EB;
  font-weight: 500;
  padding: 4px 0.5rem;
  width: 100%;
  &:hover {
    color: #1D4ED8;
  }
`;

const Styled18 = styled.a`
  font-weight: 500;
  padding: 4px 8px;
  color: #2563eb;
  margin-top: 4px;
  &:hover {
    color: #1d4ed8;
  }
`;

const Styled19 = styled.a`
  padding: 4px 8px;
  color: rgb(37 99 235);
  font-weight: 500;
  width: 100%;
  &:hover {
    color: rgb(29 78 216);
  }
`;

const Styled20 = styled.a`
  padding: 4px 0.5rem;
  color: #2563EB;
  font-weight: 500;
  margin-top: 4px;
  &:hover {
    color: #1D4ED8;
  }
`;

export function NavLinkStyled({ onAction }: { onAction?: () => void }) {
  return (
    <div>
      <Styled14 href="/settings">nav-link 14</Styled14>
      <Styled15 href="/settings">nav-link 15</Styled15>
      <Styled16 href="/settings">nav-link 16</Styled16>
      <Styled17 href="/settings">nav-link 17</Styled17>
      <Styled18 href="/settings">nav-link 18</Styled18>
      <Styled19 href="/settings">nav-link 19</Styled19>
      <Styled20 href="/settings">nav-link 20</Styled20>
    </div>
  );
}
