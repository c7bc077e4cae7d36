import { BoundedLabel, ServiceMetrics } from "@pasrr/observability/metrics";
import { RequestObservation } from "@pasrr/observability/request-observation";
import { describe, expect, it } from "vitest";

describe("BoundedLabel", () => {
  const shape = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

  it("keeps the first names it sees, then counts every new one as other", () => {
    const label = new BoundedLabel(200, shape);
    for (let n = 0; n < 200; n += 1) expect(label.value(`Operation${n}`, "anonymous")).toBe(`Operation${n}`);
    expect(label.value("Operation200", "anonymous")).toBe("other");
    // A name seen before the bound keeps its own series.
    expect(label.value("Operation7", "anonymous")).toBe("Operation7");
  });

  it("names an absent value, and refuses what is not a name without using up the bound", () => {
    const label = new BoundedLabel(1, shape);
    expect(label.value(undefined, "anonymous")).toBe("anonymous");
    expect(label.value("not a name; DROP", "anonymous")).toBe("other");
    expect(label.value("x".repeat(65), "anonymous")).toBe("other");
    expect(label.value("Fine", "anonymous")).toBe("Fine");
  });
});

describe("ServiceMetrics", () => {
  it("keeps each service's series in its own registry, labelled with the service", async () => {
    const gateway = new ServiceMetrics("gateway");
    const individuals = new ServiceMetrics("individuals");
    const observation = new RequestObservation("request-id-0001");
    observation.noteOperation("Lookup", "query");
    observation.noteError("FORBIDDEN");
    gateway.observeRequest(observation, 0.02);
    const gatewayText = await gateway.registry.metrics();
    expect(gatewayText).toMatch(/graphql_requests_total\{operation="Lookup",operation_type="query",service="gateway"\} 1/);
    expect(gatewayText).toMatch(/graphql_errors_total\{operation="Lookup",operation_type="query",code="FORBIDDEN",service="gateway"\} 1/);
    expect(await individuals.registry.metrics()).not.toMatch(/graphql_requests_total\{/);
  });
});
