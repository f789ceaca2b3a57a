// The providers every screen needs: the styled-components theme.
import type { ReactNode } from "react";
import { ThemeProvider } from "styled-components";
import { theme } from "./theme";

export function AppProviders({ children }: { children: ReactNode }) {
  return <ThemeProvider theme={theme}>{children}</ThemeProvider>;
}
