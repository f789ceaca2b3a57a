import styled from "styled-components";
import { Button, IconButton } from "./Button";

const Bar = styled.div`
  display: flex;
  gap: 8px;
  padding: 8px;
  border-bottom: 1px solid #e2e8f0;

  @media (max-width: 640px) {
    flex-direction: column;
  }

  ${Button} + ${Button} {
    margin-left: 4px;
  }
`;

export function Toolbar({ onSave }) {
  return (
    <Bar>
      <Button $primary onClick={onSave}>Save</Button>
      <IconButton aria-label="More">…</IconButton>
    </Bar>
  );
}
