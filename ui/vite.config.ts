import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { uiBasePath } from "./src/app/ui-paths.ts";

/**
 * The UI is a static build served under /ui/ (by the gateway in development, by any web server in
 * production), talking only to the gateway's public /graphql with the signed-in user's token.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: `${uiBasePath}/`,
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // The bench's size row reads this to split first-load JavaScript from lazily loaded pages.
    manifest: true,
    reportCompressedSize: false,
  },
  logLevel: "warn",
});
