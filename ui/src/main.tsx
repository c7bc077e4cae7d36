import "@mantine/core/styles.css";
import { MantineProvider } from "@mantine/core";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app.tsx";
import { loadRuntimeConfig } from "./session/runtime-config.ts";
import { SessionProvider } from "./session/session.tsx";

const root = createRoot(document.getElementById("root")!);
loadRuntimeConfig().then(
  (config) =>
    root.render(
      <StrictMode>
        <MantineProvider>
          <SessionProvider config={config}>
            <App />
          </SessionProvider>
        </MantineProvider>
      </StrictMode>,
    ),
  (error: Error) => root.render(<p role="alert">{error.message}</p>),
);
