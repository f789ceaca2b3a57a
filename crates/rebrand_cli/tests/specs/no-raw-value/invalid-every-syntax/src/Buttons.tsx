import styled from 'styled-components';

const Primary = styled.button`
  background: #2563eb;
`;

export function Buttons() {
  return (
    <div>
      <Primary onClick={() => {}}>Save</Primary>
      <a href="/" style={{ color: '#2563eb' }}>Home</a>
      <span className="bg-[#2563eb] p-2">New</span>
    </div>
  );
}
