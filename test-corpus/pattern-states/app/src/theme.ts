// The styled-components theme: the tag's surface and ink.
export const theme = {
  tag: { surface: "#ede9fe", ink: "#5b21b6" },
};
