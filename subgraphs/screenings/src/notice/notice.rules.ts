import { addDays } from "@pasrr/calendar/calendar-date";
import type { LevelTwoOutcome } from "../level-two-determination/level-two-outcome.rules.ts";
import type { CurrentSetting } from "../outcome/outcome.rules.ts";
import type { Cited, PasrrPolicy, SpecializedServicesProvider } from "../policy/policy.model.ts";

const co = "co-10-ccr-2505-10-8.401-level-of-care.txt";
const il = "il-pas-mh-contractor-manual.txt";
const mn = "mn-bulletin-00-53-3-level-ii-mental-illness.txt";

export type NoticeRecipient = "PERSON" | "REPRESENTATIVE" | "ADMITTING_NURSING_FACILITY" | "DISCHARGING_HOSPITAL" | "ATTENDING_PHYSICIAN";

const hospitalSettings: CurrentSetting[] = ["HOSPITAL_INPATIENT", "EMERGENCY_ROOM", "OBSERVATION", "PSYCHIATRIC_UNIT"];

export interface PlannedRecipient {
  recipient: NoticeRecipient;
  recipientFacilityId: string | null;
}

/** Why each recipient is noticed: CO 8.401.206 E (copies of the report), IL VII.E.3.b (distribution of the Notice of Determination), MN form distribution 5. */
export const recipientSources: Record<NoticeRecipient, string> = {
  PERSON: `${co}, 8.401.206 E.1; ${il}, VII.E.3.b; ${mn}, Level II form distribution 5`,
  REPRESENTATIVE: `${co}, 8.401.206 E.1 and 8.401.193 A; ${mn}, Level II form distribution 5: "the applicant and legal representative if established"`,
  ADMITTING_NURSING_FACILITY: `${co}, 8.401.206 E.3: the admitting or retaining nursing facility; ${il}, VII.E.3.b`,
  DISCHARGING_HOSPITAL: `${co}, 8.401.206 E.5: the discharge hospital, if applicable; ${il}, VII.E.3.b`,
  ATTENDING_PHYSICIAN: `${co}, 8.401.206 E.4: the individual's attending physician`,
};

/**
 * Who receives the notice of a Level II determination: the person, the representative of record
 * when the authority names one (the hub holds no representative), the admitting NF, the
 * discharging hospital and the attending physician (CO 8.401.206 E.1–5). The screen's facility is
 * the discharging hospital when the person was screened in a hospital, otherwise the (admitting)
 * nursing facility.
 */
export function noticeRecipients(
  screen: { currentSetting: CurrentSetting | null; facilityId: string | null },
  options: { hasRepresentative: boolean; admittingFacilityId: string | null },
): PlannedRecipient[] {
  const notices: PlannedRecipient[] = [{ recipient: "PERSON", recipientFacilityId: null }];
  if (options.hasRepresentative) notices.push({ recipient: "REPRESENTATIVE", recipientFacilityId: null });
  const fromHospital = screen.currentSetting !== null && hospitalSettings.includes(screen.currentSetting);
  const admitting = options.admittingFacilityId ?? (fromHospital ? null : screen.facilityId);
  if (admitting) notices.push({ recipient: "ADMITTING_NURSING_FACILITY", recipientFacilityId: admitting });
  if (fromHospital && screen.facilityId) notices.push({ recipient: "DISCHARGING_HOSPITAL", recipientFacilityId: screen.facilityId });
  notices.push({ recipient: "ATTENDING_PHYSICIAN", recipientFacilityId: null });
  return notices;
}

/** The last day an appeal may be filed: the policy's window from the notice (IL manual, VIII: within 30 days). */
export const appealDeadline = (issuedOn: string, policy: PasrrPolicy): string => addDays(issuedOn, policy.appealDays.value);

/** IL VIII: the person or a designated representative may appeal, within the pack's window; IL VIII.B adds a second level for NF-care denials. */
export function appealRights(issuedOn: string, policy: PasrrPolicy): string {
  const first = `The person, or a representative (guardian, attorney or another person acting at the person's request), may appeal this determination in writing by ${appealDeadline(issuedOn, policy)}, ${policy.appealDays.value} calendar days from this notice.`;
  const second = policy.secondAppealDays.value;
  return second === null
    ? first
    : `${first} If an appeal about the need for nursing facility services is denied, a physician review may be asked within ${second} days of that denial.`;
}

export interface NoticedDetermination {
  determinedOn: string;
  outcome: LevelTwoOutcome;
  explanation: string;
  needsNursingFacilityServices: boolean;
  needsSpecializedServices: boolean;
  specializedServicesProvider: Cited<SpecializedServicesProvider> | null;
  recommendedServices: string[];
  approvedThrough: string | null;
}

export interface NoticeContent {
  outcome: LevelTwoOutcome;
  reasons: string[];
  services: string[];
  approvedThrough: string | null;
  appealDeadline: string;
  appealRights: string;
}
export interface PlannedNotice extends PlannedRecipient {
  /** A copy of the person's notice (a facility's, the physician's); the person's and representative's are originals. */
  copy: boolean;
  source: string;
  content: NoticeContent;
}

const providerWords: Record<SpecializedServicesProvider, string> = {
  STATE_AUTHORITY: "the state mental-health or developmental-disabilities authority provides or arranges them",
  LOCAL_MENTAL_HEALTH_AUTHORITY: "the Local Mental Health Authority provides or arranges them",
  PSYCHIATRIC_HOSPITAL: "they are inpatient psychiatric care: the person is referred to a psychiatric hospital",
};

/**
 * What each notice says: the outcome, the reasons, the services (and who provides them), the
 * approval's end and the appeal rights with their deadline (IL VII.E.3.a: an interpretation of the
 * results, the services required and "a full explanation of rights to appeal"; CO 8.401.206 D).
 * Every recipient gets the same content: CO 8.401.206 E sends copies of the one report.
 */
export function noticeContent(determination: NoticedDetermination, policy: PasrrPolicy): NoticeContent {
  const provider = determination.specializedServicesProvider;
  const reasons = [
    determination.explanation,
    determination.needsNursingFacilityServices
      ? "Needs the level of services a nursing facility provides."
      : "Does not need the level of services a nursing facility provides.",
    provider ? `Needs specialized services: ${providerWords[provider.value]}.` : "Does not need specialized services.",
  ];
  const lesser = determination.needsNursingFacilityServices
    ? "The nursing facility arranges the routine services of lesser intensity identified (MN form B.2; CO 8.401.206 D.4)."
    : "Referred for services outside a nursing facility (IL VII.D.4; MN form B.5).";
  return {
    outcome: determination.outcome,
    reasons,
    services: [...determination.recommendedServices, ...(provider ? [] : [lesser])],
    approvedThrough: determination.approvedThrough,
    appealDeadline: appealDeadline(determination.determinedOn, policy),
    appealRights: appealRights(determination.determinedOn, policy),
  };
}

/** The notices a determination issues: which recipients get which content (noticeRecipients, noticeContent). */
export function noticesFor(
  determination: NoticedDetermination & { addressees: Parameters<typeof noticeRecipients>[1]; screen: Parameters<typeof noticeRecipients>[0] },
  policy: PasrrPolicy,
): PlannedNotice[] {
  const content = noticeContent(determination, policy);
  return noticeRecipients(determination.screen, determination.addressees).map((recipient) => ({
    ...recipient,
    copy: recipient.recipient !== "PERSON" && recipient.recipient !== "REPRESENTATIVE",
    source: recipientSources[recipient.recipient],
    content,
  }));
}
