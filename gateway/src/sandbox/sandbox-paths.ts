import { repoRoot } from "@pasrr/config/repo-paths";
import path from "node:path";

/** Where `npm run generate` bundles the sandbox page (git-ignored, like every build output). */
export const sandboxBuildDir = path.join(repoRoot, "gateway", "dist", "sandbox");
/** The page's source: GraphiQL with the partner picker, bundled by scripts/build-sandbox.ts. */
export const sandboxEntry = path.join(repoRoot, "gateway", "sandbox-ui", "main.tsx");
