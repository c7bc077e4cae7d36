import { buildIndividualsSchema } from "@pasrr/individuals/schema";
import { findAuditRecords, type RawSqlClient } from "@pasrr/subgraph-kit/audit/audit-store";
import { idempotentReplay } from "@pasrr/subgraph-kit/audit/audit-collector";
import { Kind, parse, type OperationDefinitionNode } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refusedReplay } from "@pasrr/subgraph-kit/idempotency/replay-authorisation";
import { errorCodes, graphql } from "../support/graphql.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";

/**
 * Red team, finding 2: idempotency keys were per organisation, so a MEDICAID_PAYMENT token of the
 * same organisation replayed a PAA's `registerIndividual` answer with its Idempotency-Key and got a
 * full SSN, unaudited. Keys now belong to one principal (organisation, role, subject); a replay is
 * re-authorised against the access matrix and audited as a replay. Through the gateway and
 * straight to the individuals subgraph.
 */
let hub: TestHub;
let serial = 0;
const organisationId = "shared-organisation";

const register = `mutation Register($input: RegisterIndividualInput!) {
  registerIndividual(input: $input) { outcome individual { id identifiers { type value } } }
}`;
/** A fresh person with a fresh SSN (area 123, never a reserved group or serial). */
function person() {
  const n = ++serial;
  const ssn = `12345${String(1000 + n).padStart(4, "0")}`;
  const [givenName, familyName] = [
    ["Ambrose", "Quillfeather"],
    ["Berenice", "Tollemache"],
    ["Cosmo", "Underhay"],
    ["Delphine", "Vavasour"],
    ["Evander", "Wolstenholme"],
    ["Fenella", "Yarborough"],
  ][n % 6]!;
  return {
    ssn,
    input: {
      givenName,
      familyName,
      birthDate: `19${30 + n}-0${(n % 9) + 1}-1${n % 10}`,
      county: "Hamilton",
      state: "OH",
      identifiers: [{ type: "SSN", value: ssn }],
    },
  };
}
const doors = () => [
  { name: "gateway", url: hub.gatewayUrl! },
  { name: "individuals", url: hub.subgraphs.individuals!.url },
];

beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

describe.each(["gateway", "individuals"])("idempotency keys belong to one principal (%s)", (door) => {
  const url = () => doors().find((d) => d.name === door)!.url;
  const send = (token: string, variables: Record<string, unknown>, key: string) =>
    graphql(url(), register, { token, variables, headers: { "idempotency-key": key } });

  it("the payment system of the same organisation, replaying a PAA's key, gets no stored answer and no SSN: FORBIDDEN, as without the key", async () => {
    const paa = await hub.token({ role: "PAA", counties: ["Hamilton"], organisationId, subject: "intake@paa" });
    const payer = await hub.token({ role: "MEDICAID_PAYMENT", organisationId, subject: "mmis@payer" });
    const { ssn, input } = person();
    const key = `register-${door}-${serial}-payer`;
    const first = await send(paa, { input }, key);
    expect(first.errors).toBeUndefined();
    expect(JSON.stringify(first.data)).toContain(ssn);

    const stolen = await send(payer, { input }, key);
    expect(errorCodes(stolen)).toEqual(["FORBIDDEN"]);
    expect(stolen.headers["idempotent-replay"]).toBeUndefined();
    // The answer as the payer sees it, less the two headers every response carries fresh (a random
    // request id and the date), whose digits could hold the SSN's last four by chance.
    const { "x-request-id": _requestId, date: _date, ...headers } = stolen.headers;
    const seen = JSON.stringify({ ...stolen, headers });
    expect(seen).not.toContain(ssn);
    expect(seen).not.toContain(ssn.slice(-4));
  });

  it("another user of the same organisation and role with the same key runs its own request, not a replay", async () => {
    const intake = await hub.token({ role: "PAA", counties: ["Hamilton"], organisationId, subject: "intake@paa" });
    const colleague = await hub.token({ role: "PAA", counties: ["Hamilton"], organisationId, subject: "colleague@paa" });
    const { input } = person();
    const key = `register-${door}-${serial}-colleague`;
    const first = await send(intake, { input }, key);
    expect(first.data?.registerIndividual.outcome).toBe("CREATED");
    const second = await send(colleague, { input }, key);
    expect(second.headers["idempotent-replay"]).toBeUndefined();
    expect(second.data?.registerIndividual.outcome).not.toBe("CREATED");
    expect(second.data?.registerIndividual.individual.id).toBe(first.data?.registerIndividual.individual.id);
  });

  it("the principal that made the request still gets its answer replayed, and the replay is audited with the person's id", async () => {
    const subject = `replayer-${door}@paa`;
    const paa = await hub.token({ role: "PAA", counties: ["Hamilton"], organisationId, subject });
    const { input } = person();
    const key = `register-${door}-${serial}-replay`;
    const first = await send(paa, { input }, key);
    const again = await send(paa, { input }, key);
    expect(again.headers["idempotent-replay"]).toBe("true");
    expect(again.data).toEqual(first.data);
    const id = first.data!.registerIndividual.individual.id as string;
    const rows = await findAuditRecords(hub.subgraphs.individuals!.client as unknown as RawSqlClient, { subject, limit: 10 });
    const replays = rows.filter((row) => row.writes.includes(idempotentReplay));
    expect(replays).toHaveLength(1);
    expect(replays[0]!.writes).toContain("registerIndividual");
    expect(replays[0]!.entityIds).toContain(id);
    expect(replays[0]!.fields).toContain("Identifier.value");
  });
});

describe("a replay is re-authorised against the access matrix (it runs no resolver, so the guard never sees it)", () => {
  const operationOf = (text: string) => {
    const document = parse(text);
    const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
    return [document, operation] as const;
  };

  it("a role the matrix denies the mutation is refused, through aliases and fragments; an allowed role is not", async () => {
    const schema = await buildIndividualsSchema();
    const [plain, plainOperation] = operationOf(`mutation { registerIndividual(input: $input) { outcome } }`);
    const [spread, spreadOperation] = operationOf(`mutation { ...M } fragment M on Mutation { again: registerIndividual(input: $input) { outcome } }`);
    expect(refusedReplay(schema, plain, plainOperation, "MEDICAID_PAYMENT")).toBe("Mutation.registerIndividual");
    expect(refusedReplay(schema, spread, spreadOperation, "MEDICAID_PAYMENT")).toBe("Mutation.registerIndividual");
    expect(refusedReplay(schema, plain, plainOperation, "PAA")).toBeUndefined();
  });
});
