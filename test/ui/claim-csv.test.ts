import { describe, expect, it } from "vitest";
import { maxClaimLines, parseClaimCsv, resultCsv } from "../../ui/src/pages/payment/claim-csv.ts";

/** Issue 23: the claim CSV page checks every row before it sends anything, and names each bad one by line and column. */
describe("claim lines from CSV", () => {
  it("reads a header row or none, keeps each line's number as its reference, and leaves the provider number out when empty", () => {
    const text =
      "Medicaid ID,Provider number,From,Through\r\n9999-0000-0001,DEMO-NF-0001,2026-10-01,2026-10-31\r\n\r\n9999-0000-0002,,2026-11-01,2026-11-01\r\n";
    expect(parseClaimCsv(text, "OH")).toEqual({
      lines: [
        { line: "2", medicaidId: "9999-0000-0001", issuer: "OH", providerNumber: "DEMO-NF-0001", from: "2026-10-01", to: "2026-10-31" },
        { line: "4", medicaidId: "9999-0000-0002", issuer: "OH", from: "2026-11-01", to: "2026-11-01" },
      ],
      problems: [],
    });
    expect(parseClaimCsv("9999-0000-0001,DEMO-NF-0001,2026-10-01,2026-10-31", "OH").lines.map((line) => line.line)).toEqual(["1"]);
  });

  it("reports each bad row by line and column and sends only the good ones", () => {
    const text = [
      "medicaid_id,provider,from,to",
      ",DEMO-NF-0001,2026-10-01,2026-10-31",
      "9999-0000-0001,DEMO-NF-0001,2026-02-30,2026-10-31",
      "9999-0000-0001,DEMO-NF-0001,2026-10-31,2026-10-01",
      "9999-0000-0001,DEMO-NF-0001,2026-10-01,2026-10-02",
    ].join("\n");
    const parsed = parseClaimCsv(text, "OH");
    expect(parsed.problems).toEqual([
      { line: 2, column: "Medicaid ID", message: "is empty" },
      { line: 3, column: "from", message: '"2026-02-30" is not a date (YYYY-MM-DD)' },
      { line: 4, column: "through", message: "is before from (2026-10-31)" },
    ]);
    expect(parsed.lines.map((line) => line.line)).toEqual(["5"]);
  });

  it("refuses a batch over the graph's limit of lines", () => {
    const text = Array.from({ length: maxClaimLines + 1 }, () => "9999-0000-0001,DEMO-NF-0001,2026-10-01,2026-10-02").join("\n");
    expect(parseClaimCsv(text, "OH").problems).toEqual([{ line: maxClaimLines + 1, column: "", message: "more than 10,000 lines; split the file" }]);
  });

  it("writes each line's payable and unpayable days and reasons, and says so when a line was not answered", () => {
    const sent = parseClaimCsv("1,P,2026-10-01,2026-10-10\n2,P,2026-10-01,2026-10-10", "OH").lines;
    const answer = {
      line: "1",
      medicaidId: "1",
      providerNumber: "P",
      from: "2026-10-01",
      to: "2026-10-10",
      coveredSpans: [{ from: "2026-10-04", through: "2026-10-10", levelOfCareType: "NF_SKILLED" as const, determinationId: "d" }],
      uncoveredSpans: [{ from: "2026-10-01", through: "2026-10-03", reason: "NO_DETERMINATION" as const, recordIds: [] }],
    };
    const [header, first, second] = resultCsv(sent, [answer, null]).split("\r\n");
    expect(header).toBe("line,medicaid_id,provider_number,from,through,payable_days,unpayable_days,payable_spans,unpayable_spans");
    expect(first).toMatch(/^1,1,P,2026-10-01,2026-10-10,7,3,2026-10-04–2026-10-10 NF_SKILLED,"?2026-10-01–2026-10-03: NO_DETERMINATION \(No Level of Care/);
    expect(second).toMatch(/^2,2,P,2026-10-01,2026-10-10,,,,"not answered: no person/);
  });
});
