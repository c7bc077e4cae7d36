import { badUserInput } from "@pasrr/graphql-kit/errors";
import { facilityActedFor } from "@pasrr/subgraph-kit/access/facility-registry";
import { isRecordId } from "@pasrr/graphql-kit/ids";
import { relatedToPerson, staysOfPerson } from "@pasrr/subgraph-kit/access/person-relations";
import type { Context } from "../context.ts";
import { coversFacility } from "./facility-scope.access.ts";

/**
 * Who may write what about a person in screenings (finding: "any hospital overwrites anyone's
 * PASRR standing"). The facility named comes from the registry (facilities owns it): it must be
 * one the caller acts for (a PAA: in its counties; a hospital: its own registered hospital; a NF:
 * its own registered NF). The person must be related to the caller (domain README, "Who acts": a
 * hospital files for its patients, a NF for its residents; OH COA guide: the discharging hospital
 * files the exemption):
 * - a Level I for a person with no PASRR records at all is a first (pre-admission) screen: the
 *   filer's own registered facility is the relation;
 * - otherwise the filer must already hold one: a screen its organisation filed, or that names a
 *   facility it acts for; a Resident Review at such a facility; or a stay there (facilities),
 *   including a stay admitted from the filing hospital.
 * An unrelated party can therefore neither replace a person's standing nor close another NF's review.
 */

const personOf = (individualId: unknown): string | null => (typeof individualId === "string" && isRecordId(individualId) ? individualId.toLowerCase() : null);

/** Whether screenings already holds a relation between the caller and the person (no owner call). */
async function heldHere(ctx: Context, individualId: string): Promise<{ hasRecords: boolean; related: boolean }> {
  const [screens, reviews] = await Promise.all([
    ctx.loaders.levelOneScreensByIndividual.load(individualId),
    ctx.db.residentReview.findMany({ where: { individualId }, select: { facilityId: true, facilityCounty: true } }),
  ]);
  const hasRecords = screens.length > 0 || reviews.length > 0;
  if (screens.some((screen) => screen.submittingOrganisationId === ctx.principal.organisationId)) return { hasRecords, related: true };
  const covered = await Promise.all([...screens, ...reviews].map((record) => coversFacility(ctx, record)));
  return { hasRecords, related: covered.some(Boolean) };
}

/** A Level I: the filing facility is the caller's, and the person is new to the hub's PASRR records or related to the caller. */
export async function mayFileFor(ctx: Context, input: { individualId: string; facilityId?: string | null }): Promise<boolean> {
  // The facility decides the scope, so a screen without one is a bad input, not an out-of-scope one.
  if (!input.facilityId) throw badUserInput("input.facilityId", "is required: the filing hospital or NF, or the NF applied to");
  const individualId = personOf(input.individualId);
  if (!individualId || !(await facilityActedFor(ctx, input.facilityId))) return false;
  const held = await heldHere(ctx, individualId);
  if (!held.hasRecords || held.related) return true;
  return relatedToPerson(ctx, await staysOfPerson(ctx, individualId));
}

/** A census fact: the facility is the caller's (and so is the facility transferred from), and the person stays or stayed there. */
export async function mayReportFor(ctx: Context, input: { individualId: string; facilityId: string; fromFacilityId?: string | null }): Promise<boolean> {
  const individualId = personOf(input.individualId);
  if (!individualId) return false;
  const [facility, from] = await Promise.all([
    facilityActedFor(ctx, input.facilityId),
    input.fromFacilityId ? facilityActedFor(ctx, input.fromFacilityId) : true,
  ]);
  if (!facility || !from) return false;
  const stays = await staysOfPerson(ctx, individualId);
  return stays.some((stay) => stay.facilityId === facility.id.toLowerCase());
}
