// Every place a template's `${…}` can stand, each read as styled-components reads it: a known
// value fragment resolves, a condition's branches are each a dynamic selector, a component used
// as a selector keeps its name, and every unknown hole says which part of the CSS it is.
import styled, { css } from "styled-components";
import { Button } from "./Button";

const brand = "#2563eb";
const edge = `${8}px`;
const focusRing = css`2px solid ${brand}`;
const side = "left";
const mobile = "(max-width: 640px)";
const pressed = typeof window !== "undefined" && "ontouchstart" in window ? "active" : "hover";

const Actions = styled.div`
  display: flex;
`;

export const Card = styled.article<{ $right?: boolean; $bp: number }>`
  outline: ${focusRing};
  padding: ${edge};
  border-${side}: 1px solid #e5e7eb;
  ${(p) =>
    p.$right
      ? css`
          text-align: right;
        `
      : css`
          text-align: left;
        `}
  margin: 0;
  & ${Actions} {
    gap: 4px;
  }
  ${Button}:hover & {
    opacity: 0.9;
  }
  &:${pressed} {
    transform: scale(0.98);
  }
  @media ${mobile} {
    padding: 4px;
  }
  @media (min-width: ${(p) => p.$bp}px) {
    padding: 24px;
  }
  @container ${(p) => p.$bp} (min-width: 400px) {
    margin: 8px;
  }
  ${(p) => p.$right && "flex-direction: row-reverse;"} color: #111827;
`;

export function Profile() {
  return <Card $bp={900}>Ada</Card>;
}

export function ProfileActions() {
  return (
    <>
      <Card $bp={900}>
        <Actions>Follow</Actions>
      </Card>
      <Actions>Share</Actions>
    </>
  );
}
