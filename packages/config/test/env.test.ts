import { z } from "zod";
import { describe, expect, it } from "vitest";
import { ConfigError } from "@pasrr/config/config-error";
import { port, readRuntimeMode, readSubgraphUrls, readVar } from "@pasrr/config/env";

describe("readVar", () => {
  it("reads a variable through its schema, and an empty value as unset", () => {
    expect(readVar({ LIMIT: "12" }, "LIMIT", z.coerce.number().default(5))).toBe(12);
    expect(readVar({ LIMIT: "" }, "LIMIT", z.coerce.number().default(5))).toBe(5);
    expect(readVar({}, "LIMIT", z.coerce.number().default(5))).toBe(5);
  });

  it("refuses a bad value with a one-line ConfigError naming the variable and what it got", () => {
    let refusal: unknown;
    try {
      readVar({ HUB_PORT: "eighty" }, "HUB_PORT", port);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(ConfigError);
    expect((refusal as ConfigError).variable).toBe("HUB_PORT");
    expect((refusal as ConfigError).message).toBe('HUB_PORT: must be a TCP port number (0–65535) (got "eighty")');
  });
});

describe("the settings every process reads the same way", () => {
  it("runs in development unless NODE_ENV says test or production, and refuses anything else", () => {
    expect(readRuntimeMode({})).toBe("development");
    expect(readRuntimeMode({ NODE_ENV: "production" })).toBe("production");
    expect(() => readRuntimeMode({ NODE_ENV: "staging" })).toThrow(ConfigError);
  });

  it("finds each subgraph at <NAME>_URL, or on this host at <NAME>_PORT", () => {
    const urls = readSubgraphUrls({ SCREENINGS_PORT: "5002", FACILITIES_URL: "https://facilities.internal/graphql" });
    expect(urls).toEqual({
      individuals: "http://127.0.0.1:4001/graphql",
      screenings: "http://127.0.0.1:5002/graphql",
      levelofcare: "http://127.0.0.1:4003/graphql",
      facilities: "https://facilities.internal/graphql",
    });
  });
});
