import { randomUUID } from "node:crypto";
import request from "supertest";
import { describe, expect, it } from "vitest";
import { demoFacilities, demoPeople } from "@pasrr/devtools/demo-cast";
import { toDbDate } from "@pasrr/graphql-kit/scalars";
import { errorCodes, graphql } from "../../../test/support/graphql.ts";
import { screeningsUnderTest } from "./support.ts";

const demoScreenId = "0193a000-0000-7000-8000-00000000b001";
const demoPersonId = demoPeople[0]!.id;

const subject = screeningsUnderTest({ seedDemoData: true });

/** Files one screen per date for a new person and returns the person's id and the screen ids, in the order given. */
async function personWithScreens(dates: string[]): Promise<{ individualId: string; screenIds: string[] }> {
  const individualId = randomUUID();
  const screenIds = dates.map(() => randomUUID());
  await subject.service.client.levelOneScreen.createMany({
    data: dates.map((date, n) => ({
      id: screenIds[n]!,
      individualId,
      submittingOrganisationId: demoFacilities[0]!.providerNumber,
      screenedOn: toDbDate(date),
    })),
  });
  return { individualId, screenIds };
}

const screensOf = `query Screens($r: [_Any!]!) {
  _entities(representations: $r) { ... on Individual { id levelOneScreens { id screenedOn individual { id } } } }
}`;

async function resolveScreens(ids: unknown[], token: string = subject.stateToken) {
  subject.service.statements.reset();
  const answer = await graphql(subject.url, screensOf, { token, variables: { r: ids.map((id) => ({ __typename: "Individual", id })) } });
  return { answer, statementCount: subject.service.statements.count };
}

type ScreenedPerson = { id: string; levelOneScreens: { id: string; screenedOn: string; individual: { id: string } }[] } | null;

describe("_entities for Individual (screenings adds levelOneScreens)", () => {
  it("an Individual stub resolves from its key alone, without reading the database", async () => {
    subject.service.statements.reset();
    const answer = await graphql(subject.url, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Individual { id } } }`, {
      token: subject.stateToken,
      variables: { r: [{ __typename: "Individual", id: demoPersonId }] },
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?._entities).toEqual([{ id: demoPersonId }]);
    expect(subject.service.statements.count).toBe(0);
  });

  it.each([1, 25])("levelOneScreens for %i people costs one SQL statement, each person getting their own screens newest first", async (count) => {
    const histories = [["2026-01-05"], ["2026-01-05", "2026-03-20", "2025-11-30"], []];
    const people = await Promise.all(Array.from({ length: count }, (_, n) => personWithScreens(histories[n % histories.length]!)));
    const { answer, statementCount } = await resolveScreens(people.map((person) => person.individualId));
    expect(answer.errors).toBeUndefined();
    expect(statementCount).toBe(1);
    const found: ScreenedPerson[] = answer.data?._entities;
    expect(found.map((person) => person?.id)).toEqual(people.map((person) => person.individualId));
    people.forEach((person, n) => {
      const screens = found[n]?.levelOneScreens ?? [];
      const newestFirst = [...histories[n % histories.length]!].sort().reverse();
      expect(screens.map((screen) => screen.screenedOn)).toEqual(newestFirst);
      expect(new Set(screens.map((screen) => screen.id))).toEqual(new Set(person.screenIds));
      for (const screen of screens) expect(screen.individual).toEqual({ id: person.individualId });
    });
  });

  it("a person with no screens gets an empty list, and duplicates in the batch still cost one statement", async () => {
    const screened = await personWithScreens(["2026-02-01"]);
    const unscreened = randomUUID();
    const { answer, statementCount } = await resolveScreens([screened.individualId, unscreened, screened.individualId]);
    expect(answer.errors).toBeUndefined();
    expect(statementCount).toBe(1);
    const found: ScreenedPerson[] = answer.data?._entities;
    expect(found.map((person) => person?.levelOneScreens.map((screen) => screen.id))).toEqual([screened.screenIds, [], screened.screenIds]);
  });

  it("a malformed id in a batch does not spoil the other people's screens", async () => {
    const screened = await personWithScreens(["2026-02-02"]);
    const { answer } = await resolveScreens([screened.individualId, "not-a-uuid"]);
    expect(errorCodes(answer)).not.toContain("INTERNAL_SERVER_ERROR");
    expect((answer.data?._entities as ScreenedPerson[])[0]?.levelOneScreens.map((screen) => screen.id)).toEqual(screened.screenIds);
  });

  it("an id written in capitals finds the same person's screens", async () => {
    const screened = await personWithScreens(["2026-02-03"]);
    const { answer } = await resolveScreens([screened.individualId.toUpperCase()]);
    expect((answer.data?._entities as ScreenedPerson[])[0]?.levelOneScreens.map((screen) => screen.id)).toEqual(screened.screenIds);
  });
});

describe("who may read screens", () => {
  it("MEDICAID_PAYMENT reading Individual.levelOneScreens gets FORBIDDEN and no screen, and no screen is read", async () => {
    const token = await subject.hub.token({ role: "MEDICAID_PAYMENT" });
    const { answer, statementCount } = await resolveScreens([demoPersonId], token);
    expect(answer.status).toBe(200);
    expect(errorCodes(answer)).toEqual(["FORBIDDEN"]);
    expect(answer.errors?.[0]?.path).toEqual(["_entities", 0, "levelOneScreens"]);
    expect(answer.data?._entities).toEqual([null]);
    expect(JSON.stringify(answer.data)).not.toContain(demoScreenId);
    expect(statementCount).toBe(0);
  });

  it("MEDICAID_PAYMENT reading levelOneScreen(id) gets FORBIDDEN and no data", async () => {
    const token = await subject.hub.token({ role: "MEDICAID_PAYMENT" });
    subject.service.statements.reset();
    const answer = await graphql(subject.url, `query($id: ID!) { levelOneScreen(id: $id) { id screenedOn } }`, { token, variables: { id: demoScreenId } });
    expect(errorCodes(answer)).toEqual(["FORBIDDEN"]);
    expect(answer.data).toEqual({ levelOneScreen: null });
    expect(subject.service.statements.count).toBe(0);
  });

  // Which partners see which screens (their facilities, counties, referrals) is proven in screenings.subgraph.test.ts.
});

describe("levelOneScreen(id)", () => {
  it("returns the demo screen with its person as a stub", async () => {
    const answer = await graphql(
      subject.url,
      `query($id: ID!) { levelOneScreen(id: $id) { id submittingOrganisationId screenedOn submittedAt individual { id } } }`,
      {
        token: subject.stateToken,
        variables: { id: demoScreenId },
      },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.levelOneScreen).toMatchObject({
      id: demoScreenId,
      submittingOrganisationId: "DEMO-NF-0001",
      screenedOn: "2026-09-12",
      individual: { id: demoPersonId },
    });
    expect(answer.data?.levelOneScreen.submittedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it("an id that is not a uuid is BAD_USER_INPUT naming the argument; an unknown uuid is null", async () => {
    const malformed = await graphql(subject.url, `{ levelOneScreen(id: "b001") { id } }`, { token: subject.stateToken });
    expect(errorCodes(malformed)).toEqual(["BAD_USER_INPUT"]);
    expect(malformed.errors?.[0]?.extensions?.field).toBe("id");
    expect(malformed.data).toEqual({ levelOneScreen: null });

    const unknown = await graphql(subject.url, `query($id: ID!) { levelOneScreen(id: $id) { id } }`, {
      token: subject.stateToken,
      variables: { id: randomUUID() },
    });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data).toEqual({ levelOneScreen: null });
  });
});

describe("the service's doors", () => {
  it("a request with no token is HTTP 401 UNAUTHENTICATED", async () => {
    const answer = await graphql(subject.url, `query($id: ID!) { levelOneScreen(id: $id) { id } }`, { variables: { id: demoScreenId } });
    expect(answer.status).toBe(401);
    expect(answer.data ?? null).toBeNull();
    expect(errorCodes(answer)).toEqual(["UNAUTHENTICATED"]);
  });

  it("/health and /ready answer 200", async () => {
    const origin = new URL(subject.url).origin;
    expect((await request(origin).get("/health")).status).toBe(200);
    expect((await request(origin).get("/ready")).status).toBe(200);
  });
});
