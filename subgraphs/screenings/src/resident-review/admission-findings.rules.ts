import { lastDayOf } from "../policy/working-days.rules.ts";
import type { PasrrPolicy } from "../policy/policy.model.ts";

/** What the hub holds about a person on the day a NF reports their admission. */
export interface AdmissionRecords {
  /** Every Level I on file (merged records included). */
  screens: readonly { id: string; screenedOn: string }[];
  /** The latest Level I needs a Level II that is not yet determined. */
  levelTwoOpen: boolean;
  /** Who the census says pays for the admission day; null when the census has no payer for it. */
  payer: string | null;
  /** A new admission (no earlier admission used the PAS), of a person a mental-health Level II assessed. */
  initialWithMentalHealthLevelTwo?: boolean;
}

export interface AdmissionFinding {
  reason: "LEVEL_I_AFTER_ADMISSION" | "LEVEL_II_OPEN_AT_ADMISSION" | "INITIAL_ADMISSION_REVIEW";
  dueOn: string;
  source: string;
  /** A finding about a step already done late: the screen that did it, and when. */
  completedBy: { screenId: string; on: string } | null;
}

/** Medicaid pays in full or as a co-payer (census payers). */
const medicaidPayers: readonly string[] = ["MEDICAID", "MEDICAID_COPAY"];

/** Whether the finding on an open Level II depends on who pays (CO 8.401.183 C), so the census payer must be asked. */
export const payerMatters = (policy: Pick<PasrrPolicy, "levelTwoBeforeAdmission">, levelTwoOpen: boolean): boolean =>
  levelTwoOpen && policy.levelTwoBeforeAdmission.value === "NON_MEDICAID";

/**
 * The pre-admission steps an admission shows were not done before it, each a finding due on the
 * day of admission (so overdue from the next day while it stays open):
 * - the Level I: every screen on file is dated after the admission (MN bulletin: "A Level I
 *   screening must be completed prior to admission for all referrals"). The late screen already
 *   exists, so the finding is recorded as done by it, late: the record of the breach stays.
 *   (No screen at all is the admission finding reviewDueFor raises, ADMITTED_WITHOUT_PASRR.)
 * - the Level II: the latest screen's Level II is still open (CO 8.401.183 C: people other than
 *   Medicaid recipients "shall have the Level II evaluation prior to admission"; IL V.B.1, MN and
 *   OH: everyone). It stays open until the determination is recorded.
 * With NON_MEDICAID and no census payer for the day the hub cannot tell, and finds nothing.
 */
export function admissionFindings(
  admittedOn: string,
  records: AdmissionRecords,
  policy: Pick<PasrrPolicy, "levelOneBeforeAdmission" | "levelTwoBeforeAdmission" | "initialAdmissionReview">,
): AdmissionFinding[] {
  const findings: AdmissionFinding[] = [];
  const first = [...records.screens].sort((a, b) => a.screenedOn.localeCompare(b.screenedOn))[0];
  if (policy.levelOneBeforeAdmission.value && first && first.screenedOn > admittedOn) {
    findings.push({
      reason: "LEVEL_I_AFTER_ADMISSION",
      dueOn: admittedOn,
      source: policy.levelOneBeforeAdmission.source,
      completedBy: { screenId: first.id, on: first.screenedOn },
    });
  }
  const rule = policy.levelTwoBeforeAdmission;
  const payerSubject = rule.value === "ALL_PAYERS" || (records.payer !== null && !medicaidPayers.includes(records.payer));
  if (records.levelTwoOpen && payerSubject) {
    findings.push({ reason: "LEVEL_II_OPEN_AT_ADMISSION", dueOn: admittedOn, source: rule.source, completedBy: null });
  }
  // IL IX.A.1: a new admission's Resident Review falls due before the 60th day of stay (the admission day is day 1).
  const initial = policy.initialAdmissionReview;
  if (initial.value && records.initialWithMentalHealthLevelTwo) {
    findings.push({ reason: "INITIAL_ADMISSION_REVIEW", dueOn: lastDayOf(admittedOn, initial.value.beforeDay - 1), source: initial.source, completedBy: null });
  }
  return findings;
}
