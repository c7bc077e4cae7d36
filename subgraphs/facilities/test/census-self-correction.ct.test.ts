import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  admission,
  daysAgo,
  facilityToken,
  newFacility,
  newPersonId,
  record,
  recordOk,
  type TestFacility,
  startFacilitiesSubgraph,
  type TestHub,
} from "./support.ts";

/**
 * CT PathTracker best practice 4: "Do not make any changes to fix a mistake. If any edits are needed to be
 * made other than editing current admission date, please contact the CT PASRR Help Desk." Sent straight to
 * the facilities subgraph running the CT pack.
 */
let hub: TestHub;
let url: string;
let stateToken: string;
let nf: TestFacility;

beforeAll(async () => {
  ({ hub, url, stateToken } = await startFacilitiesSubgraph({ env: { PASRR_POLICY_STATE: "CT" } }));
  nf = await newFacility(hub, url, { county: "Hartford", region: "Region 1" });
});
afterAll(() => hub?.stop());

const refusal = (answer: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  answer.errors?.map((error) => [error.extensions?.code, error.extensions?.rule]);
const correction = (individualId: string, correctsEventId: string, effectiveOn: string, extra: Record<string, unknown> = {}) => ({
  kind: "CORRECTION",
  individualId,
  facilityId: nf.id,
  effectiveOn,
  correctsEventId,
  reason: "Admission date entered wrong",
  ...extra,
});

describe("CT: a nursing facility's own census corrections", () => {
  it("CT: the NF restates its current admission's date; a payer change, a void or another event's correction is the help desk's (CT PathTracker best practice 4)", async () => {
    const token = await facilityToken(hub, nf.id);
    const person = newPersonId();
    const admitted = await recordOk(url, token, admission(person, nf.id, daysAgo(10)));
    expect((await record(url, token, correction(person, admitted.event.id, daysAgo(9)))).errors).toBeUndefined();
    expect(refusal(await record(url, token, correction(person, admitted.event.id, daysAgo(9), { payer: "PRIVATE" })))).toEqual([
      ["FORBIDDEN", "CT-CENSUS-NO-SELF-FIX"],
    ]);
    expect(refusal(await record(url, token, correction(person, admitted.event.id, daysAgo(9), { voidsCorrected: true })))).toEqual([
      ["FORBIDDEN", "CT-CENSUS-NO-SELF-FIX"],
    ]);

    const discharged = await recordOk(url, token, {
      kind: "DISCHARGE",
      individualId: person,
      facilityId: nf.id,
      effectiveOn: daysAgo(2),
      dischargeDestination: "HOME_OR_COMMUNITY",
    });
    expect(refusal(await record(url, token, correction(person, discharged.event.id, daysAgo(3))))).toEqual([["FORBIDDEN", "CT-CENSUS-NO-SELF-FIX"]]);
    // The stay is closed: its admission is no longer the current one.
    expect(refusal(await record(url, token, correction(person, admitted.event.id, daysAgo(8))))).toEqual([["FORBIDDEN", "CT-CENSUS-NO-SELF-FIX"]]);
    // The help desk (the state agency) corrects it.
    expect((await record(url, stateToken, correction(person, discharged.event.id, daysAgo(3)))).errors).toBeUndefined();
  });
});
