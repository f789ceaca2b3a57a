// A theme behind `as const`, and a styled component whose styles a function of its props returns.
import styled from "styled-components";

export const theme = {
  colors: { surface: "#f9fafb" },
} as const;

const Stack = styled.div((p: { $gap: number }) => ({
  display: "flex",
  flexDirection: "column",
  gap: p.$gap,
}));

export function Settings() {
  return <Stack $gap={12}>Profile</Stack>;
}
