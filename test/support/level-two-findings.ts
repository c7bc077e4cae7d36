import type { startScreenings } from "@pasrr/screenings";
import type { TestHub } from "./hub.ts";

type ScreeningsClient = Awaited<ReturnType<typeof startScreenings>>["client"];

export interface PrimarySmiFinding {
  individualId: string;
  determinedOn: Date;
  /** The MI Level II confirmed serious mental illness as the primary diagnosis. */
  primarySeriousMentalIllness: boolean;
}

/**
 * Writes mental-illness Level II determinations straight into the screenings database (a Level I,
 * its MI referral and the determination), for tests about other owners' use of the finding —
 * such as facilities' IMD share — that need many people with a known finding quickly.
 */
export async function recordPrimarySmiFindings(hub: TestHub, findings: PrimarySmiFinding[]): Promise<void> {
  const client = (hub.subgraphs.screenings as unknown as { client: ScreeningsClient }).client;
  for (const finding of findings) {
    const screen = await client.levelOneScreen.create({
      data: {
        individualId: finding.individualId,
        submittingOrganisationId: "test-hospital",
        screenedOn: finding.determinedOn,
        outcome: "LEVEL_II_REQUIRED",
        levelTwoCategory: "MI",
      },
    });
    const referral = await client.levelTwoReferral.create({
      data: {
        screenId: screen.id,
        individualId: finding.individualId,
        authority: "MH",
        status: "DETERMINED",
        referredOn: finding.determinedOn,
        dueOn: finding.determinedOn,
      },
    });
    await client.levelTwoDetermination.create({
      data: {
        referralId: referral.id,
        individualId: finding.individualId,
        conditionConfirmed: true,
        seriousMentalIllnessPrimary: finding.primarySeriousMentalIllness,
        needsNursingFacilityServices: true,
        needsSpecializedServices: false,
        recommendedServices: [],
        approvalPeriod: "ONGOING",
        evaluatorName: "Test Evaluator",
        evaluatedOn: finding.determinedOn,
        determinedOn: finding.determinedOn,
        determinedByOrganisationId: "test-mh-authority",
        outcome: "ADMISSION_ALLOWED",
        outcomeSource: "test support: an ongoing approval",
        policyState: "FEDERAL",
      },
    });
  }
}
