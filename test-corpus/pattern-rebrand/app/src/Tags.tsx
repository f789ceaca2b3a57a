// One tag look written six ways — a global class, a CSS Module, an SCSS mixin, a styled
// component with a theme, Tailwind classes on `@theme` colours and an inline style — with four
// drifted members (a colour, a size, side paddings in a shorthand and in a class) and a wide
// chip that reuses the global class for another look.
import styled from "styled-components";
import "./styles/app.css";
import "./styles/tags.css";
import badges from "./Badge.module.css";
import labels from "./Label.module.scss";

const Pill = styled.span`
  background-color: ${({ theme }) => theme.tag.surface};
  color: ${({ theme }) => theme.tag.ink};
  border-radius: 9999px;
  padding: 2px 10px;
  font-size: 12px;
`;

export function Tags() {
  return (
    <p>
      <span className="tag">design</span>
      <span className="tag">code</span>
      <span className={badges.badge}>new</span>
      <span className={badges.legacy}>legacy</span>
      <span className={badges.roomy}>roomy</span>
      <span className={labels.label}>beta</span>
      <span className={labels.large}>large</span>
      <Pill>draft</Pill>
      <Pill>review</Pill>
      <span className="rounded-[9999px] bg-tag px-[10px] py-[2px] text-[12px] text-tag-ink">tailwind</span>
      <span className="rounded-[9999px] bg-tag px-[14px] py-[2px] text-[12px] text-tag-ink">roomy</span>
      <span style={{ backgroundColor: "#ede9fe", color: "#5b21b6", borderRadius: "9999px", padding: "2px 10px", fontSize: "12px" }}>inline</span>
      <span className="tag tag--wide">featured</span>
    </p>
  );
}
