// Interaction state names shared by templates in other files, as design systems export them.
export const hover = "hover";
export const focus = "focus-visible";
