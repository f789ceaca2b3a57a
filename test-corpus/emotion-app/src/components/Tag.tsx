// emotion 11 templates: `@emotion/styled` and `@emotion/react`'s `css`, compiled by stylis 4, where
// a nested `:hover` is a descendant's hover and `&:hover` the tag's own.
import styled from "@emotion/styled";
import { css } from "@emotion/react";

const accent = "#7c3aed";

const removable = css`
  padding-right: 4px;
  cursor: pointer;
`;

export const Tag = styled.span<{ removable?: boolean }>`
  display: inline-flex;
  border-radius: 9999px;
  color: ${accent};
  ${(p) => p.removable && removable}
  &:hover {
    background: #ede9fe;
  }
  :focus-visible {
    outline: 2px solid ${accent};
  }
`;

export function Tags({ labels }: { labels: string[] }) {
  return (
    <>
      {labels.map((label) => (
        <Tag key={label}>{label}</Tag>
      ))}
    </>
  );
}
