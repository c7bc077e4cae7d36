import "@mantine/core/styles.css";
import { MantineProvider, createTheme, type CSSVariablesResolver } from "@mantine/core";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app.tsx";
import { loadRuntimeConfig } from "./session/runtime-config.ts";
import { SessionProvider } from "./session/session.tsx";

/**
 * WCAG AA asks 4.5:1 for text. Mantine's defaults fall short on white: dimmed text (gray 6),
 * filled buttons and badges in shade 6, and the light variants' text (the active menu link, alert
 * titles, light badges). Darker shades of the same colours, set once for every page.
 */
const lightVariantColors = ["blue", "red", "orange", "green", "teal", "gray", "yellow"];
// respectReducedMotion: a user who asks the system for less motion gets dialogs and menus without animation (WCAG 2.3.3).
const theme = createTheme({ primaryShade: { light: 8, dark: 8 }, respectReducedMotion: true });
const contrastResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": "var(--mantine-color-gray-7)",
    "--mantine-color-red-filled": "var(--mantine-color-red-9)",
    "--mantine-primary-color-light-color": "color-mix(in srgb, var(--mantine-color-blue-9) 80%, black)",
    ...Object.fromEntries(
      lightVariantColors.map((color) => [`--mantine-color-${color}-light-color`, `color-mix(in srgb, var(--mantine-color-${color}-9) 80%, black)`]),
    ),
  },
  dark: {},
});

const root = createRoot(document.getElementById("root")!);
loadRuntimeConfig().then(
  (config) =>
    root.render(
      <StrictMode>
        <MantineProvider theme={theme} cssVariablesResolver={contrastResolver}>
          <SessionProvider config={config}>
            <App />
          </SessionProvider>
        </MantineProvider>
      </StrictMode>,
    ),
  (error: Error) => root.render(<p role="alert">{error.message}</p>),
);
