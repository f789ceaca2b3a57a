// Settings tabs in styled-components: theme colours, a hover colour and an active underline chosen by a prop.
import styled, { css } from "styled-components";

const TabList = styled.div`
  display: flex;
  gap: 4px;
  margin-bottom: 24px;
  border-bottom: 1px solid ${({ theme }) => theme.colors.border};
`;

const Tab = styled.button<{ $active?: boolean }>`
  padding: 8px 14px;
  border: 0;
  background: transparent;
  color: ${({ theme }) => theme.colors.muted};
  font-size: 14px;
  font-weight: 500;
  cursor: pointer;

  &:hover {
    color: ${({ theme }) => theme.colors.text};
  }

  ${(p) =>
    p.$active &&
    css`
      color: ${p.theme.colors.primary};
      box-shadow: inset 0 -2px 0 ${p.theme.colors.primary};
    `}
`;

type TabsProps = { tabs: string[]; active: string };

export function Tabs({ tabs, active }: TabsProps) {
  return (
    <TabList role="tablist">
      {tabs.map((tab) => (
        <Tab key={tab} role="tab" aria-selected={tab === active} $active={tab === active}>
          {tab}
        </Tab>
      ))}
    </TabList>
  );
}
