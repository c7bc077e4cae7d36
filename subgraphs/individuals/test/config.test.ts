import { ConfigError } from "@pasrr/config/config-error";
import { describe, expect, it } from "vitest";
import { loadIdentityConfig } from "../src/individuals.config.ts";
import { fallbackModel } from "../src/matching/model/fallback-model.ts";

describe("identity settings come from the environment, validated", () => {
  it("defaults: match 28, review 10, five candidates per review, Ohio Medicaid IDs of 12 digits", () => {
    const config = loadIdentityConfig({});
    expect(config.thresholds).toEqual({ match: 28, review: 10, reviewListSize: 5 });
    expect(config.identifierRules.medicaidIdPatterns.OH!.test("123456789012")).toBe(true);
  });

  it("the match model is the trained one on file unless the hand-set one is chosen", () => {
    expect(loadIdentityConfig({}).model.provenance).toMatchObject({ command: "npm run train:matching" });
    expect(loadIdentityConfig({ INDIVIDUALS_MATCH_MODEL: "hand-set" }).model).toBe(fallbackModel);
  });

  it("a state sets its thresholds and its Medicaid ID pattern", () => {
    const config = loadIdentityConfig({
      INDIVIDUALS_MATCH_THRESHOLD: "30",
      INDIVIDUALS_REVIEW_THRESHOLD: "10",
      INDIVIDUALS_MEDICAID_ID_PATTERNS: '{"OH":"OH\\\\d{10}","TX":"\\\\d{9}"}',
    });
    expect(config.thresholds.match).toBe(30);
    expect(config.identifierRules.medicaidIdPatterns.OH!.test("OH1234567890")).toBe(true);
    expect(config.identifierRules.medicaidIdPatterns.OH!.test("123456789012")).toBe(false);
    expect(config.identifierRules.medicaidIdPatterns.TX!.test("123456789")).toBe(true);
  });

  it.each([
    [{ INDIVIDUALS_MATCH_THRESHOLD: "high" }, "INDIVIDUALS_MATCH_THRESHOLD"],
    [{ INDIVIDUALS_REVIEW_THRESHOLD: "40" }, "INDIVIDUALS_REVIEW_THRESHOLD"],
    [{ INDIVIDUALS_MATCH_MODEL: "em" }, "INDIVIDUALS_MATCH_MODEL"],
    [{ INDIVIDUALS_MEDICAID_ID_PATTERNS: "OH=12 digits" }, "INDIVIDUALS_MEDICAID_ID_PATTERNS"],
    [{ INDIVIDUALS_MEDICAID_ID_PATTERNS: '{"ZZ":"\\\\d+"}' }, "INDIVIDUALS_MEDICAID_ID_PATTERNS"],
    [{ INDIVIDUALS_MEDICAID_ID_PATTERNS: '{"OH":"(unclosed"}' }, "INDIVIDUALS_MEDICAID_ID_PATTERNS"],
  ])("a bad value stops start-up naming the variable (%j)", (env, variable) => {
    expect(() => loadIdentityConfig(env)).toThrow(ConfigError);
    expect(() => loadIdentityConfig(env)).toThrow(new RegExp(`^${variable}:`));
  });
});
