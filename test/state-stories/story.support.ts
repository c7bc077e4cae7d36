import { addDays, type CalendarDate } from "@pasrr/calendar/calendar-date";
import { fromDbDate } from "@pasrr/graphql-kit/scalars";
import type { PolicyState } from "@pasrr/calendar/state-time-zones";
import { afterAll, beforeAll, expect } from "vitest";
import { policyPresets } from "../../subgraphs/screenings/src/policy/presets.rules.ts";
import type { Duration, PasrrPolicy } from "../../subgraphs/screenings/src/policy/policy.model.ts";
import { dueAfter, holidaysOf } from "../../subgraphs/screenings/src/policy/working-days.rules.ts";
import { determinationInput, screenInput } from "../support/screenings-scenario.ts";
import { graphql, type GraphQLAnswer } from "../support/graphql.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";
import { registeredFacility } from "../support/registered-facility.ts";
import { waitUntil } from "../support/wait-until.ts";

/**
 * The set-up and calls the per-state story files share (issue 17): one hub under one state's
 * policy pack, a hospital and a NF registered in one county of that state, and the partners who
 * act on the graph with their own tokens — the discharging hospital, the NF, the regional agency
 * (PAA, or CO's Utilization Review Contractor) for that county, the MH and DD authorities, the
 * state agency. Every call goes through the real gateway. Dates are counted from the hub's pinned
 * today; working days with the pack's own calendar (`dueAfter`, `holidaysOf`), as the code does.
 */

export interface Partners {
  /** The county both facilities are registered in, and the regional agency's. */
  county: string;
  /** Organisation ids for the partners' tokens. */
  organisations: Record<"hospital" | "nf" | "paa" | "mh" | "dd", string>;
}

export type Partner = "hospital" | "nf" | "paa" | "mh" | "dd" | "state";

export interface Screen {
  id: string;
  outcome: string;
  levelTwoCategory: string | null;
  categoricalType: string | null;
  categoricalStatus: string | null;
  categoricalDueOn: string | null;
  categoricalDecidedOn: string | null;
  validThrough: string | null;
  explanation: { rule: string; source: string; explanation: string; policyState: string };
  referrals: { id: string; authority: string; status: string; referredOn: string; dueOn: string; awaitsAuthority: string | null }[];
  categoricalDecisions: { deciderRole: string; decidedByOrganisationId: string; decision: string; decidedOn: string }[];
}

export interface Review {
  id: string;
  reason: string;
  triggeredOn: string;
  dueOn: string;
  completedOn: string | null;
  source: string;
}

export interface CompliancePeriod {
  from: string;
  through: string | null;
  reason: string;
  facilityId: string | null;
}

const screenFields = `id outcome levelTwoCategory categoricalType categoricalStatus categoricalDueOn categoricalDecidedOn validThrough
  explanation { rule source explanation policyState }
  referrals { id authority status referredOn dueOn awaitsAuthority }
  categoricalDecisions { deciderRole decidedByOrganisationId decision decidedOn }`;
const submitOp = `mutation ($input: SubmitLevelOneScreenInput!) { submitLevelOneScreen(input: $input) { levelOneScreen { ${screenFields} } } }`;
const decideOp = `mutation ($input: DecideCategoricalInput!) { decideCategorical(input: $input) { levelOneScreen { ${screenFields} } } }`;
const determineOp = `mutation ($input: RecordLevelTwoDeterminationInput!) { recordLevelTwoDetermination(input: $input) { levelTwoDetermination {
  id determinedOn outcome approvalPeriod approvedThrough policyState referral { id status } } } }`;
const registerOp = `mutation ($i: RegisterIndividualInput!) { registerIndividual(input: $i) { outcome individual { id } } }`;
const standingOp = `query ($id: ID!) { individual(id: $id) {
  pasrr { requirementsMetOn nursingFacilityAdmissionAllowed validThrough currentOutcome pendingReferralIds nextAction { action dueOn } }
  pasrrCompliance { from through reason facilityId knownThrough } } }`;
const referralsOp = `query ($f: LevelTwoReferralFilter) { levelTwoReferrals(filter: $f, first: 10) { edges { node { id authority status dueOn awaitsAuthority } } } }`;
const categoricalWorklistOp = `{ categoricalRequests(first: 100) { edges { node { id categoricalType categoricalDueOn } } } }`;
const censusOp = `mutation ($input: RecordCensusEventInput!) { recordCensusEvent(input: $input) { event { id } } }`;
const reportOp = `mutation ($i: ReportResidentEventInput!) { reportResidentEvent(input: $i) { residentReview { id reason triggeredOn dueOn completedOn source } } }`;
const worklistsOp = `query ($asOf: Date!) {
  due: residentReviewsDue(asOf: $asOf, withinDays: 366, first: 100) { edges { node { id reason triggeredOn dueOn completedOn source individual { id } } } }
  overdue: overdueResidentReviews(asOf: $asOf, first: 100) { edges { node { id reason triggeredOn dueOn completedOn source individual { id } } } }
}`;

/** A reason given with every categorical decision (CO 8.401.184 F: the reasons no Level II is needed are documented). */
export const decisionReason = "Meets the categorical on the documentation filed with the Level I; no danger to self or others.";

/** The code and the rule a refused call answers with. */
export const refusalOf = (answer: GraphQLAnswer) =>
  (answer.errors ?? []).map((error) => [error.extensions?.code, error.extensions?.rule ?? error.extensions?.field ?? null]);

/**
 * A hub under `state`'s pack, started before the file's tests and stopped after them, with the
 * partners registered and their tokens minted, and the calls a state story makes.
 */
export function stateStory(state: PolicyState, partners: Partners) {
  const policy: PasrrPolicy = policyPresets[state];
  const world = { hub: undefined as unknown as TestHub, url: "", hospital: "", nf: "", tokens: {} as Record<Partner, string> };
  let registered = 0;

  beforeAll(async () => {
    // The census feed relays the NF's census entries to screenings at once in a test.
    world.hub = await startTestHub({ env: { PASRR_POLICY_STATE: state, CENSUS_FEED_POLL_MS: "200", CENSUS_FEED_RETRY_BASE_MS: "200" } });
    world.url = world.hub.gatewayUrl!;
    world.hospital = await registeredFacility(world.hub, "HOSPITAL", partners.county, state);
    world.nf = await registeredFacility(world.hub, "NURSING_FACILITY", partners.county, state);
    const { organisations: org } = partners;
    world.tokens.hospital = await world.hub.token({ role: "HOSPITAL", facilityIds: [world.hospital], organisationId: org.hospital });
    world.tokens.nf = await world.hub.token({ role: "NURSING_FACILITY", facilityIds: [world.nf], organisationId: org.nf });
    world.tokens.paa = await world.hub.token({ role: "PAA", counties: [partners.county], organisationId: org.paa });
    world.tokens.mh = await world.hub.token({ role: "MH_AUTHORITY", organisationId: org.mh });
    world.tokens.dd = await world.hub.token({ role: "DD_AUTHORITY", organisationId: org.dd });
    world.tokens.state = await world.hub.token({ role: "STATE_MEDICAID_AGENCY", organisationId: `${state.toLowerCase()}-medicaid-agency` });
  });
  afterAll(() => world.hub?.stop());

  const call = (as: Partner, query: string, variables: Record<string, unknown> = {}) => graphql(world.url, query, { token: world.tokens[as], variables });
  const ok = async (as: Partner, query: string, variables: Record<string, unknown> = {}) => {
    const answer = await call(as, query, variables);
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    return answer.data!;
  };
  const today = (): CalendarDate => world.hub.today;

  return {
    world,
    policy,
    call,
    ok,
    today,
    /** The day `days` before the hub's today. */
    daysAgo: (days: number): CalendarDate => addDays(today(), -days),
    /** The day `days` after the hub's today. */
    inDays: (days: number): CalendarDate => addDays(today(), days),
    /** A duration from `from` as the pack counts it: working days skip weekends and the state's public holidays. */
    after: (from: string, duration: Duration): string => dueAfter(from, duration, holidaysOf(policy)),

    /** Registers a synthetic person in the state (the individuals service), as the state agency does. */
    async person(step: string): Promise<string> {
      registered += 1;
      const data = await ok("state", registerOp, {
        i: {
          givenName: "Synthetic",
          familyName: `${state}-Story-${step}`,
          birthDate: `19${40 + registered}-0${1 + (registered % 9)}-1${registered % 9}`,
          county: partners.county,
          state,
        },
      });
      expect(data.registerIndividual.outcome).toBe("CREATED");
      return data.registerIndividual.individual.id;
    },

    /**
     * A Level I: by default the discharging hospital's, for an inpatient applying to a NF; `mi` and
     * `dd` switch on one indication each; `extra` overrides any field (request, setting, reason…).
     */
    async levelOne(
      individualId: string,
      screenedOn: string,
      options: { by?: Partner; facilityId?: string; mi?: boolean; dd?: boolean; extra?: Record<string, unknown> } = {},
    ): Promise<Screen> {
      const by = options.by ?? "hospital";
      const facilityId = options.facilityId ?? (by === "hospital" ? world.hospital : world.nf);
      const input = screenInput({ individualId, facilityId, screenedOn, mi: options.mi, dd: options.dd, ...options.extra });
      delete (input as { facilityCounty?: string }).facilityCounty;
      const data = await ok(by, submitOp, { input });
      return data.submitLevelOneScreen.levelOneScreen;
    },

    /** The NF's Level I for its resident whose short-term approval is expiring: the Resident Review (CT, Reasons for Screening). */
    async reviewLevelOne(individualId: string, screenedOn: string, mi = true): Promise<Screen> {
      const input = screenInput({
        individualId,
        facilityId: world.nf,
        screenedOn,
        mi,
        reasonForScreening: "EXPIRING_SHORT_TERM_APPROVAL",
        currentSetting: "NURSING_FACILITY",
      });
      delete (input as { facilityCounty?: string }).facilityCounty;
      return (await ok("nf", submitOp, { input })).submitLevelOneScreen.levelOneScreen;
    },

    /** A categorical decision by `by`; the raw answer, for refusals. */
    decide: (by: Partner, screenId: string, decision: "GRANTED" | "DENIED", decidedOn: string) =>
      call(by, decideOp, { input: { screenId, decision, decidedOn, reason: decisionReason } }),
    async grant(by: Partner, screenId: string, decidedOn: string): Promise<Screen> {
      return (await ok(by, decideOp, { input: { screenId, decision: "GRANTED", decidedOn, reason: decisionReason } })).decideCategorical.levelOneScreen;
    },
    /** The decider's worklist of categorical requests. */
    async categoricalWorklist(by: Partner): Promise<{ id: string; categoricalType: string; categoricalDueOn: string }[]> {
      return (await ok(by, categoricalWorklistOp)).categoricalRequests.edges.map((edge: { node: unknown }) => edge.node);
    },

    /** A Level II determination by `by` (the MH or DD authority); the raw answer, for refusals. */
    determineAnswer: (by: Partner, referralId: string, determinedOn: string, extra: Record<string, unknown> = {}) =>
      call(by, determineOp, { input: determinationInput(referralId, determinedOn, extra) }),
    async determine(by: Partner, referralId: string, determinedOn: string, extra: Record<string, unknown> = {}) {
      return (await ok(by, determineOp, { input: determinationInput(referralId, determinedOn, extra) })).recordLevelTwoDetermination.levelTwoDetermination;
    },
    /** The person's referrals as an authority's worklist shows them. */
    async referrals(
      by: Partner,
      individualId: string,
    ): Promise<{ id: string; authority: string; status: string; dueOn: string; awaitsAuthority: string | null }[]> {
      return (await ok(by, referralsOp, { f: { individualId } })).levelTwoReferrals.edges.map((edge: { node: unknown }) => edge.node);
    },

    /** The person's PASRR standing and current compliance periods (as the hub answers today), read by the state agency. */
    async standing(individualId: string) {
      const { individual } = await ok("state", standingOp, { id: individualId });
      const periods: CompliancePeriod[] = individual.pasrrCompliance
        .filter((period: { knownThrough: string | null }) => period.knownThrough === null)
        .map(({ from, through, reason, facilityId }: CompliancePeriod) => ({ from, through, reason, facilityId }));
      return { pasrr: individual.pasrr, periods };
    },

    /**
     * The NF admits the person: it enters the admission in its census (facilities), the census feed
     * reports it to screenings (`reportResidentEvent` with the census event's id), and the NF's own
     * report of the same admission answers with the Resident Review it started.
     */
    async admit(individualId: string, admittedOn: string): Promise<Review | null> {
      const entered = await ok("nf", censusOp, {
        input: {
          kind: "ADMISSION",
          individualId,
          facilityId: world.nf,
          effectiveOn: admittedOn,
          admissionSource: "HOSPITAL_INPATIENT",
          fromFacilityId: world.hospital,
          payer: "MEDICAID",
        },
      });
      const eventId = entered.recordCensusEvent.event.id as string;
      const outbox = world.hub.subgraphs.facilities!.client.residentFactOutbox;
      await waitUntil(`census event ${eventId} is delivered`, async () => {
        const rows = await outbox.findMany({ where: { censusEventId: eventId } });
        return rows.length > 0 && rows.every((row) => row.deliveredAt !== null);
      });
      const reported = await ok("nf", reportOp, { i: { individualId, facilityId: world.nf, event: "ADMITTED", occurredOn: admittedOn } });
      return reported.reportResidentEvent.residentReview;
    },

    /** The person's open reviews on the NF's worklists as of a day: due within a year, and overdue. */
    async reviews(individualId: string, asOf: string): Promise<{ due: Review[]; overdue: Review[] }> {
      const data = await ok("nf", worklistsOp, { asOf });
      const mine = (list: { edges: { node: Review & { individual: { id: string } } }[] }) =>
        list.edges
          .map((edge) => edge.node)
          .filter((node) => node.individual.id === individualId)
          .map(({ individual: _, ...review }) => review);
      return { due: mine(data.due), overdue: mine(data.overdue) };
    },

    /** How screenings recorded a review's end: completed on a day by a screen (the record behind the worklists). */
    async reviewRecord(reviewId: string) {
      const row = await world.hub.subgraphs.screenings!.client.residentReview.findUniqueOrThrow({ where: { id: reviewId } });
      return {
        completedOn: row.completedOn ? fromDbDate(row.completedOn) : null,
        completedByScreenId: row.completedByScreenId,
        endedOn: row.endedOn ? fromDbDate(row.endedOn) : null,
      };
    },
  };
}

/** The last day of a stay of `days` days whose day 1 is `from`. */
export const lastDay = (from: string, days: number): string => addDays(from, days - 1);
