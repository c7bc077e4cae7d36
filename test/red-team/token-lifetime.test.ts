import { demoPeople } from "@pasrr/devtools/demo-cast";
import { loadCommonConfig } from "@pasrr/service-kit/common-config";
import { mintDevToken } from "@pasrr/devtools/dev-token";
import { subgraphNames } from "@pasrr/config/service-names";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, graphql } from "../support/graphql.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";

/**
 * Red team, finding 4: tokens with `iat` a year in the future or `exp` fifty years ahead were
 * accepted. A token's lifetime (`exp` − `iat`) is bounded (AUTH_MAX_TOKEN_LIFETIME_SECONDS, 12 h by
 * default) and an `iat` beyond the clock skew is refused, at the gateway and at every subgraph.
 */
let hub: TestHub;
const person = demoPeople[0]!;
const probe = `{ individual(id: "${person.id}") { id } }`;
const now = () => Math.floor(Date.now() / 1000);
const year = 365 * 24 * 3600;

beforeAll(async () => {
  hub = await startTestHub({ seedDemoData: true });
});
afterAll(() => hub?.stop());

/** The gateway, then each subgraph directly (individuals answers the probe; the others must refuse the token before parsing). */
const doors = () => [{ name: "gateway", url: hub.gatewayUrl! }, ...subgraphNames.map((name) => ({ name, url: hub.subgraphs[name]!.url }))];
const mint = (issuedAt: number, expiresInSeconds: number) =>
  mintDevToken(loadCommonConfig(hub.env).auth, { organisationId: "state", role: "STATE_MEDICAID_AGENCY", issuedAt, expiresInSeconds });

describe("token lifetime and issue time, at the gateway and straight to every subgraph", () => {
  const refused: [string, () => Promise<string>][] = [
    ["iat a year in the future (exp an hour after it)", () => mint(now() + year, 3600)],
    ["iat two minutes in the future, beyond the 30 s skew", () => mint(now() + 120, 3600)],
    ["exp fifty years ahead", () => mint(now(), 50 * year)],
    ["a lifetime of 12 h and one second", () => mint(now(), 12 * 3600 + 1)],
  ];

  it.each(refused)("%s: UNAUTHENTICATED, HTTP 401, no data", async (_case, token) => {
    const bearer = await token();
    for (const door of doors()) {
      const answer = await graphql(door.url, probe, { token: bearer });
      expect({ door: door.name, status: answer.status, codes: errorCodes(answer) }).toEqual({ door: door.name, status: 401, codes: ["UNAUTHENTICATED"] });
      expect(answer.data ?? null).toBeNull();
    }
  });

  it("a partner's working-day token (8 h), a 12 h token and one issued 20 s ahead (within the skew) still read", async () => {
    for (const bearer of [await mint(now(), 8 * 3600), await mint(now(), 12 * 3600), await mint(now() + 20, 3600)]) {
      for (const door of [doors()[0]!, doors()[1]!]) {
        const answer = await graphql(door.url, probe, { token: bearer });
        expect(errorCodes(answer)).toEqual([]);
        expect(answer.data).toEqual({ individual: { id: person.id } });
      }
    }
  });
});
