// A confirmation dialog in styled-components: an overlay, a themed panel and buttons extended from one base.
import styled from "styled-components";

const Overlay = styled.div`
  position: fixed;
  inset: 0;
  display: flex;
  align-items: center;
  justify-content: center;
  background: rgba(17, 24, 39, 0.5);
`;

const Panel = styled.div`
  width: 420px;
  padding: 24px;
  border-radius: ${({ theme }) => theme.radii.lg};
  background: ${({ theme }) => theme.colors.surface};
  box-shadow: 0 20px 40px rgba(0, 0, 0, 0.2);
`;

const Title = styled.h2`
  margin: 0 0 8px;
  font-size: 18px;
  font-weight: 600;
`;

const Body = styled.p`
  margin: 0 0 24px;
  color: ${({ theme }) => theme.colors.muted};
  font-size: 14px;
  line-height: 20px;
`;

const Actions = styled.div`
  display: flex;
  justify-content: flex-end;
  gap: 12px;
`;

const BaseButton = styled.button`
  padding: 8px 16px;
  border: 1px solid transparent;
  border-radius: ${({ theme }) => theme.radii.md};
  font-size: 14px;
  font-weight: 500;
  cursor: pointer;
`;

const CancelButton = styled(BaseButton)`
  border-color: ${({ theme }) => theme.colors.border};
  background: #ffffff;
  color: ${({ theme }) => theme.colors.text};

  &:hover {
    background: #f9fafb;
  }
`;

const DangerButton = styled(BaseButton)`
  background: ${({ theme }) => theme.colors.danger};
  color: #ffffff;

  &:hover {
    background: ${({ theme }) => theme.colors.dangerHover};
  }
`;

type ConfirmDialogProps = { title?: string; message?: string };

export function ConfirmDialog({
  title = "Delete product?",
  message = "The product and its stock history will be removed. Orders that include it keep their copy.",
}: ConfirmDialogProps) {
  return (
    <Overlay>
      <Panel role="dialog" aria-modal="true" aria-labelledby="confirm-title">
        <Title id="confirm-title">{title}</Title>
        <Body>{message}</Body>
        <Actions>
          <CancelButton type="button">Keep it</CancelButton>
          <DangerButton type="button">Delete</DangerButton>
        </Actions>
      </Panel>
    </Overlay>
  );
}
