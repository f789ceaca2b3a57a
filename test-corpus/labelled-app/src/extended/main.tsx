// The extended app's entry: the theme, the global styles and the pages.
import { ThemeProvider } from "styled-components";
import "./styles/app.css";
import "./styles/panels.scss";
import { theme } from "./ui/theme";
import { Inbox } from "./pages/Inbox";
import { Settings } from "./pages/Settings";
import { Team } from "./pages/Team";

export function ExtendedApp() {
  return (
    <ThemeProvider theme={theme}>
      <Inbox selectedId="a" />
      <Settings />
      <Team />
    </ThemeProvider>
  );
}
