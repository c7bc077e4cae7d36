import type { RequestContext } from "../context.ts";
import { facilityActedFor, type RegisteredFacility } from "./facility-registry.ts";
import { facilityKey } from "./scope-rules.ts";

/**
 * The relations the hub holds between a person and a facility or organisation, asked of their
 * owners (stays: facilities; screens filed: screenings). A hospital or NF may act on a person
 * only where one of these holds (domain README, "Who acts": a NF for its own residents, a
 * hospital for its patients; OH COA guide: the discharging hospital files the exemption).
 * Each answer is one owner call; callers ask before they open a transaction.
 */

export interface PersonFacilityLink {
  /** The facility the person stayed at, or the screen was filed for. */
  facilityId: string;
  /** For a stay: the hospital (or other facility) the person was admitted from. */
  admittedFromId: string | null;
  /** For a screen: the organisation that filed it. */
  filedBy: string | null;
}

const staysQuery = `query PersonStays($people: [_Any!]!) { _entities(representations: $people) { ... on Individual { stays { facility { id } admittedFrom { id } } } } }`;
const screensQuery = `query PersonScreens($people: [_Any!]!) { _entities(representations: $people) { ... on Individual { levelOneScreens { facilityId submittingOrganisationId } } } }`;

const person = (individualId: string) => ({ __typename: "Individual", id: individualId, mergedIds: [] });

/** Each owner is asked about a person once per request, however many rules and resolvers need the answer. */
const asked = new WeakMap<RequestContext, Map<string, Promise<PersonFacilityLink[]>>>();
function once(ctx: RequestContext, key: string, ask: () => Promise<PersonFacilityLink[]>): Promise<PersonFacilityLink[]> {
  const memo = asked.get(ctx) ?? new Map<string, Promise<PersonFacilityLink[]>>();
  asked.set(ctx, memo);
  if (!memo.has(key)) memo.set(key, ask());
  return memo.get(key)!;
}

/** The person's stays, as the facilities service holds them (the owner answers as to the state: every stay). */
export function staysOfPerson(ctx: RequestContext, individualId: string): Promise<PersonFacilityLink[]> {
  return once(ctx, `stays:${individualId.toLowerCase()}`, () => askStays(ctx, individualId));
}
async function askStays(ctx: RequestContext, individualId: string): Promise<PersonFacilityLink[]> {
  type Answer = { _entities: ({ stays: { facility: { id: string } | null; admittedFrom: { id: string } | null }[] } | null)[] };
  const answer = await ctx.services.owners.query<Answer>("facilities", staysQuery, { people: [person(individualId)] });
  return (answer._entities[0]?.stays ?? []).flatMap((stay) =>
    stay.facility
      ? [{ facilityId: facilityKey(stay.facility.id), admittedFromId: stay.admittedFrom ? facilityKey(stay.admittedFrom.id) : null, filedBy: null }]
      : [],
  );
}

/** The person's Level I screens, as the screenings service holds them: which facility each names and who filed it. */
export function screensOfPerson(ctx: RequestContext, individualId: string): Promise<PersonFacilityLink[]> {
  return once(ctx, `screens:${individualId.toLowerCase()}`, () => askScreens(ctx, individualId));
}
async function askScreens(ctx: RequestContext, individualId: string): Promise<PersonFacilityLink[]> {
  type Answer = { _entities: ({ levelOneScreens: { facilityId: string | null; submittingOrganisationId: string }[] } | null)[] };
  const answer = await ctx.services.owners.query<Answer>("screenings", screensQuery, { people: [person(individualId)] });
  return (answer._entities[0]?.levelOneScreens ?? []).map((screen) => ({
    facilityId: screen.facilityId ? facilityKey(screen.facilityId) : "",
    admittedFromId: null,
    filedBy: screen.submittingOrganisationId,
  }));
}

/**
 * The registered facilities through which the caller is related to the person: those the links
 * name that the caller acts for (facility-registry.ts: in its counties for a PAA, its own
 * registered facility of its type for a NF or hospital), including a stay admitted from the
 * caller's hospital. One registry call for all of them.
 */
export async function relatedFacilities(ctx: RequestContext, links: PersonFacilityLink[]): Promise<RegisteredFacility[]> {
  const ids = [...new Set(links.flatMap((link) => [link.facilityId, link.admittedFromId]).filter((id): id is string => Boolean(id)))];
  const found = await Promise.all(ids.map((id) => facilityActedFor(ctx, id)));
  return found.filter((facility): facility is RegisteredFacility => facility !== null);
}

/** Whether the caller is related to the person: through a facility it acts for, or a screen its organisation filed. */
export async function relatedToPerson(ctx: RequestContext, links: PersonFacilityLink[]): Promise<boolean> {
  if (links.some((link) => link.filedBy !== null && link.filedBy === ctx.principal.organisationId)) return true;
  return (await relatedFacilities(ctx, links)).length > 0;
}
