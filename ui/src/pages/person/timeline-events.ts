import { addDays, compareDates, type CalendarDate } from "@pasrr/calendar/calendar-date";
import type {
  TimelineComplianceQuery,
  TimelineCoverageDaysQuery,
  TimelineCoverageQuery,
  TimelineLevelOfCareQuery,
  TimelineScreeningsQuery,
  TimelineStaysQuery,
} from "../../gql/graphql.ts";
import { codeWords, complianceReasonWords, uncoveredReasonWords } from "../../words/coverage-words.ts";
import type { TimelineEvent } from "./timeline-lanes.ts";

type Person<Q extends { individual?: unknown }> = NonNullable<Q["individual"]>;

/** The day before `end`, but never before `start`: for periods whose end day is the next one's first. */
const dayBefore = (start: CalendarDate, end: CalendarDate): CalendarDate => {
  const previous = addDays(end, -1);
  return compareDates(previous, start) < 0 ? start : previous;
};

/** Screens, their Level II determinations, and those determinations' notices and appeals. */
export function screeningEvents(person: Person<TimelineScreeningsQuery>, today: CalendarDate): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const screen of person.levelOneScreens) {
    events.push({
      lane: "screens",
      from: screen.screenedOn,
      through: screen.validThrough ?? screen.screenedOn,
      label: `Level I: ${codeWords(screen.outcome)}`,
      detail: `Review ${codeWords(screen.reviewStatus)}${screen.validThrough ? `; valid through ${screen.validThrough}` : ""} (screen ${screen.id})`,
    });
    for (const referral of screen.referrals) {
      const determination = referral.determination;
      if (!determination) {
        events.push({
          lane: "levelTwo",
          from: referral.referredOn,
          through: today,
          label: `${referral.authority} referral open`,
          detail: `Due ${referral.dueOn} (referral ${referral.id})`,
        });
        continue;
      }
      events.push({
        lane: "levelTwo",
        from: determination.determinedOn,
        through: determination.approvedThrough ?? today,
        label: `${referral.authority} Level II: ${codeWords(determination.outcome)}`,
        detail: `${determination.approvedThrough ? `Approved through ${determination.approvedThrough}` : "No end date"} (determination ${determination.id})`,
      });
      for (const notice of determination.notices)
        events.push({
          lane: "notices",
          from: notice.issuedOn,
          through: notice.issuedOn,
          label: `Notice to ${codeWords(notice.recipient)}`,
          detail: `Appeal by ${notice.appealDeadline} (notice ${notice.id})`,
        });
      for (const appeal of determination.appeals)
        events.push({
          lane: "notices",
          from: appeal.filedOn,
          through: appeal.decidedOn ?? today,
          label: `Appeal (level ${appeal.level}): ${codeWords(appeal.status)}`,
          detail: `${appeal.decidedOn ? `Decided ${appeal.decidedOn}` : "Pending"} (appeal ${appeal.id})`,
        });
    }
  }
  return events;
}

/** The PASRR standing as the hub answers it now (versions it no longer answers with left out). */
export const complianceEvents = (person: Person<TimelineComplianceQuery>, today: CalendarDate): TimelineEvent[] =>
  person.pasrrCompliance
    .filter((period) => period.knownThrough == null)
    .map((period) => ({
      lane: "compliance",
      from: period.from,
      through: period.through ?? today,
      label: `PASRR ${codeWords(period.status)}`,
      detail: `${complianceReasonWords[period.reason]} (records ${period.recordIds.join(", ") || "none"})`,
    }));

/** Every Level of Care determination; a superseded one in a lane of its own, so its successor is not drawn over it. */
export const levelOfCareEvents = (person: Person<TimelineLevelOfCareQuery>, today: CalendarDate): TimelineEvent[] =>
  person.levelOfCareDeterminations.map((d) => ({
    lane: d.supersededBy ? "levelOfCareSuperseded" : "levelOfCare",
    from: d.effectiveFrom,
    through: d.effectiveThrough ?? today,
    label: `${codeWords(d.levelOfCareType)}: ${codeWords(d.decision)}${d.supersededBy ? " (superseded)" : ""}`,
    detail: [
      `${codeWords(d.reviewKind)} review`,
      d.effectiveThrough ? `through ${d.effectiveThrough}` : "no end date",
      d.supersededBy && `superseded by ${d.supersededBy.id}`,
      d.supersessionReason && `supersedes an earlier one: ${d.supersessionReason}`,
      ...d.notices.map((n) => `notice ${n.issuedOn}, appeal by ${n.appealDeadline}`),
      `(determination ${d.id})`,
    ]
      .filter(Boolean)
      .join("; "),
  }));

/** Stays, their leaves and who paid, from the facilities' census. */
export function stayEvents(person: Person<TimelineStaysQuery>, today: CalendarDate): TimelineEvent[] {
  return person.stays.flatMap((stay) => [
    {
      lane: "stays" as const,
      from: stay.admittedOn,
      through: stay.dischargedOn ?? today,
      label: `At ${stay.facility.name}`,
      detail: `${stay.dischargedOn ? `Left ${stay.dischargedOn} (${codeWords(stay.endReason ?? "")})` : "Stay open"} (stay ${stay.id})`,
    },
    ...stay.leavePeriods.map((leave) => ({
      lane: "leaves" as const,
      from: leave.leftOn,
      through: leave.returnedOn ? dayBefore(leave.leftOn, leave.returnedOn) : today,
      label: codeWords(leave.kind),
      detail: leave.returnedOn ? `Back ${leave.returnedOn}` : "Still away",
    })),
    ...stay.payerPeriods.map((period) => ({
      lane: "payers" as const,
      from: period.startsOn,
      through: period.endsOn ? dayBefore(period.startsOn, period.endsOn) : (stay.dischargedOn ?? today),
      label: codeWords(period.payer),
      detail: period.endsOn ? `Until ${period.endsOn}` : "Current payer",
    })),
  ]);
}

/** The payment answer for the window: payable spans, and unpayable ones with their reason in words. */
export const coverageEvents = (person: Person<TimelineCoverageQuery>): TimelineEvent[] =>
  person.coverageExplanation.timeline.map((span) => ({
    lane: span.payable ? "payable" : "unpayable",
    from: span.from,
    through: span.through,
    label: span.payable ? "Payable" : uncoveredReasonWords[span.reason!],
    detail: `${span.reason ? `${span.reason}: ` : ""}${span.rule}`,
  }));

/** The same lanes from `levelOfCareCoverage`, for a role that may read the days but not the explanation. */
export const coverageDayEvents = (person: Person<TimelineCoverageDaysQuery>): TimelineEvent[] => [
  ...person.levelOfCareCoverage.coveredSpans.map((span) => ({
    lane: "payable" as const,
    from: span.from,
    through: span.through,
    label: "Payable",
    detail: `${codeWords(span.levelOfCareType)} (determination ${span.determinationId})`,
  })),
  ...person.levelOfCareCoverage.uncoveredSpans.map((span) => ({
    lane: "unpayable" as const,
    from: span.from,
    through: span.through,
    label: uncoveredReasonWords[span.reason],
    detail: `${span.reason} (records ${span.recordIds.join(", ") || "none"})`,
  })),
];
