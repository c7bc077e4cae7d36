import { demoPeople } from "@pasrr/devtools/demo-cast";
import { describe, expect, it } from "vitest";
import { demoIdentifiers } from "../subgraphs/individuals/src/demo/seed.ts";
import { describeFindings, scanForPhi } from "../scripts/phi-scan.ts";

/** The scanner that guards logs (and CI's whole test output) finds every class of demo value, and says so without repeating it. */
describe("the demo personal-data scanner", () => {
  const person = demoPeople[1]!;
  const ssn = demoIdentifiers[1]!.find((identifier) => identifier.type === "SSN")!.value;
  const medicaidId = demoIdentifiers[1]!.find((identifier) => identifier.type === "MEDICAID_ID")!.value;

  it("finds names, birth dates, SSNs in both forms and Medicaid IDs, naming the class and the line", () => {
    const text = [
      `{"msg":"x","givenName":"${person.givenName}"}`,
      `family ${person.familyName} here`,
      `born ${person.birthDate}`,
      `ssn ${ssn}`,
      `ssn ${ssn.slice(0, 3)}-${ssn.slice(3, 5)}-${ssn.slice(5)}`,
      `medicaid ${medicaidId}`,
    ].join("\n");
    const findings = scanForPhi(text, "sample");
    expect(findings.map((finding) => `${finding.kind}@${finding.where}`)).toEqual([
      "given name@sample:1",
      "family name@sample:2",
      "birth date@sample:3",
      "SSN@sample:4",
      "SSN@sample:5",
      "Medicaid ID@sample:6",
    ]);
    const report = describeFindings(findings);
    for (const value of [person.givenName, person.familyName, person.birthDate, ssn, medicaidId]) expect(report).not.toContain(value);
  });

  it("passes ids, codes and words that merely contain a name", () => {
    expect(scanForPhi(`{"requestId":"abc","organisationId":"test-state","errorCodes":["FORBIDDEN"],"note":"${person.givenName}s ${ssn}0"}`, "sample")).toEqual(
      [],
    );
  });
});
