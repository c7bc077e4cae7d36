import type { LevelTwoAuthority, PlannedReferral } from "../level-two-referral/level-two-referral.rules.ts";
import type { Outcome } from "../outcome/outcome.rules.ts";

const co = "co-10-ccr-2505-10-8.401-level-of-care.txt";

/** CO 8.401.193 C: "The Level I findings are not an appealable action." */
export const levelOneNotAppealable = `The Level I findings are not an appealable action (${co}, 8.401.193 C). The Level II determination that follows is noticed with its own appeal rights.`;

export interface PlannedLevelOneNotice {
  recipient: "PERSON" | "REPRESENTATIVE";
  issuedOn: string;
  findings: string;
  referredTo: LevelTwoAuthority[];
  levelTwoDueOn: string;
  appealRights: string;
}

/**
 * CO 8.401.193 A–B: "The designated agencies completing the Level I screen shall send a written
 * notice to the individual or resident and to his or her legal representative stating the Level I
 * findings", and the notice "shall be required if the Level I findings result in a referral for a
 * Level II evaluation". Issued when the referrals are made, to the person and, when the filer
 * names one, the representative of record (the hub holds no representative). The findings carry
 * no appeal rights (8.401.193 C). CO is the seed that says it; the hub notices under every pack,
 * as the federal rule CO restates (42 CFR 483.128(a), not among the seeds) asks of every state.
 */
export function levelOneNoticesFor(
  screen: { outcome: Outcome; explanation: string },
  referrals: PlannedReferral[],
  hasRepresentative: boolean,
): PlannedLevelOneNotice[] {
  if (screen.outcome !== "LEVEL_II_REQUIRED" || referrals.length === 0) return [];
  const content = {
    issuedOn: referrals.map((r) => r.referredOn).sort()[0]!,
    findings: screen.explanation,
    referredTo: referrals.map((r) => r.authority),
    levelTwoDueOn: referrals
      .map((r) => r.dueOn)
      .sort()
      .at(-1)!,
    appealRights: levelOneNotAppealable,
  };
  const recipients: PlannedLevelOneNotice["recipient"][] = hasRepresentative ? ["PERSON", "REPRESENTATIVE"] : ["PERSON"];
  return recipients.map((recipient) => ({ recipient, ...content }));
}
