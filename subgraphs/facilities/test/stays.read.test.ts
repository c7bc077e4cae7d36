import type { StatementLog } from "@pasrr/db/statement-log";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../../test/support/graphql.ts";
import { admission, daysAgo, facilityToken, newFacility, newPersonId, recordOk, startFacilitiesSubgraph, type TestHub } from "./support.ts";

/** Reading a person's stays: merged records, transfer links, a stay's history. */
let hub: TestHub;
let url: string;
let stateToken: string;
let statements: StatementLog;

beforeAll(async () => ({ hub, url, stateToken, statements } = await startFacilitiesSubgraph()));
afterAll(() => hub?.stop());

const staysOf = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Individual { id stays { id admittedOn dischargedOn } currentStay { id } } } }`;

describe("Individual.stays and currentStay", () => {
  it("after a merge the survivor's stays include the merged person's, read in one statement (mergedIds through @requires)", async () => {
    const [nfA, nfB] = [await newFacility(hub, url), await newFacility(hub, url)];
    const [survivor, merged, other] = [newPersonId(), newPersonId(), newPersonId()];
    const mergedStay = await recordOk(url, await facilityToken(hub, nfA.id), admission(merged, nfA.id, daysAgo(40)));
    await recordOk(url, await facilityToken(hub, nfA.id), {
      kind: "DISCHARGE",
      individualId: merged,
      facilityId: nfA.id,
      effectiveOn: daysAgo(30),
      dischargeDestination: "HOME_OR_COMMUNITY",
    });
    const survivorStay = await recordOk(url, await facilityToken(hub, nfB.id), admission(survivor, nfB.id, daysAgo(10)));
    await recordOk(url, await facilityToken(hub, nfB.id), admission(other, nfB.id, daysAgo(5)));

    statements.reset();
    const answer = await graphql(url, staysOf, {
      headers: await hub.gatewayVouch(),
      token: stateToken,
      variables: {
        r: [
          { __typename: "Individual", id: survivor, mergedIds: [merged] },
          { __typename: "Individual", id: other, mergedIds: [] },
        ],
      },
    });
    expect(answer.errors).toBeUndefined();
    expect(statements.count).toBe(1);
    const [first, second] = answer.data!._entities;
    expect(first.stays).toEqual([
      { id: survivorStay.stay!.id, admittedOn: daysAgo(10), dischargedOn: null },
      { id: mergedStay.stay!.id, admittedOn: daysAgo(40), dischargedOn: daysAgo(30) },
    ]);
    expect(first.currentStay.id).toBe(first.stays[0].id);
    expect(second.stays).toHaveLength(1);
  });

  it("a transfer links the stays so PASRR records can follow the person", async () => {
    const [nfA, nfB] = [await newFacility(hub, url), await newFacility(hub, url)];
    const person = newPersonId();
    const token = await facilityToken(hub, nfA.id, nfB.id);
    const admitted = await recordOk(url, token, admission(person, nfA.id, daysAgo(20)));
    const transferred = await recordOk(url, token, {
      kind: "TRANSFER_OUT",
      individualId: person,
      facilityId: nfA.id,
      effectiveOn: daysAgo(5),
      toFacilityId: nfB.id,
    });
    const answer = await graphql(
      url,
      `query ($id: ID!) { stay(id: $id) { id endReason transferredTo { id } nextStay { id admittedOn admissionSource facility { id } admittedFrom { id } previousStay { id } } } }`,
      {
        token: stateToken,
        variables: { id: admitted.stay!.id },
      },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.stay).toEqual({
      id: admitted.stay!.id,
      endReason: "TRANSFERRED",
      transferredTo: { id: nfB.id },
      nextStay: {
        id: transferred.event.id,
        admittedOn: daysAgo(5),
        admissionSource: "ANOTHER_NURSING_FACILITY",
        facility: { id: nfB.id },
        admittedFrom: { id: nfA.id },
        previousStay: { id: admitted.stay!.id },
      },
    });
  });

  it("a stay lists its events as entered, each followed by its corrections", async () => {
    const facility = await newFacility(hub, url);
    const token = await facilityToken(hub, facility.id);
    const person = newPersonId();
    const admitted = await recordOk(url, token, admission(person, facility.id, daysAgo(9)));
    const leave = await recordOk(url, token, { kind: "LEAVE_OF_ABSENCE", individualId: person, facilityId: facility.id, effectiveOn: daysAgo(4) });
    const fix = await recordOk(url, token, {
      kind: "CORRECTION",
      individualId: person,
      facilityId: facility.id,
      effectiveOn: daysAgo(8),
      correctsEventId: admitted.event.id,
      reason: "date typo",
    });
    const answer = await graphql(url, `query ($id: ID!) { stay(id: $id) { admittedOn events { id kind } } }`, {
      token: stateToken,
      variables: { id: admitted.stay!.id },
    });
    expect(answer.data!.stay).toEqual({
      admittedOn: daysAgo(8),
      events: [
        { id: admitted.event.id, kind: "ADMISSION" },
        { id: leave.event.id, kind: "LEAVE_OF_ABSENCE" },
        { id: fix.event.id, kind: "CORRECTION" },
      ],
    });
  });
});
