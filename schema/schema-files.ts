import { repoRoot } from "@pasrr/config/repo-paths";
import path from "node:path";

export { supergraphFile } from "@pasrr/gateway";
/** The API schema partners were last given (see release.ts). */
export const releasedApiFile = path.join(repoRoot, "schema", "released", "api.graphql");
/** Breaking changes made on purpose, each with the deprecation that announced it. */
export const deliberateChangesFile = path.join(repoRoot, "schema", "released", "deliberate-changes.json");
