import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../support/graphql.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";
import {
  addIdentifier,
  entryPoints,
  gaveNothing,
  maple,
  mercyHospital,
  newApplicant,
  noIndicationsScreen,
  reportEvent,
  reviewsDue,
  riverbend,
  standing,
  submitScreen,
  tobias,
} from "./scope-attacks.ts";

/**
 * Scope finding 2, "any hospital overwrites anyone's PASRR standing": a HOSPITAL token with a
 * made-up facility id filed a no-indications Level I for a person with a Level II finding; the
 * person became NO_INDICATIONS / admission allowed, and an open Resident Review at another NF
 * was closed. A hospital attached a Medicaid ID to an unrelated person. Now a token's facilities
 * must be registered facilities of its type, and the filer must be related to the person.
 */
let hub: TestHub;
let state: string;
beforeAll(async () => {
  hub = await startTestHub({ seedDemoData: true });
  state = await hub.token({ role: "STATE_MEDICAID_AGENCY" });
});
afterAll(() => hub?.stop());

const lookup = `query($ids: [IdentifierInput!]!) { individualsByIdentifiers(identifiers: $ids) { id } }`;

describe("a hospital unrelated to the person gets nothing", () => {
  it("a no-indications Level I for a demo resident of Riverbend with a dual Level II is refused for a made-up, an NF's and a real but unrelated hospital's id", async () => {
    const before = await graphql(hub.gatewayUrl!, standing, { token: state, variables: { id: tobias.id } });
    expect(before.data!.individual.pasrr.currentOutcome).toBe("LEVEL_II_REQUIRED");
    const madeUp = randomUUID();
    const attackers = [
      [await hub.token({ role: "HOSPITAL", facilityIds: [madeUp] }), madeUp],
      [await hub.token({ role: "HOSPITAL", facilityIds: [riverbend.id] }), riverbend.id],
      [await hub.token({ role: "HOSPITAL", facilityIds: [mercyHospital] }), mercyHospital],
      [await hub.token({ role: "NURSING_FACILITY", facilityIds: [maple.id] }), maple.id],
    ] as const;
    for (const [token, facilityId] of attackers) {
      for (const [where, url] of entryPoints(hub, "screenings")) {
        const answer = await graphql(url, submitScreen, {
          token,
          variables: {
            input: noIndicationsScreen(tobias.id, facilityId, { reasonForScreening: "RESIDENT_SIGNIFICANT_CHANGE", currentSetting: "NURSING_FACILITY" }),
          },
        });
        expect(gaveNothing(answer, "submitLevelOneScreen"), `${where} ${facilityId}`).toEqual({ data: null, codes: ["NOT_FOUND"] });
      }
    }
    expect((await graphql(hub.gatewayUrl!, standing, { token: state, variables: { id: tobias.id } })).data).toEqual(before.data);
  });

  it("an open Resident Review at Riverbend is not closed by another party's Level I", async () => {
    const butlerPaa = await hub.token({ role: "PAA", counties: ["Butler"] });
    const opened = await graphql(hub.gatewayUrl!, reportEvent, {
      token: butlerPaa,
      variables: { input: { individualId: tobias.id, facilityId: riverbend.id, event: "SIGNIFICANT_CHANGE", occurredOn: "2026-11-01" } },
    });
    const review = opened.data!.reportResidentEvent.residentReview as { id: string };
    const mapleNf = await hub.token({ role: "NURSING_FACILITY", facilityIds: [maple.id] });
    for (const [, url] of entryPoints(hub, "screenings")) {
      await graphql(url, submitScreen, {
        token: mapleNf,
        variables: {
          input: noIndicationsScreen(tobias.id, maple.id, { reasonForScreening: "RESIDENT_SIGNIFICANT_CHANGE", currentSetting: "NURSING_FACILITY" }),
        },
      });
    }
    const worklist = await graphql(hub.gatewayUrl!, reviewsDue, { token: butlerPaa });
    expect(worklist.data!.residentReviewsDue.edges.map((edge: { node: { id: string } }) => edge.node.id)).toContain(review.id);
  });

  it("addIdentifier: a hospital attaches no Medicaid ID to a person it has no relation to, and claims for it do not resolve to them", async () => {
    const medicaidId = { type: "MEDICAID_ID", issuer: "OH", value: `9${String(Date.now()).slice(-11)}` };
    for (const token of [
      await hub.token({ role: "HOSPITAL", facilityIds: [randomUUID()] }),
      await hub.token({ role: "HOSPITAL", facilityIds: [mercyHospital] }),
    ]) {
      for (const [where, url] of entryPoints(hub, "individuals")) {
        const answer = await graphql(url, addIdentifier, { token, variables: { input: { individualId: tobias.id, identifier: medicaidId } } });
        expect(gaveNothing(answer, "addIdentifier"), where).toEqual({ data: null, codes: ["NOT_FOUND"] });
      }
    }
    const found = await graphql(hub.gatewayUrl!, lookup, { token: state, variables: { ids: [medicaidId] } });
    expect(found.data!.individualsByIdentifiers).toEqual([null]);
  });
});

describe("the hospital still acts for its own patient", () => {
  it("files the first Level I for a new applicant at its registered hospital, then a second one, and attaches the applicant's Medicaid ID", async () => {
    const hospital = await hub.token({ role: "HOSPITAL", facilityIds: [mercyHospital], organisationId: "mercy-general" });
    const person = await newApplicant(hub, hospital);
    for (const [where, url] of entryPoints(hub, "screenings")) {
      const answer = await graphql(url, submitScreen, { token: hospital, variables: { input: noIndicationsScreen(person, mercyHospital) } });
      expect(answer.errors, where).toBeUndefined();
      expect(answer.data!.submitLevelOneScreen.levelOneScreen).toMatchObject({ outcome: "NO_INDICATIONS", facilityCounty: "Hamilton" });
    }
    const medicaidId = { type: "MEDICAID_ID", issuer: "OH", value: `8${String(Date.now()).slice(-11)}` };
    const added = await graphql(hub.subgraphs.individuals!.url, addIdentifier, {
      token: hospital,
      variables: { input: { individualId: person, identifier: medicaidId } },
    });
    expect(added.errors).toBeUndefined();
    expect(added.data!.addIdentifier.individual.id).toBe(person);
  });

  it("a hospital related by its screen (another organisation registered the person) may attach an identifier", async () => {
    const registrar = await hub.token({ role: "PAA", counties: ["Hamilton"], organisationId: "paa-hamilton" });
    const person = await newApplicant(hub, registrar);
    const hospital = await hub.token({ role: "HOSPITAL", facilityIds: [mercyHospital], organisationId: "mercy-general-2" });
    const before = await graphql(hub.gatewayUrl!, addIdentifier, {
      token: hospital,
      variables: { input: { individualId: person, identifier: { type: "MEDICAID_ID", issuer: "OH", value: `7${String(Date.now()).slice(-11)}` } } },
    });
    expect(gaveNothing(before, "addIdentifier").codes).toEqual(["NOT_FOUND"]);
    const screened = await graphql(hub.gatewayUrl!, submitScreen, { token: hospital, variables: { input: noIndicationsScreen(person, mercyHospital) } });
    expect(screened.errors).toBeUndefined();
    const after = await graphql(hub.gatewayUrl!, addIdentifier, {
      token: hospital,
      variables: { input: { individualId: person, identifier: { type: "MEDICAID_ID", issuer: "OH", value: `6${String(Date.now()).slice(-11)}` } } },
    });
    expect(after.errors).toBeUndefined();
  });
});
