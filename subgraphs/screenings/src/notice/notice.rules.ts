import type { CurrentSetting } from "../outcome/outcome.rules.ts";
import type { PasrrPolicy } from "../policy/policy.types.ts";
import { addCalendarDays } from "../policy/working-days.ts";

export type NoticeRecipient = "PERSON" | "REPRESENTATIVE" | "ADMITTING_NURSING_FACILITY" | "DISCHARGING_HOSPITAL";

const hospitalSettings: CurrentSetting[] = ["HOSPITAL_INPATIENT", "EMERGENCY_ROOM", "OBSERVATION", "PSYCHIATRIC_UNIT"];

export interface PlannedNotice {
  recipient: NoticeRecipient;
  recipientFacilityId: string | null;
}

/**
 * Who receives the notice of a Level II determination: the person and any representative, the
 * admitting NF and the discharging hospital (IL manual: the agent "provides a full explanation of
 * rights to appeal the PAS/MH Level II determinations"; CO 8.401.193 A: notice to the person and
 * the legal representative). The screen's facility is the discharging hospital when the person
 * was screened in a hospital, otherwise the (admitting) nursing facility.
 */
export function noticeRecipients(
  screen: { currentSetting: CurrentSetting | null; facilityId: string | null },
  options: { hasRepresentative: boolean; admittingFacilityId: string | null },
): PlannedNotice[] {
  const notices: PlannedNotice[] = [{ recipient: "PERSON", recipientFacilityId: null }];
  if (options.hasRepresentative) notices.push({ recipient: "REPRESENTATIVE", recipientFacilityId: null });
  const fromHospital = screen.currentSetting !== null && hospitalSettings.includes(screen.currentSetting);
  const admitting = options.admittingFacilityId ?? (fromHospital ? null : screen.facilityId);
  if (admitting) notices.push({ recipient: "ADMITTING_NURSING_FACILITY", recipientFacilityId: admitting });
  if (fromHospital && screen.facilityId) notices.push({ recipient: "DISCHARGING_HOSPITAL", recipientFacilityId: screen.facilityId });
  return notices;
}

/** The last day an appeal may be filed: the policy's window from the notice (IL manual, VIII: within 30 days). */
export const appealDeadline = (issuedOn: string, policy: PasrrPolicy): string => addCalendarDays(issuedOn, policy.appealDays.value);
