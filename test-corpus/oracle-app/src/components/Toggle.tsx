/** @jsxImportSource @emotion/react */
// A switch styled with emotion's css prop: the track and thumb change when it is on.
import { css } from "@emotion/react";

const row = css`
  display: flex;
  align-items: center;
  justify-content: space-between;
  padding: 12px 0;
`;

const track = css`
  position: relative;
  width: 40px;
  height: 22px;
  padding: 0;
  border: 0;
  border-radius: 11px;
  background: #d1d5db;
  cursor: pointer;

  &:focus-visible {
    outline: 2px solid #6366f1;
    outline-offset: 2px;
  }
`;

const trackOn = css`
  background: #4f46e5;
`;

const thumb = css`
  position: absolute;
  top: 2px;
  left: 2px;
  width: 18px;
  height: 18px;
  border-radius: 50%;
  background: #ffffff;
  box-shadow: 0 1px 2px rgba(0, 0, 0, 0.2);
`;

const thumbOn = css`
  left: 20px;
`;

type ToggleProps = { checked?: boolean; label: string };

export function Toggle({ checked = false, label }: ToggleProps) {
  return (
    <label css={row}>
      <span css={{ fontSize: 14, color: "#374151" }}>{label}</span>
      <button type="button" role="switch" aria-checked={checked} css={[track, checked && trackOn]}>
        <span css={[thumb, checked && thumbOn]} />
      </button>
    </label>
  );
}
