import { createErrorFormatter } from "@pasrr/graphql-kit/format-error";
import { createLogger } from "@pasrr/observability/logger";
import { isDatabaseUnavailable } from "@pasrr/db/database-unavailable";
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";

describe("the error formatter", () => {
  it("logs an unexpected error once however many fields it fails (a loader's batch error hands it to every key)", () => {
    const lines: string[] = [];
    const format = createErrorFormatter(
      createLogger("test", { logLevel: "error", logDestination: { write: (line: string) => void lines.push(line) } }),
      isDatabaseUnavailable,
    );
    const batchFailure = new Error("connection reset while loading 10,000 keys");
    const answers = Array.from({ length: 10_000 }, (_, index) =>
      format(
        { message: batchFailure.message, path: ["_entities", index] },
        new GraphQLError(batchFailure.message, { originalError: batchFailure, path: ["_entities", index] }),
      ),
    );
    expect(new Set(answers.map((answer) => answer.extensions?.code))).toEqual(new Set(["INTERNAL_SERVER_ERROR"]));
    expect(lines).toHaveLength(1);
    format({ message: "another", path: ["x"] }, new GraphQLError("another", { originalError: new Error("another"), path: ["x"] }));
    expect(lines).toHaveLength(2);
  });

  it("names the service of every error `service`, never `serviceName` (the gateway's key for a subgraph's field error)", () => {
    const format = createErrorFormatter(createLogger("test", { logLevel: "silent" }));
    const conflict = format({ message: "NO_OPEN_STAY: …", extensions: { code: "CONFLICT", rule: "NO_OPEN_STAY", serviceName: "facilities" } }, undefined);
    expect(conflict.extensions).toEqual({ code: "CONFLICT", rule: "NO_OPEN_STAY", service: "facilities" });
    const outage = format({ message: "…", extensions: { code: "SERVICE_UNAVAILABLE", service: "levelofcare", reason: "TIMEOUT" } }, undefined);
    expect(outage.extensions).toEqual({ code: "SERVICE_UNAVAILABLE", service: "levelofcare", reason: "TIMEOUT" });
  });
});
