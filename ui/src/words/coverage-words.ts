import type { PasrrComplianceReason, UncoveredReason } from "../gql/graphql.ts";

/**
 * The payment gate's reason codes in words, one lookup for every page (the person's timeline, the
 * claim CSV). Each sentence restates the enum's description in the API schema (`UncoveredReason`,
 * `PasrrComplianceReason`), which cites the seed and section the rule comes from; a code the
 * schema adds fails the build here until it has its words.
 */
export const uncoveredReasonWords: Record<UncoveredReason, string> = {
  NOT_AT_FACILITY: "Not at the facility asked about on these days (census stays).",
  NOT_MEDICAID_ELIGIBLE: "Not Medicaid's days: private pay on the census payer record (CO 8.401.02, .03).",
  ADVERSE_LEVEL_II_NO_NF_NEED: "A Level II found no need for nursing facility services (CO 8.401.202 D, .207 B.1; IL VII.D.4).",
  ADVERSE_LEVEL_II_SPECIALIZED_SERVICES: "A Level II found specialized services the facility cannot give (CO 8.401.207 C, D; IL VII.D.1).",
  ADVERSE_LEVEL_II_APPEAL_PENDING: "An adverse Level II is under appeal and stands until final agency action (CO 8.401.204; IL VIII).",
  NOT_REQUIRED_BED_HOLD: "No Level of Care needed: bed-hold days (OH COA guide, Level of Care).",
  BED_HOLD_LIMIT_REACHED: "The year's bed-hold days are used up: a Level of Care is needed again (OH COA guide, hospitalization).",
  NOT_REQUIRED_HOSPICE: "No Level of Care needed while enrolled with hospice (OH COA guide, Level of Care).",
  NOT_REQUIRED_MEDICAID_COPAY: "No Level of Care needed: Medicaid only a co-payer (OH COA guide, Level of Care).",
  MANAGED_CARE_PLAN_DECIDES: "A managed care plan decides and pays these days (OH COA guide, Medicaid managed care plans).",
  PASRR_MISSING: "No Level I, exemption or categorical on file (OAC 5160-3-15.1; CO 8.401.183 A).",
  PAS_INCOMPLETE: "The PAA returned the screen incomplete (OH COA guide, PAS effective date).",
  LEVEL_II_PENDING: "A Level II is required and not yet determined (OH COA guide; CO 8.401.183 B).",
  EXEMPTION_EXPIRED: "An exemption, categorical or time-limited Level II ended without a Resident Review (OH COA guide, Hospital Exemption).",
  LOC_BEFORE_PASRR_MET: "Level of Care in force, but PASRR was met only later: paid from the PASRR-met date (OH COA guide; 42 CFR 483.122).",
  NEW_LOC_REQUIRED_AFTER_HOSPICE: "A new Level of Care is needed after leaving hospice (OH COA guide, Level of Care).",
  DENIED: "The latest Level of Care determination for these days denied it.",
  SUPERSEDED: "The approval that held these days was superseded by one that does not cover them.",
  NOT_YET_EFFECTIVE: "An approval exists, but it takes effect after these days.",
  EXPIRED: "The approval ended and no renewal covers these days (CT newsletters: renewals).",
  NO_DETERMINATION: "No Level of Care determination applies (OH COA guide: a LOC is needed for Medicaid payment).",
};

/** Why a person's PASRR standing on a day is what it is (screenings' compliance rules). */
export const complianceReasonWords: Record<PasrrComplianceReason, string> = {
  PASRR_MET: "PASRR requirements met and in force.",
  PASRR_MISSING: "No Level I, exemption or categorical on file.",
  PAS_INCOMPLETE: "The PAA returned the screen incomplete.",
  LEVEL_II_PENDING: "A Level II is required and not yet determined.",
  ADVERSE_LEVEL_II_NO_NF_NEED: "A Level II found no need for nursing facility services.",
  ADVERSE_LEVEL_II_SPECIALIZED_SERVICES: "A Level II found specialized services the facility cannot give.",
  ADVERSE_LEVEL_II_APPEAL_PENDING: "An adverse Level II is under appeal.",
  EXEMPTION_EXPIRED: "A time-limited exemption, categorical or Level II ended without a Resident Review.",
};

/** An enum value as words when no sentence is needed: `ALLOWED_TIME_LIMITED` → "allowed time limited". */
export const codeWords = (code: string): string =>
  code
    .toLowerCase()
    .replaceAll("_", " ")
    .replace(/\b(ii?|nf|mh|dd|loc|pasrr|icf iid)\b/g, (word) => word.toUpperCase());
