import { daysFrom, type Clock } from "@pasrr/calendar/clock";
import { demoPeople, demoFacilities, demoRecordedAt } from "@pasrr/devtools/demo-cast";
import { toDbDate } from "@pasrr/graphql-kit/scalars";
import type { HubServices } from "@pasrr/subgraph-kit/context";
import type { ScreeningsDb } from "../db.ts";
import { settledOutcome } from "../categorical/categorical-decision.rules.ts";
import { decidersOf } from "../categorical/categorical.rules.ts";
import { levelTwoOutcome, type DerivedOutcome } from "../level-two-determination/level-two-outcome.rules.ts";
import { noticesFor } from "../notice/notice.rules.ts";
import { decideOutcome, type LevelOneFacts } from "../outcome/outcome.rules.ts";
import { plannedReferrals } from "../level-two-referral/level-two-referral.rules.ts";
import { reviewDueFor, type StandingForClocks } from "../resident-review/resident-review.rules.ts";
import type { CategoricalType, PasrrPolicy } from "../policy/policy.model.ts";
import type { Services } from "../services.ts";

const id = (suffix: string) => `0193a000-0000-7000-8000-00000000${suffix}`;
const none = { diagnosis: false, intensiveTreatmentWithinTwoYears: false, psychotropicWithoutDiagnosis: false, presentingEvidence: false };
const noDd = { diagnosis: false, history: false, presentingEvidence: false, referredByDdAgency: false, relatedConditionOnsetBefore22: false };

/**
 * The demo screens: person 2 through a dual Level II (both determined) after the hospital's
 * categorical request was denied on the day it was filed; person 3 with an open MI referral;
 * person 4, five months ago, through an MH Level II that found a primary serious mental illness
 * (which puts their facility in the IMD review).
 */
const screens = [
  {
    screenedDaysAgo: 63,
    screenId: id("b002"),
    referralIds: [id("c002"), id("c003")],
    person: demoPeople[1]!,
    facility: demoFacilities[1]!,
    mi: true,
    dd: true,
    categoricalDecisionId: id("ca02"),
  },
  {
    screenedDaysAgo: 63,
    screenId: id("b003"),
    referralIds: [id("c004")],
    person: demoPeople[2]!,
    facility: demoFacilities[2]!,
    mi: true,
    dd: false,
    categoricalDecisionId: null,
  },
  {
    screenedDaysAgo: 156,
    screenId: id("b004"),
    referralIds: [id("c005")],
    person: demoPeople[3]!,
    facility: demoFacilities[0]!,
    mi: true,
    dd: false,
    categoricalDecisionId: null,
  },
];
/** The categorical the demo hospital asks for: convalescent care where the state has it, else (OH) an emergency stay. */
const demoCategorical = (policy: PasrrPolicy): CategoricalType => (policy.categoricals.types.CONVALESCENT.offered.value ? "CONVALESCENT" : "EMERGENCY");
/** Person 2's Level II determinations, 58 and 54 days before today; person 4's, 152 days before. */
const demoDeterminations = (clock: Clock) => [
  { id: id("d002"), referralId: id("c002"), authority: "MH" as const, individualId: demoPeople[1]!.id, determinedOn: daysFrom(clock, -58), smiPrimary: false },
  { id: id("d003"), referralId: id("c003"), authority: "DD" as const, individualId: demoPeople[1]!.id, determinedOn: daysFrom(clock, -54), smiPrimary: null },
  { id: id("d004"), referralId: id("c005"), authority: "MH" as const, individualId: demoPeople[3]!.id, determinedOn: daysFrom(clock, -152), smiPrimary: true },
];
type DemoScreen = (typeof screens)[number];
type DemoDetermination = ReturnType<typeof demoDeterminations>[number];
const recommendedServices = ["Behavioural health follow-up monthly"];

/** A demo determination's outcome, derived as a recorded one's is (level-two-outcome.rules.ts). */
function demoOutcome(d: DemoDetermination, policy: PasrrPolicy): DerivedOutcome {
  const derived = levelTwoOutcome(
    {
      authority: d.authority,
      determinedOn: d.determinedOn,
      needsNursingFacilityServices: true,
      needsSpecializedServices: false,
      inpatientPsychiatricCareNeeded: false,
      diagnosticAssessmentPending: false,
      approvalPeriod: "ONGOING",
      approvedThrough: null,
      followsProvisional: false,
    },
    policy,
  );
  if ("refusal" in derived) throw new Error(`demo determination ${d.id}: ${derived.refusal.problem}`);
  return derived;
}

/** A demo screen as filed (and received by the hub) on its day, its outcome decided under the pack; a categorical request denied that day. */
// eslint-disable-next-line max-lines-per-function -- one demo person's screen written out as its records are, field by field.
async function seedScreen(db: ScreeningsDb, demo: DemoScreen, determinations: DemoDetermination[], policy: PasrrPolicy, clock: Clock): Promise<void> {
  const kind = demoCategorical(policy);
  const facts: LevelOneFacts = {
    screenedOn: daysFrom(clock, -demo.screenedDaysAgo),
    currentSetting: "HOSPITAL_INPATIENT",
    dementia: "NONE",
    dangerToSelfOrOthers: false,
    filedByHospital: false,
    request: demo.categoricalDecisionId ? { kind, physicianCertifiedStayUnder30Days: true } : null,
    mentalIllness: { ...none, diagnosis: demo.mi },
    developmentalDisability: { ...noDd, history: demo.dd },
  };
  const requested = decideOutcome(facts, policy);
  // The authority denied the categorical the day it was asked for: the Level II referrals open that day.
  const denied = requested.outcome === "CATEGORICAL_REQUESTED" ? settledOutcome("DENIED", kind, requested.levelTwoCategory!, facts.screenedOn, policy) : null;
  const outcome = { ...requested, ...denied };
  await db.levelOneScreen.createMany({
    data: [
      {
        id: demo.screenId,
        individualId: demo.person.id,
        submittingOrganisationId: demo.facility.providerNumber,
        screenedOn: toDbDate(facts.screenedOn),
        submittedAt: demoRecordedAt(facts.screenedOn),
        facilityId: demo.facility.id,
        facilityCounty: demo.facility.county,
        reasonForScreening: "NF_APPLICANT_FROM_HOSPITAL",
        currentSetting: facts.currentSetting,
        indications: { mentalIllness: facts.mentalIllness, developmentalDisability: facts.developmentalDisability },
        outcome: outcome.outcome,
        levelTwoCategory: outcome.levelTwoCategory,
        outcomeRule: outcome.rule,
        outcomeSource: outcome.source,
        outcomeExplanation: outcome.explanation,
        policyState: policy.state,
        ...(denied && {
          requestedDetermination: kind,
          physicianCertifiedStayUnder30Days: true,
          categoricalStatus: "DENIED" as const,
          categoricalDueOn: toDbDate(requested.categoricalDueOn!),
          categoricalDecidedOn: toDbDate(facts.screenedOn),
        }),
      },
    ],
    skipDuplicates: true,
  });
  if (denied && demo.categoricalDecisionId) {
    const role = decidersOf(policy, requested.levelTwoCategory!).roles[0]!;
    await db.categoricalDecision.createMany({
      data: [
        {
          id: demo.categoricalDecisionId,
          screenId: demo.screenId,
          individualId: demo.person.id,
          deciderRole: role,
          decidedByOrganisationId: `demo-${role.toLowerCase().replaceAll("_", "-")}`,
          decision: "DENIED",
          decidedOn: toDbDate(facts.screenedOn),
          recordedAt: demoRecordedAt(facts.screenedOn),
          reason: "Demo: a documented serious mental illness and a developmental disability; a full Level II evaluation is needed.",
        },
      ],
      skipDuplicates: true,
    });
  }
  const planned = plannedReferrals(outcome.levelTwoCategory!, facts.screenedOn, policy);
  await db.levelTwoReferral.createMany({
    data: planned.map((referral, n) => ({
      id: demo.referralIds[n]!,
      screenId: demo.screenId,
      individualId: demo.person.id,
      authority: referral.authority,
      awaitsAuthority: referral.awaitsAuthority,
      status: determinations.some((d) => d.referralId === demo.referralIds[n]) ? ("DETERMINED" as const) : ("OPEN" as const),
      referredOn: toDbDate(referral.referredOn),
      dueOn: toDbDate(referral.dueOn),
      facilityId: demo.facility.id,
      facilityCounty: demo.facility.county,
    })),
    skipDuplicates: true,
  });
}

/** Person 2's determinations, with the outcome each derives under the pack. */
async function seedDeterminations(db: ScreeningsDb, determinations: DemoDetermination[], policy: PasrrPolicy): Promise<void> {
  await db.levelTwoDetermination.createMany({
    data: determinations.map((d) => {
      const derived = demoOutcome(d, policy);
      return {
        id: d.id,
        referralId: d.referralId,
        individualId: d.individualId,
        conditionConfirmed: true,
        seriousMentalIllnessPrimary: d.smiPrimary,
        needsNursingFacilityServices: true,
        needsSpecializedServices: false,
        recommendedServices,
        approvalPeriod: derived.approvalPeriod,
        evaluatorName: "Demo Evaluator, LISW",
        evaluatedOn: toDbDate(d.determinedOn),
        determinedOn: toDbDate(d.determinedOn),
        recordedAt: demoRecordedAt(d.determinedOn),
        determinedByOrganisationId: "demo-level-ii-authority",
        outcome: derived.outcome,
        outcomeSource: derived.source,
        specializedServicesProvider: null,
        policyState: policy.state,
      };
    }),
    skipDuplicates: true,
  });
}

/** The notices each determination issued: to the person, the admitting NF (the screen's facility) and the attending physician. */
async function seedNotices(db: ScreeningsDb, determinations: DemoDetermination[], policy: PasrrPolicy): Promise<void> {
  await db.pasrrNotice.createMany({
    data: determinations.flatMap((d, n) => {
      const facility = screens.find((screen) => screen.referralIds.includes(d.referralId))!.facility;
      const derived = demoOutcome(d, policy);
      const notices = noticesFor(
        {
          ...derived,
          determinedOn: d.determinedOn,
          needsNursingFacilityServices: true,
          needsSpecializedServices: false,
          recommendedServices,
          screen: { currentSetting: "COMMUNITY", facilityId: null },
          addressees: { hasRepresentative: false, admittingFacilityId: facility.id },
        },
        policy,
      );
      return notices.map(({ recipient, recipientFacilityId, copy, content }, k) => ({
        id: id(`e0${n + 2}${k}`),
        determinationId: d.id,
        individualId: d.individualId,
        recipient,
        recipientFacilityId,
        copy,
        issuedOn: toDbDate(d.determinedOn),
        appealDeadline: toDbDate(content.appealDeadline),
        outcome: content.outcome,
        reasons: content.reasons,
        services: content.services,
        approvedThrough: null,
        appealRights: content.appealRights,
        authority: d.authority,
        facilityCounty: facility.county,
      }));
    }),
    skipDuplicates: true,
  });
}

/** What a significant change needs of the standing: nothing (resident-review.rules.ts), so none is read. */
const noStanding: StandingForClocks = {
  outcome: null,
  categoricalType: null,
  requirementsMetOn: null,
  hasScreenOnFile: true,
  pasUsedByEarlierAdmission: false,
  levelTwoApprovedThrough: null,
  priorResidence: null,
};

/**
 * Two Resident Reviews for the PAA's worklists, clocks started by a significant change as the NF
 * would report it: person 4's at DEMO-NF-0001 (Hamilton) 20 days ago, overdue under a 14-day
 * pack (CT newsletters); person 2's at DEMO-NF-0002 (Butler) 5 days ago, due within two weeks.
 */
async function seedResidentReviews(db: ScreeningsDb, policy: PasrrPolicy, clock: Clock): Promise<void> {
  const changes = [
    { id: id("9001"), person: demoPeople[3]!, facility: demoFacilities[0]!, occurredOn: daysFrom(clock, -20) },
    { id: id("9002"), person: demoPeople[1]!, facility: demoFacilities[1]!, occurredOn: daysFrom(clock, -5) },
  ];
  await db.residentReview.createMany({
    data: changes.map((change) => {
      const due = reviewDueFor("SIGNIFICANT_CHANGE", change.occurredOn, noStanding, policy)!;
      return {
        id: change.id,
        individualId: change.person.id,
        facilityId: change.facility.id,
        facilityCounty: change.facility.county,
        reason: due.reason,
        triggeredOn: toDbDate(change.occurredOn),
        dueOn: toDbDate(due.dueOn),
        source: due.source,
        createdAt: demoRecordedAt(change.occurredOn),
      };
    }),
    skipDuplicates: true,
  });
}

/**
 * Synthetic demo screenings, referrals, determinations and notices, dated relative to the clock's
 * today (screens 156, 71 and 63 days ago), each on record from its own day so `asOf` reads see
 * them arrive; idempotent (fixed ids, skipDuplicates).
 */
export async function seedDemoScreenings(db: ScreeningsDb, { policy, clock }: HubServices & Services): Promise<void> {
  const determinations = demoDeterminations(clock);
  // The first demo person's screen, filed by the facility that admitted them.
  await db.levelOneScreen.createMany({
    data: [
      {
        id: id("b001"),
        individualId: demoPeople[0]!.id,
        submittingOrganisationId: demoFacilities[0]!.providerNumber,
        screenedOn: toDbDate(daysFrom(clock, -71)),
        submittedAt: demoRecordedAt(daysFrom(clock, -71)),
      },
    ],
    skipDuplicates: true,
  });
  for (const demo of screens) await seedScreen(db, demo, determinations, policy, clock);
  await seedDeterminations(db, determinations, policy);
  await seedNotices(db, determinations, policy);
  await seedResidentReviews(db, policy, clock);
}
