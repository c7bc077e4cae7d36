import { describe, expect, it } from "vitest";
import type { PersonEvidence } from "../src/matching/evidence.model.ts";
import { isMergeEffect, mergeProblem, unmergeProblem } from "../src/merge/merge.rules.ts";

const person = (identifiers: PersonEvidence["identifiers"], ssnLastFour: string | null = null): PersonEvidence => ({ faces: [], identifiers, ssnLastFour });
const ssn = (value: string) => ({ type: "SSN" as const, issuer: "SSA", value });
const medicaid = (issuer: string, value: string) => ({ type: "MEDICAID_ID" as const, issuer, value });

describe("which records may become one person", () => {
  it("not two different SSNs, nor an SSN and other last four digits", () => {
    expect(mergeProblem(person([ssn("123456789")]), person([ssn("123456788")]))).toMatch(/SSN/);
    expect(mergeProblem(person([ssn("123456789")]), person([], "1111"))).toMatch(/SSN/);
    expect(mergeProblem(person([ssn("123456789")]), person([ssn("123456789")]))).toBeUndefined();
  });

  it("not two Medicaid IDs of one state; IDs of two states are fine", () => {
    expect(mergeProblem(person([medicaid("OH", "100000000001")]), person([medicaid("OH", "100000000002")]))).toMatch(/Medicaid/);
    expect(mergeProblem(person([medicaid("OH", "100000000001")]), person([medicaid("CT", "100000002")]))).toBeUndefined();
  });
});

describe("what an unmerge may undo", () => {
  it("only a merged record, and only while its survivor is still the person it was merged into", () => {
    expect(unmergeProblem({ status: "ACTIVE", mergedIntoId: null }, null, null)).toMatch(/not merged/);
    expect(unmergeProblem({ status: "MERGED", mergedIntoId: "s" }, "s", { status: "ACTIVE" })).toBeUndefined();
    expect(unmergeProblem({ status: "MERGED", mergedIntoId: "t" }, "s", { status: "MERGED" })).toMatch(/unmerge that first/);
  });

  it("a merge's recorded effect is read back only when it says what moved", () => {
    expect(isMergeEffect({ movedIdentifierIds: [], repointedRecordIds: [] })).toBe(true);
    expect(isMergeEffect({ movedIdentifierIds: [] })).toBe(false);
    expect(isMergeEffect(null)).toBe(false);
  });
});
