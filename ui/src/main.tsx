import "@mantine/core/styles.css";
import { MantineProvider, createTheme } from "@mantine/core";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app.tsx";
import { loadRuntimeConfig } from "./session/runtime-config.ts";
import { SessionProvider } from "./session/session.tsx";

/**
 * Filled buttons and badges in the darkest shade: Mantine's default (shade 6) puts white text on
 * blue or red at about 3.6:1, under WCAG AA's 4.5:1 that the axe scans of every page hold us to.
 */
const theme = createTheme({ primaryShade: 9 });

const root = createRoot(document.getElementById("root")!);
loadRuntimeConfig().then(
  (config) =>
    root.render(
      <StrictMode>
        <MantineProvider theme={theme}>
          <SessionProvider config={config}>
            <App />
          </SessionProvider>
        </MantineProvider>
      </StrictMode>,
    ),
  (error: Error) => root.render(<p role="alert">{error.message}</p>),
);
