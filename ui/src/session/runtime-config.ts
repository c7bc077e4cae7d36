import { uiConfigPath, type UiRuntimeConfig } from "../app/ui-paths.ts";

/** Read once at start: the same static build serves development and any state's production. */
export async function loadRuntimeConfig(): Promise<UiRuntimeConfig> {
  const response = await fetch(uiConfigPath, { headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`${uiConfigPath} answered ${response.status}: the UI cannot know where the graph is`);
  return (await response.json()) as UiRuntimeConfig;
}
