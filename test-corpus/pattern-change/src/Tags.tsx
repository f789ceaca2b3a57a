import styled from "styled-components";
import "./chip.css";
import styles from "./Badge.module.css";

// One tag look written four ways: a global class, a CSS Module, a styled component and an
// inline style. The wide chip reuses `.chip` for another look: a change to the tags' radius
// made in `.chip` reaches it too.
const Pill = styled.span`
  background-color: #ede9fe;
  color: #5b21b6;
  border-radius: 9999px;
  padding: 2px 10px;
  font-size: 12px;
`;

export function Tags() {
  return (
    <p>
      <span className="chip">design</span>
      <span className="chip">code</span>
      <span className="chip">docs</span>
      <span className={styles.badge}>new</span>
      <span className={styles.badge}>beta</span>
      <Pill>draft</Pill>
      <Pill>review</Pill>
      <span style={{ backgroundColor: "#ede9fe", color: "#5b21b6", borderRadius: "9999px", padding: "2px 10px", fontSize: "12px" }}>inline</span>
      <span className="chip chip--wide">featured</span>
    </p>
  );
}
