import { demoMedicaidId, demoPeople } from "@pasrr/devtools/demo-cast";
import { parse, print } from "graphql";
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exampleDir } from "../examples/payment-check/codegen.ts";
import { loadPartnerExamples } from "../gateway/src/sandbox/partner-examples.ts";
import { manifestOf, manifestText, operationId, persistedQueryManifest } from "../gateway/src/persisted-operations/operation-manifest.ts";
import { formatDocument, stringifyDocument } from "@urql/core";
import { pathToFileURL } from "node:url";
import { paymentCheckManifest, paymentManifestFile, uiOperationText, uiPaymentOperationFiles } from "../scripts/persisted-manifest.ts";
import { errorCodes, type GraphQLAnswer } from "./support/graphql.ts";
import { startTestHub, type TestHub } from "./support/hub.ts";

const run = promisify(execFile);

/**
 * Issue 9, item 5: automatic persisted queries for every partner, and safelist mode for the
 * payment system, through the real gateway and real subgraphs on the demo data. The gateway runs
 * with the payment role safelisted; its manifest is the committed one (the payment-check
 * example's operations) plus one coverage operation of this test's own, so that these tests do
 * not depend on which documents the example happens to hold.
 */
const person = demoPeople[0]!;
// Registered as a client registers them: the printed text (manifestOf), which is what it sends.
const coverage = print(
  parse(`query PaymentCoverage($id: ID!, $from: Date!, $to: Date!, $providerNumber: String) {
  individual(id: $id) {
    levelOfCareCoverage(from: $from, to: $to, providerNumber: $providerNumber) {
      coveredSpans { from through levelOfCareType }
      uncoveredSpans { from through reason }
    }
  }
}`),
);
const coverageVariables = { id: person.id, from: "2026-10-01", to: "2026-10-31", providerNumber: "DEMO-NF-0001" };
const lookup = print(parse(`query PaymentLookup($identifiers: [IdentifierInput!]!) { individualsByIdentifiers(identifiers: $identifiers) { id } }`));
const facility = `{ facilityByProviderNumber(providerNumber: "DEMO-NF-0001") { id name } }`;
const persisted = (query: string) => ({ persistedQuery: { version: 1, sha256Hash: operationId(query) } });

let hub: TestHub;
let manifestDir: string;
let paymentToken: string;

/** One POST as a client sends it: any mix of query, extensions and variables. Answers are read by shape, as in support/graphql.ts. */
async function send(
  token: string,
  body: { query?: string; variables?: Record<string, unknown>; extensions?: Record<string, unknown> },
): Promise<GraphQLAnswer<Record<string, any>>> {
  const url = new URL(hub.gatewayUrl!);
  const response = await request(url.origin).post(url.pathname).set("content-type", "application/json").set("authorization", `Bearer ${token}`).send(body);
  return { status: response.status, ...(response.body as object), headers: response.headers as Record<string, string> };
}

beforeAll(async () => {
  manifestDir = await mkdtemp(path.join(tmpdir(), "pasrr-persisted-"));
  const committed = persistedQueryManifest.parse(JSON.parse(await readFile(paymentManifestFile, "utf8")));
  const own = manifestOf([parse(coverage), parse(lookup)]);
  await writeFile(path.join(manifestDir, "medicaid-payment.json"), manifestText({ ...committed, operations: [...committed.operations, ...own.operations] }));
  hub = await startTestHub({ seedDemoData: true, env: { GATEWAY_SAFELISTED_ROLES: "MEDICAID_PAYMENT", GATEWAY_PERSISTED_OPERATIONS_DIR: manifestDir } });
  paymentToken = await hub.token({ role: "MEDICAID_PAYMENT", organisationId: "demo-medicaid-payment" });
});
afterAll(async () => {
  await hub?.stop();
  await rm(manifestDir, { recursive: true, force: true });
});

describe("automatic persisted queries (partners that are not safelisted)", () => {
  it("answers a hash it has not seen with PERSISTED_QUERY_NOT_FOUND, registers it with its text, then answers the hash alone — by POST and by GET", async () => {
    const token = await hub.token({ role: "STATE_MEDICAID_AGENCY", organisationId: "apq-round-trip" });
    const query = `query ApqRoundTrip($id: ID!) { individual(id: $id) { id givenName } }`;
    const variables = { id: person.id };
    const first = await send(token, { extensions: persisted(query), variables });
    expect(errorCodes(first)).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
    // Part of the protocol, not a failure: answered 200, as Apollo Server answers it.
    expect(first.status).toBe(200);

    const registered = await send(token, { query, extensions: persisted(query), variables });
    expect(registered.errors).toBeUndefined();
    expect(registered.data).toEqual({ individual: { id: person.id, givenName: person.givenName } });

    const byHash = await send(token, { extensions: persisted(query), variables });
    expect(byHash.status).toBe(200);
    expect(byHash.data).toEqual(registered.data);

    // A GET is a "simple" request a browser sends across sites: CSRF prevention wants a preflight header.
    const url = new URL(hub.gatewayUrl!);
    const search = { extensions: JSON.stringify(persisted(query)), variables: JSON.stringify(variables) };
    const plainGet = await request(url.origin).get(url.pathname).query(search).set("authorization", `Bearer ${token}`);
    expect(plainGet.status).toBe(400);
    const get = await request(url.origin).get(url.pathname).query(search).set("authorization", `Bearer ${token}`).set("apollo-require-preflight", "true");
    expect(get.status).toBe(200);
    expect(get.body).toEqual({ data: registered.data });
  });

  it("refuses a hash that is not the query's sha256, and registers nothing under it", async () => {
    const token = await hub.token({ role: "PAA", counties: ["Hamilton"], organisationId: "apq-mismatch" });
    const query = `{ facilityByProviderNumber(providerNumber: "DEMO-NF-0001") { id } }`;
    const wrong = { persistedQuery: { version: 1, sha256Hash: operationId(`${query} `) } };
    const mismatch = await send(token, { query, extensions: wrong });
    expect(mismatch.status).toBe(400);
    expect(errorCodes(mismatch)).toEqual(["PERSISTED_QUERY_HASH_MISMATCH"]);
    expect(errorCodes(await send(token, { extensions: wrong }))).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
  });

  it("applies the operation limits to a query sent by hash: variables over the list limit are refused, and an over-limit text is never registered", async () => {
    const token = await hub.token({ role: "STATE_MEDICAID_AGENCY", organisationId: "apq-limits" });
    const query = `query ApqLimits($ids: [IdentifierInput!]!) { individualsByIdentifiers(identifiers: $ids) { id } }`;
    const one = [{ type: "MEDICAID_ID", issuer: "OH", value: "9999-0000-0001" }];
    expect((await send(token, { query, extensions: persisted(query), variables: { ids: one } })).errors).toBeUndefined();
    const tooMany = Array.from({ length: 10_001 }, (_, index) => ({ type: "MEDICAID_ID", issuer: "OH", value: `9999-1${String(index).padStart(3, "0")}` }));
    const overList = await send(token, { extensions: persisted(query), variables: { ids: tooMany } });
    expect(errorCodes(overList)).toEqual(["OPERATION_LIMIT_EXCEEDED"]);
    expect(overList.errors?.[0]?.extensions?.limit).toBe("listSize");

    const elevenRoots = `{ ${Array.from({ length: 11 }, (_, index) => `f${index}: facilityByProviderNumber(providerNumber: "DEMO-NF-0001") { id }`).join(" ")} }`;
    expect(errorCodes(await send(token, { query: elevenRoots, extensions: persisted(elevenRoots) }))).toEqual(["OPERATION_LIMIT_EXCEEDED"]);
    expect(errorCodes(await send(token, { extensions: persisted(elevenRoots) }))).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
  });
});

describe("safelist mode (GATEWAY_SAFELISTED_ROLES=MEDICAID_PAYMENT)", () => {
  it("runs a registered operation by id alone, with no APQ registration, and answers the demo person's covered days", async () => {
    const answer = await send(paymentToken, { extensions: persisted(coverage), variables: coverageVariables });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.individual.levelOfCareCoverage.coveredSpans).toEqual([
      { from: "2026-10-14", through: "2026-10-31", levelOfCareType: "NF_INTERMEDIATE" },
    ]);
  });

  it("runs a registered operation sent as its exact text, with or without its hash", async () => {
    const byText = await send(paymentToken, { query: coverage, variables: coverageVariables });
    expect(byText.errors).toBeUndefined();
    expect(byText.data?.individual.levelOfCareCoverage.coveredSpans).toHaveLength(1);
    const both = await send(paymentToken, { query: coverage, extensions: persisted(coverage), variables: coverageVariables });
    expect(both.data).toEqual(byText.data);
  });

  it("runs every example of the payment guide as the guide writes it, and by its id alone (issue 22: they were not registered)", async () => {
    const examples = (await loadPartnerExamples(hub.today)).filter((example) => example.partner === "medicaid-payment");
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) {
      const asWritten = await send(paymentToken, { query: example.query, variables: example.variables });
      expect(asWritten.errors, `${example.title}: ${JSON.stringify(asWritten.errors)}`).toBeUndefined();
      const byId = await send(paymentToken, { extensions: persisted(example.query), variables: example.variables });
      expect(byId.status, example.title).toBe(200);
      expect(byId.data, example.title).toEqual(asWritten.data);
    }
  });

  it("applies the operation limits to registered operations too", async () => {
    const tooMany = Array.from({ length: 10_001 }, (_, index) => ({ type: "MEDICAID_ID", issuer: "OH", value: `9999-2${String(index).padStart(3, "0")}` }));
    const answer = await send(paymentToken, { extensions: persisted(lookup), variables: { identifiers: tooMany } });
    expect(errorCodes(answer)).toEqual(["OPERATION_LIMIT_EXCEEDED"]);
  });

  const refusals: [string, () => { query?: string; extensions?: Record<string, unknown> }][] = [
    ["a query it is otherwise allowed to run, but never registered", () => ({ query: facility })],
    ["a registered operation with one field added", () => ({ query: coverage.replace("levelOfCareType", "levelOfCareType determinationId") })],
    ["a registered operation with its layout changed (the id is the exact text's)", () => ({ query: coverage.replace(/\n\s*/g, " ") })],
    ["an id that is not registered", () => ({ extensions: persisted(facility) })],
    ["an APQ registration of a new operation", () => ({ query: facility, extensions: persisted(facility) })],
    ["introspection", () => ({ query: "{ __schema { queryType { name } types { name fields { name } } } }" })],
    ["a type lookup", () => ({ query: `{ __type(name: "Individual") { fields { name } } }` })],
    ["a misspelt field, without the schema's suggestions", () => ({ query: '{ individul(id: "x") { id } }' })],
  ];
  it.each(refusals)("refuses %s with 403 PERSISTED_QUERY_NOT_IN_SAFELIST, naming nothing of the schema", async (_name, body) => {
    const answer = await send(paymentToken, body());
    expect(answer.status).toBe(403);
    expect(errorCodes(answer)).toEqual(["PERSISTED_QUERY_NOT_IN_SAFELIST"]);
    expect(answer.data).toBeUndefined();
    expect(JSON.stringify(answer.errors)).not.toMatch(/individual|facility|__schema|__type|Did you mean|Cannot query/i);
  });

  it("does not register an operation it refused, nor serve the payment system an operation another partner registered by APQ", async () => {
    expect(errorCodes(await send(paymentToken, { query: facility, extensions: persisted(facility) }))).toEqual(["PERSISTED_QUERY_NOT_IN_SAFELIST"]);
    const state = await hub.token({ role: "STATE_MEDICAID_AGENCY", organisationId: "safelist-apq" });
    expect(errorCodes(await send(state, { extensions: persisted(facility) }))).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
    expect((await send(state, { query: facility, extensions: persisted(facility) })).errors).toBeUndefined();
    expect(errorCodes(await send(paymentToken, { extensions: persisted(facility) }))).toEqual(["PERSISTED_QUERY_NOT_IN_SAFELIST"]);
  });

  it("leaves a PAA in the same gateway free to send any query, introspect and use APQ", async () => {
    const paa = await hub.token({ role: "PAA", counties: ["Hamilton", "Butler"], organisationId: "safelist-paa" });
    const free = await send(paa, { query: facility });
    expect(free.errors).toBeUndefined();
    expect(free.data?.facilityByProviderNumber.name).toBe("Maple Terrace Care Center");
    expect((await send(paa, { query: "{ __schema { queryType { name } } }" })).data).toEqual({ __schema: { queryType: { name: "Query" } } });
    const query = `query PaaApq { facilityByProviderNumber(providerNumber: "DEMO-NF-0002") { name } }`;
    expect(errorCodes(await send(paa, { extensions: persisted(query) }))).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
    expect((await send(paa, { query, extensions: persisted(query) })).errors).toBeUndefined();
    expect((await send(paa, { extensions: persisted(query) })).data?.facilityByProviderNumber.name).toBe("Riverbend Nursing and Rehabilitation");
  });
});

describe("the payment system's manifest", () => {
  it("is current with the payment-check example's documents and the payment guide's examples (npm run persisted:manifest)", async () => {
    expect(await readFile(paymentManifestFile, "utf8"), `${paymentManifestFile} is stale: run npm run persisted:manifest and review the change`).toBe(
      manifestText(paymentCheckManifest()),
    );
  });

  it("registers the UI's claim CSV operation and the hub's today exactly as the UI's urql client posts them, and runs both in safelist mode (issue 23)", async () => {
    const registered = persistedQueryManifest.parse(JSON.parse(await readFile(paymentManifestFile, "utf8"))).operations.map((operation) => operation.body);
    const [hubCalendarFile, claimBatchFile] = uiPaymentOperationFiles;
    // The UI's own typed document (codegen's output, generated by `npm run generate`), as the bundle imports it; urql's
    // cacheExchange formats it (adds __typename) and the fetch body holds its stringified text.
    const { claimBatchQuery } = (await import(pathToFileURL(claimBatchFile!).href)) as { claimBatchQuery: Parameters<typeof formatDocument>[0] };
    const posted = stringifyDocument(formatDocument(claimBatchQuery));
    expect(posted).toBe(uiOperationText(claimBatchFile!));
    expect(registered).toContain(posted);
    expect(registered).toContain(uiOperationText(hubCalendarFile!));

    const line = { line: "1", medicaidId: demoMedicaidId(0), issuer: "OH", providerNumber: "DEMO-NF-0001", from: "2026-10-01", to: "2026-10-31" };
    const batch = await send(paymentToken, { query: posted, variables: { lines: [line] } });
    expect(batch.errors).toBeUndefined();
    expect(batch.data?.levelOfCareClaimBatch.lines[0].coveredSpans).toEqual([
      { from: "2026-10-14", through: "2026-10-31", levelOfCareType: "NF_INTERMEDIATE", determinationId: expect.any(String), __typename: "CoveredSpan" },
    ]);
    const byId = await send(paymentToken, { extensions: persisted(posted), variables: { lines: [line] } });
    expect(byId.data).toEqual(batch.data);
    const calendar = await send(paymentToken, { query: uiOperationText(hubCalendarFile!) });
    expect(calendar.errors).toBeUndefined();
    expect(calendar.data?.hubCalendar.today).toBe(hub.today);
  });

  it("lets the payment-check example run in safelist mode, by text and by id alone (--persisted), with the same report", async () => {
    const example = (...args: string[]) =>
      run(process.execPath, ["--import", "tsx", path.join(exampleDir, "src", "payment-check.ts"), ...args, path.join(exampleDir, "claims.example.csv")], {
        env: { ...process.env, PASRR_TOKEN: paymentToken, GATEWAY_URL: hub.gatewayUrl! },
      });
    const byText = (await example()).stdout.trim().split("\n");
    const byId = (await example("--persisted")).stdout.trim().split("\n");
    expect(byId).toEqual(byText);
    expect(byId).toHaveLength(3);
    // The first demo person's approved Level of Care starts on 14 October (test/payment-check.example.test.ts has the whole line).
    expect(byId[0]).toMatch(/^9999-0000-0001 .*2026-10-14/);
  });
});
