import { createElement, type CSSProperties } from "react";
import { useTheme } from "styled-components";

// Inline styles that name the tokens in every form a script writes them.
const badgeStyle: CSSProperties = {
  background: "var(--color-brand)",
  borderRadius: "var(--radius-md)",
  ["--badge-ring" as string]: "var(--color-brand)",
};

const chartOptions = { series: [{ color: "var(--color-brand)" }] };

export function Badge({ label }: { label: string }) {
  const theme = useTheme();
  return (
    <span
      style={badgeStyle}
      className="bg-brand text-white rounded-md dark:bg-brand/80"
      data-accent={theme.colors.brand}
      ref={(node) => node?.style.setProperty("--color-brand", theme.colors.brand)}
    >
      {label}
    </span>
  );
}

export function Dot() {
  const border = `1px solid var(--color-brand)`;
  return createElement("i", { style: { color: "var(--color-text)", border } }, chartOptions.series.length);
}

export function brandColour(element: HTMLElement): string {
  return getComputedStyle(element).getPropertyValue("--color-brand");
}
