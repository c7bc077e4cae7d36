import { demoFacilities, demoPeople } from "@pasrr/devtools/demo-cast";
import { subgraphNames } from "@pasrr/config/service-names";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoIdentifiers } from "../subgraphs/individuals/src/demo/seed.ts";
import { describeFindings, scanForPhi } from "../scripts/phi-scan.ts";
import { personAcrossTheGraph } from "./federation.shared.ts";
import { errorCodes, graphql } from "./support/graphql.ts";
import { startTestHub } from "./support/hub.ts";

interface OtlpAttribute {
  key: string;
  value: { stringValue?: string; intValue?: string | number };
}
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes: OtlpAttribute[];
}
interface OtlpExport {
  resourceSpans: { resource: { attributes: OtlpAttribute[] }; scopeSpans: { spans: OtlpSpan[] }[] }[];
}

const attribute = (attributes: OtlpAttribute[], key: string) => attributes.find((candidate) => candidate.key === key)?.value.stringValue;

/**
 * Issue 9, item 6: the real gateway and four subgraphs with the demo data, at LOG_LEVEL=debug,
 * exporting spans over OTLP/HTTP to a collector stand-in, driven through a workload that touches
 * every subgraph, sends the demo cast's names, birth dates and SSNs in variables and meets
 * errors. Everything the services wrote (their log lines, and anything else on stdout/stderr)
 * and exported is then read: request ids, service names, and no demo personal data anywhere.
 */
describe("logs and spans of the running hub", () => {
  /** The partner's own id: echoed back and logged as the client's, never adopted as the hub's request id. */
  const clientRequestId = "observability-processes-0001";
  /** The id the gateway minted for that request and passed to every subgraph. */
  let requestId = "";
  const exports: string[] = [];
  let output = "";
  let receiver: http.Server;

  beforeAll(async () => {
    receiver = http.createServer((request, response) => {
      let body = "";
      request.on("data", (chunk: Buffer) => (body += chunk.toString()));
      request.on("end", () => {
        if (request.url === "/v1/traces") exports.push(body);
        response.writeHead(200, { "content-type": "application/json" }).end("{}");
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    const lines: string[] = [];
    const hub = await startTestHub({
      seedDemoData: true,
      env: { LOG_LEVEL: "debug", OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}` },
      logDestination: { write: (line: string) => void lines.push(line) },
    });
    // Whatever else a service might print goes through these two.
    const written = { stdout: process.stdout.write, stderr: process.stderr.write };
    const capture = (stream: NodeJS.WriteStream, original: typeof process.stdout.write) =>
      ((chunk: string | Uint8Array, ...rest: unknown[]) => {
        lines.push(String(chunk));
        return (original as (...args: unknown[]) => boolean).call(stream, chunk, ...rest);
      }) as typeof process.stdout.write;
    process.stdout.write = capture(process.stdout, written.stdout);
    process.stderr.write = capture(process.stderr, written.stderr);
    try {
      const url = hub.gatewayUrl!;
      const stateToken = await hub.token({ role: "STATE_MEDICAID_AGENCY" });
      const facilityToken = await hub.token({ role: "NURSING_FACILITY", facilityIds: [demoFacilities[2]!.id] });
      const [person, other] = demoPeople;
      const ssnOfOther = demoIdentifiers[1]!.find((identifier) => identifier.type === "SSN")!.value;

      // Every subgraph, under one request id.
      const across = await graphql(url, personAcrossTheGraph, {
        token: stateToken,
        variables: { id: person!.id },
        headers: { "x-request-id": clientRequestId },
      });
      expect(across.errors).toBeUndefined();
      expect(across.headers["x-client-request-id"]).toBe(clientRequestId);
      requestId = across.headers["x-request-id"]!;
      expect(requestId).not.toBe(clientRequestId);
      // A registration carrying another person's SSN (the match rules decide; the values never reach a log).
      const conflicting = await graphql(
        url,
        `mutation Register($input: RegisterIndividualInput!) { registerIndividual(input: $input) { outcome individual { id } } }`,
        {
          token: stateToken,
          variables: {
            input: {
              givenName: person!.givenName,
              familyName: person!.familyName,
              birthDate: person!.birthDate,
              county: person!.county,
              state: person!.state,
              identifiers: [{ type: "SSN", issuer: "SSA", value: `${ssnOfOther.slice(0, 3)}-${ssnOfOther.slice(3, 5)}-${ssnOfOther.slice(5)}` }],
            },
          },
        },
      );
      expect(conflicting.status).toBe(200);
      // Bad input carrying a name: an impossible birth date.
      const badInput = await graphql(url, `mutation Register($input: RegisterIndividualInput!) { registerIndividual(input: $input) { outcome } }`, {
        token: stateToken,
        variables: {
          input: { givenName: other!.givenName, familyName: other!.familyName, birthDate: "1950-02-30", county: other!.county, state: other!.state },
        },
      });
      expect(errorCodes(badInput)).toContain("BAD_USER_INPUT");
      // A search by name, birth date and SSN.
      const search = await graphql(
        url,
        `query Find($criteria: IndividualSearchInput!) { searchIndividuals(criteria: $criteria) { edges { node { score individual { id } } } } }`,
        {
          token: stateToken,
          variables: {
            criteria: {
              givenName: other!.givenName,
              familyName: other!.familyName,
              birthDate: other!.birthDate,
              identifier: { type: "SSN", value: ssnOfOther },
            },
          },
        },
      );
      expect(search.errors).toBeUndefined();
      // An unauthorised read: a nursing facility searching for people by name.
      const unauthorised = await graphql(
        url,
        `query Find($criteria: IndividualSearchInput!) { searchIndividuals(criteria: $criteria) { edges { node { score } } } }`,
        { token: facilityToken, variables: { criteria: { givenName: person!.givenName, familyName: person!.familyName } } },
      );
      expect(errorCodes(unauthorised)).toContain("FORBIDDEN");
      // No token at all, with a name in the variables.
      expect(
        (
          await graphql(
            url,
            `query Find($criteria: IndividualSearchInput!) { searchIndividuals(criteria: $criteria) { edges { node { score individual { id } } } } }`,
            { variables: { criteria: { familyName: person!.familyName } } },
          )
        ).status,
      ).toBe(401);
    } finally {
      process.stdout.write = written.stdout;
      process.stderr.write = written.stderr;
      await hub.stop();
      output = lines.join("");
    }
  }, 300_000);

  afterAll(() => void receiver?.close());

  const requestLines = () =>
    output
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => line.msg === "graphql request");

  it("logs one JSON line per request in the gateway and every subgraph, sharing the request id", () => {
    const lines = requestLines().filter((line) => line.requestId === requestId);
    expect(new Set(lines.map((line) => line.service))).toEqual(new Set(["gateway", ...subgraphNames]));
    const gatewayLine = lines.find((line) => line.service === "gateway")!;
    expect(gatewayLine).toMatchObject({
      operationName: "PersonAcrossTheGraph",
      operationType: "query",
      status: 200,
      organisationId: "test-state_medicaid_agency",
      role: "STATE_MEDICAID_AGENCY",
    });
    // The partner's own id is in the gateway's line as the client's, and in no line as the hub's.
    expect(gatewayLine.clientRequestId).toBe(clientRequestId);
    expect(requestLines().some((line) => line.requestId === clientRequestId)).toBe(false);
    expect(typeof gatewayLine.durationMs).toBe("number");
    // The failing requests carry their codes.
    expect(requestLines().some((line) => line.service === "gateway" && (line.errorCodes as string[] | undefined)?.includes("BAD_USER_INPUT"))).toBe(true);
    expect(
      requestLines().some(
        (line) => line.service === "gateway" && line.status === 401 && (line.errorCodes as string[] | undefined)?.includes("UNAUTHENTICATED"),
      ),
    ).toBe(true);
  });

  it("exports spans over OTLP/HTTP from each service under its name, one trace per request", () => {
    const batches = exports.map((body) => JSON.parse(body) as OtlpExport);
    const spans = batches.flatMap((batch) =>
      batch.resourceSpans.flatMap((resource) =>
        resource.scopeSpans.flatMap((scope) => scope.spans.map((span) => ({ service: attribute(resource.resource.attributes, "service.name"), span }))),
      ),
    );
    expect(new Set(spans.map((entry) => entry.service))).toEqual(new Set(["gateway", ...subgraphNames]));
    const requestSpans = spans.filter((entry) => attribute(entry.span.attributes, "pasrr.request_id") === requestId);
    expect(new Set(requestSpans.map((entry) => entry.service))).toEqual(new Set(["gateway", ...subgraphNames]));
    expect(new Set(requestSpans.map((entry) => entry.span.traceId)).size).toBe(1);
    expect(spans.some((entry) => attribute(entry.span.attributes, "db.system") === "postgresql" && entry.span.traceId === requestSpans[0]!.span.traceId)).toBe(
      true,
    );
  });

  it("no demo SSN, Medicaid ID, name or birth date appears in any log line or exported span", () => {
    expect(output.length).toBeGreaterThan(0);
    const findings = [...scanForPhi(output, "process output"), ...exports.flatMap((body, index) => scanForPhi(body, `OTLP export ${index + 1}`))];
    expect(findings, describeFindings(findings)).toEqual([]);
  });
});
