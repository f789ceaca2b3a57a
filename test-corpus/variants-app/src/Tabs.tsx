// A styled tab whose look follows a transient prop: `<Tab $active>` meets it where written.
import styled, { css } from "styled-components";

const Tab = styled.button<{ $active?: boolean }>`
  padding: 8px 12px;
  color: #4b5563;
  ${(p) =>
    p.$active &&
    css`
      color: #111827;
      border-bottom: 2px solid #2563eb;
    `}
  ${({ $active }) => ($active ? "" : css`opacity: 0.8;`)}
`;

export function Tabs({ current }: { current: string }) {
  return (
    <div role="tablist">
      <Tab $active>Overview</Tab>
      <Tab>Activity</Tab>
      <Tab $active={current === "settings"}>Settings</Tab>
    </div>
  );
}
