import { registerEnumType } from "type-graphql";
import {
  ApprovalPeriod,
  AppealStatus,
  CategoricalDecisionOutcome,
  CategoricalStatus,
  CurrentSetting,
  DementiaDiagnosis,
  LevelOneOutcome,
  LevelOneReviewStatus,
  LevelTwoAuthority,
  LevelTwoCategory,
  NoticeRecipient,
  ReasonForScreening,
  ReferralStatus,
  RequestedDetermination,
  ResidentReviewReason,
} from "./generated/prisma/enums.ts";
import { LevelTwoOutcome, SpecializedServicesProvider } from "./generated/prisma/enums.ts";

/** The GraphQL enums are the stored enums (one source of truth), each value described for partners. */
registerEnumType(ReasonForScreening, {
  name: "ReasonForScreening",
  description: 'Why the Level I was filed (CT AssessmentPro newsletters, "Reasons for Screening").',
  valuesConfig: {
    NF_APPLICANT_FROM_HOSPITAL: { description: "Nursing facility applicant, now in a hospital." },
    NF_APPLICANT_FROM_COMMUNITY: { description: "Nursing facility applicant, now in the community." },
    RESIDENT_SIGNIFICANT_CHANGE: { description: "A resident with a significant change in status (report within 14 days, CT)." },
    EXPIRING_SHORT_TERM_APPROVAL: { description: "A resident whose short-term approval (exemption, categorical) is expiring or has expired." },
    RESIDENT_NEVER_SCREENED: { description: "A resident who has never had a Level I screen." },
    RESIDENT_SIGNS_OF_PASRR_CONDITION: { description: "A resident never evaluated at Level II who now shows signs of a PASRR condition." },
    NF_TRANSFER_NO_PASRR_RECORDS: { description: "A transfer between nursing facilities with no PASRR records (OH guide)." },
    RESIDENT_IN_PSYCHIATRIC_HOSPITAL: { description: "A resident currently in a psychiatric hospital or unit." },
  },
});
registerEnumType(CurrentSetting, {
  name: "CurrentSetting",
  description: "Where the person is when screened.",
  valuesConfig: {
    HOSPITAL_INPATIENT: { description: "An acute hospital inpatient stay (the only setting a hospital exemption may come from)." },
    EMERGENCY_ROOM: { description: "A hospital emergency room." },
    OBSERVATION: { description: "Hospital observation status (not an inpatient stay)." },
    PSYCHIATRIC_UNIT: { description: "A psychiatric hospital or unit." },
    COMMUNITY: { description: "At home or elsewhere in the community." },
    NURSING_FACILITY: { description: "A nursing facility." },
    OUT_OF_STATE: { description: "Outside the state." },
  },
});
registerEnumType(DementiaDiagnosis, {
  name: "DementiaDiagnosis",
  description: "Whether dementia is diagnosed, and as the primary or a secondary diagnosis.",
  valuesConfig: {
    NONE: { description: "No dementia diagnosis." },
    PRIMARY: { description: "Dementia is the primary diagnosis." },
    SECONDARY: { description: "Dementia is a secondary diagnosis." },
  },
});
registerEnumType(RequestedDetermination, {
  name: "RequestedDetermination",
  description: "An exemption or categorical determination a Level I may ask for (CO 8.401.192 B; MN bulletin 00-53-3).",
  valuesConfig: {
    HOSPITAL_EXEMPTION: { description: "Exempted hospital discharge: from an inpatient stay, physician-certified stay under 30 days." },
    TERMINAL_ILLNESS: { description: "Terminal illness: physician documents less than six months to live." },
    SEVERE_PHYSICAL_ILLNESS: { description: "Severe physical illness: comatose, ventilator dependent, vegetative state." },
    DELIRIUM: { description: "Delirium: provisional, until it clears." },
    EMERGENCY: { description: "Brief emergency stay (excluding psychiatric emergencies)." },
    RESPITE: { description: "Respite stay, time-limited by state policy." },
    CONVALESCENT: { description: "Convalescent care after a hospital stay, time-limited by state policy." },
    PRIMARY_DEMENTIA: { description: "Primary diagnosis of dementia." },
  },
});
registerEnumType(LevelOneOutcome, {
  name: "LevelOneOutcome",
  description: "What a Level I screen decided, under the state's policy.",
  valuesConfig: {
    NO_INDICATIONS: { description: "No indications of SMI or ID/DD: admission may proceed." },
    EXEMPT_HOSPITAL_DISCHARGE: { description: "Exempted hospital discharge; a Resident Review is due when it expires." },
    CATEGORICAL_REQUESTED: {
      description:
        "A categorical determination was asked for; the authority the state names decides it (CO 8.401.192: the Utilization Review Contractor; MN: the LMHA; OH: OhioMHAS and/or DODD). PASRR is not met until it is granted (then CATEGORICAL); a denial makes it LEVEL_II_REQUIRED with referrals.",
    },
    CATEGORICAL: { description: "A categorical determination granted by its authority, possibly time-limited from the day it was granted." },
    LEVEL_II_REQUIRED: { description: "A Level II evaluation is required; referrals were made." },
  },
});
registerEnumType(LevelTwoCategory, {
  name: "LevelTwoCategory",
  description: "Which indications were found.",
  valuesConfig: {
    MI: { description: "Serious mental illness." },
    DD: { description: "Intellectual/developmental disability or a related condition." },
    DUAL: { description: "Both." },
  },
});
registerEnumType(LevelTwoAuthority, {
  name: "LevelTwoAuthority",
  description: "The authority a Level II referral is routed to.",
  valuesConfig: {
    MH: { description: "The state mental-health authority (or its vendor)." },
    DD: { description: "The state developmental-disabilities authority." },
  },
});
registerEnumType(ReferralStatus, {
  name: "ReferralStatus",
  description: "Where a Level II referral stands.",
  valuesConfig: { OPEN: { description: "Awaiting the authority's determination." }, DETERMINED: { description: "The authority has determined it; closed." } },
});
registerEnumType(ApprovalPeriod, {
  name: "ApprovalPeriod",
  description: "How long a Level II approval lasts.",
  valuesConfig: { ONGOING: { description: "No end date." }, TIME_LIMITED: { description: "Until `approvedThrough`; a Resident Review is due then." } },
});
registerEnumType(NoticeRecipient, {
  name: "NoticeRecipient",
  description: "Who a determination notice goes to.",
  valuesConfig: {
    PERSON: { description: "The person evaluated." },
    REPRESENTATIVE: { description: "The person's legal representative." },
    ADMITTING_NURSING_FACILITY: { description: "The admitting or current nursing facility." },
    DISCHARGING_HOSPITAL: { description: "The discharging hospital." },
    ATTENDING_PHYSICIAN: {
      description:
        "The person's attending physician, sent a copy (CO 8.401.206 E.4); the hub holds no physician, so the copy is addressed to the attending physician of record.",
    },
  },
});
registerEnumType(AppealStatus, {
  name: "AppealStatus",
  description: "Where an appeal stands.",
  valuesConfig: {
    PENDING: { description: "Filed, not yet decided." },
    UPHELD: { description: "The determination stands." },
    OVERTURNED: { description: "The state agency overturned the determination." },
  },
});
registerEnumType(ResidentReviewReason, {
  name: "ResidentReviewReason",
  description: "Why a Resident Review is due.",
  valuesConfig: {
    HOSPITAL_EXEMPTION_EXPIRING: { description: "A hospital exemption expires (day 30)." },
    TIME_LIMITED_APPROVAL_EXPIRING: { description: "A time-limited categorical (emergency, respite, convalescent, delirium) expires." },
    SIGNIFICANT_CHANGE: { description: "A significant change in the resident's condition." },
    NF_TRANSFER_NO_PASRR_RECORDS: { description: "A transfer between NFs without PASRR records." },
    PAS_NOT_USED_WITHIN_VALIDITY: { description: "Admitted after the PAS's validity (180 days in OH) ran out." },
    PAS_ALREADY_USED: { description: "Re-admitted on a PAS an earlier NF admission already used; a PAS is good for one admission (OH guide)." },
    ADMITTED_WITHOUT_PASRR: {
      description:
        'Admitted with no Level I, exemption or categorical on file: a compliance finding for the NF and the PAA; the PAS (or Resident Review) is due at once and overdue the next day, and the days are unpayable until met (OH guide, "What should a NF do if there was no Pre-Admission screening?", OAC 5160-3-15.1(B)(7); CO 8.401.183 A; MN bulletin 00-53-3).',
    },
    LEVEL_II_APPROVAL_EXPIRING: {
      description:
        "A time-limited Level II approval ends: the subsequent screen is due the state's lead time before its last day (CT newsletters: no later than 7-10 days prior), else on it.",
    },
    RETURNED_FROM_PSYCHIATRIC_HOSPITAL: {
      description: "Back from a psychiatric hospital without a Level II: the status change is due (CT newsletters: within 14 days).",
    },
    LEVEL_I_AFTER_ADMISSION: {
      description:
        "Finding: the Level I on file is dated after the admission (MN bulletin 00-53-3: completed prior to admission for all referrals); recorded as done, late, by that screen.",
    },
    INITIAL_ADMISSION_REVIEW: {
      description: "A new admission of a person with a PAS/MH Level II: a Resident Review after the 30th and before the 60th day of stay (IL manual IX.A.1).",
    },
    LEVEL_II_OPEN_AT_ADMISSION: {
      description:
        "Finding: admitted while the Level II was still open (CO 8.401.183 C for people not on Medicaid; elsewhere everyone); due on the day of admission, done when the determination is recorded.",
    },
  },
});

registerEnumType(CategoricalStatus, {
  name: "CategoricalStatus",
  description: "Where a requested categorical determination stands (categorical.rules.ts).",
  valuesConfig: {
    REQUESTED: { description: "Asked for on the Level I; awaiting the deciding authority. PASRR is not met meanwhile (like a pending Level II)." },
    GRANTED: { description: "Every deciding authority granted it; valid from the day the last one did." },
    DENIED: { description: "A deciding authority denied it; the Level II referral it opened decides." },
  },
});
registerEnumType(CategoricalDecisionOutcome, {
  name: "CategoricalDecisionOutcome",
  description: "What a deciding authority decides on a requested categorical.",
  valuesConfig: {
    GRANTED: { description: "The person meets the categorical: admission without a full Level II evaluation, for its time limit if any." },
    DENIED: { description: "The person does not meet it: a Level II evaluation is needed, and the referral is opened." },
  },
});

registerEnumType(LevelOneReviewStatus, {
  name: "LevelOneReviewStatus",
  description: "Where a Level I stands in the PAA's review (OH guide, PAS Review Results letter; IL manual, IV: desk review of the Level I).",
  valuesConfig: {
    NOT_REVIEWED: { description: "Filed, not yet reviewed by a PAA." },
    CONFIRMED: { description: "The PAA processed the screen and issued its review results: the screen stands as filed." },
    RETURNED_INCOMPLETE: { description: "The PAA found the screen incomplete or invalid and returned it with its findings, to be completed." },
  },
});

// Level II outcomes (issue 17): level-two-determination/level-two-outcome.rules.ts.
registerEnumType(LevelTwoOutcome, {
  name: "LevelTwoOutcome",
  description: "What a Level II determination allows, derived from its facts under the state's policy.",
  valuesConfig: {
    ADMISSION_ALLOWED: {
      description: 'NF services needed: admission allowed with no end date (CO 8.401.207 A.3; IL VII.C "Indefinite Stay"; MN form B.2, B.6).',
    },
    ALLOWED_TIME_LIMITED: {
      description: 'Admission allowed through `approvedThrough`; a Resident Review is due then (IL VII.C "Time Limited", about six months).',
    },
    PROVISIONAL: {
      description: "Provisional admission while the diagnostic assessment is done; a final determination follows by `approvedThrough` (MN form B.4).",
    },
    DENIED: { description: "NF services not needed: admission denied, other services referred (CO 8.401.207 B.1; IL VII.D.4; MN form B.5)." },
  },
});
registerEnumType(SpecializedServicesProvider, {
  name: "SpecializedServicesProvider",
  description: "Who provides or arranges the specialized services a Level II found needed, by the state's policy.",
  valuesConfig: {
    STATE_AUTHORITY: {
      description:
        "The state mental-health or developmental-disabilities authority provides or arranges them (CO 8.401.207 A.3.b; community mental health centers and community centered boards, 8.401.211 A).",
    },
    LOCAL_MENTAL_HEALTH_AUTHORITY: { description: "The Local Mental Health Authority arranges and/or provides them (MN bulletin 00-53-3, form B.6)." },
    PSYCHIATRIC_HOSPITAL: {
      description: "Inpatient psychiatric care: referred to a psychiatric hospital or unit, not admitted to a NF until treated (IL VII.D.1; CO 8.401.207 D).",
    },
  },
});

export { LevelTwoOutcome, SpecializedServicesProvider };
export {
  ApprovalPeriod,
  AppealStatus,
  CategoricalDecisionOutcome,
  CategoricalStatus,
  CurrentSetting,
  DementiaDiagnosis,
  LevelOneOutcome,
  LevelOneReviewStatus,
  LevelTwoAuthority,
  LevelTwoCategory,
  NoticeRecipient,
  ReasonForScreening,
  ReferralStatus,
  RequestedDetermination,
  ResidentReviewReason,
};
