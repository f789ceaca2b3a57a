// A customer's initials in a circle, styled with inline style objects: a shared constant spread into each use.
import type { CSSProperties } from "react";

const circle: CSSProperties = {
  display: "grid",
  placeItems: "center",
  borderRadius: "50%",
  backgroundColor: "#e0e7ff",
  color: "#3730a3",
  fontWeight: 600,
};

type AvatarProps = { name: string; size?: number };

export function Avatar({ name, size = 40 }: AvatarProps) {
  const initials = name
    .split(" ")
    .map((part) => part[0])
    .join("");
  return (
    <div style={{ display: "flex", alignItems: "center", gap: 12 }}>
      <div style={{ ...circle, width: size, height: size, fontSize: 14 }}>{initials}</div>
      <span style={{ fontSize: 14, fontWeight: 500, lineHeight: "20px" }}>{name}</span>
    </div>
  );
}
