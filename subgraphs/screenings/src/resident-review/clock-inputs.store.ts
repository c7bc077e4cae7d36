import type { Context } from "../context.ts";
import { latestScreen } from "../pasrr/pasrr.rules.ts";
import { screenRecord, standingFromRows } from "../pasrr/pasrr.store.ts";
import { payerMatters, type AdmissionRecords } from "./admission-findings.rules.ts";
import { nursingFacilityStays, payerOn, personStays } from "./person-stays.store.ts";
import type { clockRecords } from "./person-records.store.ts";
import { priorResidence } from "./readmission.rules.ts";
import type { ResidentFact } from "./resident-review.validation.ts";
import type { StandingForClocks } from "./resident-review.rules.ts";

const hospitalDestinations = ["HOSPITAL", "PSYCHIATRIC_HOSPITAL"];

/**
 * What the clock rules read about a person when a census fact arrives, from the records the hub
 * holds: the PASRR standing from screenings' own rows, and, only when a rule of the pack needs
 * them, the person's stays from the census (facilities): the last NF residence for a re-admission
 * without a new PAS (IL IV.H.3), the admission day's payer for a Level II open at admission
 * (CO 8.401.183 C). `usedBefore`: an earlier admission already used the latest Level I.
 */
export async function clockInputs(ctx: Context, ids: string[], fact: ResidentFact, records: Awaited<ReturnType<typeof clockRecords>>, usedBefore: boolean) {
  const policy = ctx.services.policy;
  const standing = standingFromRows(records.screens, records.referrals, records.determinations, records.appeals, policy);
  const screens = records.screens.map(screenRecord);
  const latest = latestScreen(screens);
  const levelTwoOpen = standing.pendingReferralIds.length > 0;
  const admitted = fact.event === "ADMITTED";
  const readmission = admitted && usedBefore && policy.readmissionMinimumStayDays.value !== null;
  const stays = readmission || (admitted && payerMatters(policy, levelTwoOpen)) ? await personStays(ctx, ids) : [];
  const residence = nursingFacilityStays(stays).map((stay) => ({ ...stay, leftForHospital: hospitalDestinations.includes(stay.dischargeDestination ?? "") }));
  const forClocks: StandingForClocks = {
    outcome: standing.outcome,
    categoricalType: latest?.categoricalType && latest.categoricalType !== "HOSPITAL_EXEMPTION" ? latest.categoricalType : null,
    requirementsMetOn: standing.requirementsMetOn,
    hasScreenOnFile: latest !== undefined,
    pasUsedByEarlierAdmission: usedBefore,
    levelTwoApprovedThrough: standing.outcome === "LEVEL_II_REQUIRED" ? standing.validThrough : null,
    priorResidence: readmission ? priorResidence(residence, fact.occurredOn) : null,
  };
  const admission: AdmissionRecords | null = admitted
    ? {
        screens: screens.map(({ id, screenedOn }) => ({ id, screenedOn })),
        levelTwoOpen,
        payer: payerOn(stays, fact.facilityId, fact.occurredOn),
        initialWithMentalHealthLevelTwo:
          !usedBefore &&
          records.referrals.some((r) => r.authority === "MH" && records.determinations.some((d) => d.referralId === r.id && d.conditionConfirmed)),
      }
    : null;
  return { standing: forClocks, admission };
}
