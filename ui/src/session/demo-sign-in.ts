import type { UiRuntimeConfig } from "../app/ui-paths.ts";

type DemoConfig = Extract<UiRuntimeConfig["signIn"], { kind: "demo-partner" }>;

export interface DemoPartner {
  key: string;
  label: string;
}

/** The demo partners a development gateway mints tokens for (the sandbox's own list). */
export async function demoPartners(config: DemoConfig): Promise<DemoPartner[]> {
  const response = await fetch(config.partnersUrl);
  if (!response.ok) throw new Error(`the partner list answered ${response.status}`);
  const index = (await response.json()) as { partners: DemoPartner[]; devTools: boolean };
  return index.devTools ? index.partners : [];
}

/** "Sign in as" a demo partner: the gateway's development-only token route (404 in production). */
export async function demoPartnerToken(config: DemoConfig, partner: string): Promise<string> {
  const response = await fetch(config.tokenUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ partner }) });
  if (!response.ok) throw new Error(`the token route answered ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}
