import type { Context } from "../context.ts";

/** A person's stay at a facility, as the facilities service (which owns the census) holds it. */
export interface PersonStay {
  facilityId: string;
  facilityType: string;
  facilityCounty: string;
  admittedOn: string;
  dischargedOn: string | null;
  dischargeDestination: string | null;
  /** Who paid from `startsOn` up to, not including, `endsOn` (null: still paying). */
  payers: { payer: string; startsOn: string; endsOn: string | null }[];
}

const staysQuery = /* GraphQL */ `
  query ClockStays($people: [_Any!]!) {
    _entities(representations: $people) {
      ... on Individual { stays { admittedOn dischargedOn dischargeDestination facility { id type county } payerPeriods { payer startsOn endsOn } } }
    }
  }`;

type Answer = {
  _entities: ({
    stays: {
      admittedOn: string;
      dischargedOn: string | null;
      dischargeDestination: string | null;
      facility: { id: string; type: string; county: string } | null;
      payerPeriods: PersonStay["payers"];
    }[];
  } | null)[];
};

/**
 * The person's stays (the ids of merged records included), asked of the facilities service as an
 * owner call (platform owner-call.ts): the clocks rest on the census the hub holds, never on what
 * the reporting NF says about the person's history or payer. Asked only when a rule needs it.
 */
export async function personStays(ctx: Context, ids: readonly string[]): Promise<PersonStay[]> {
  const [id, ...mergedIds] = ids;
  const answer = await ctx.services.owners.query<Answer>("facilities", staysQuery, { people: [{ __typename: "Individual", id, mergedIds }] });
  return (answer._entities[0]?.stays ?? []).flatMap((stay) =>
    stay.facility
      ? [
          {
            facilityId: stay.facility.id.toLowerCase(),
            facilityType: stay.facility.type,
            facilityCounty: stay.facility.county,
            admittedOn: stay.admittedOn,
            dischargedOn: stay.dischargedOn,
            dischargeDestination: stay.dischargeDestination,
            payers: stay.payerPeriods,
          },
        ]
      : [],
  );
}

export const nursingFacilityStays = (stays: readonly PersonStay[]) => stays.filter((stay) => stay.facilityType === "NURSING_FACILITY");

/** Who the census says paid for a day at a facility (a payer period covers its start, not its end). */
export function payerOn(stays: readonly PersonStay[], facilityId: string, day: string): string | null {
  const stay = stays.find((s) => s.facilityId === facilityId.toLowerCase() && s.admittedOn <= day && (s.dischargedOn === null || day < s.dischargedOn));
  return stay?.payers.find((period) => period.startsOn <= day && (period.endsOn === null || day < period.endsOn))?.payer ?? null;
}
