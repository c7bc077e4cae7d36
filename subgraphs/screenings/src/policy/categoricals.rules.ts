import type { CategoricalCondition, CategoricalPolicy, CategoricalType, Cited } from "./policy.model.ts";

/**
 * Categorical determinations, state by state: which exist, where each may come from, who decides
 * them and by when. The filer only asks; the authority named here decides (categorical.rules.ts).
 */

const readme = "domain/README.md";
const oh = "oh-coa-pre-admission-review.txt";
const co = "co-10-ccr-2505-10-8.401-level-of-care.txt";
const il = "il-pas-mh-contractor-manual.txt";
const mn = "mn-bulletin-00-53-3-level-ii-mental-illness.txt";

const anySetting = (source: string): Cited<null> => ({ value: null, source });
const notOffered = (source: string): Partial<CategoricalCondition> => ({ offered: { value: false, source } });
const reviewAtEnd: Cited<"RESIDENT_REVIEW"> = { value: "RESIDENT_REVIEW", source: `${readme}, step 4: a Resident Review when a time-limited approval expires` };
const baseline = (listed: string): CategoricalCondition => ({
  offered: { value: true, source: `${readme}, step 2: ${listed}` },
  from: anySetting(`${readme}, step 2: no setting named`),
  physicianCertification: { value: false, source: `${readme}, step 2: no written certification named` },
  followUp: reviewAtEnd,
});

/** The federal baseline: the seven categoricals of the README, decided by the Level II authorities. */
export const federalCategoricals: CategoricalPolicy = {
  decidedBy: {
    rule: "FED-CATEGORICAL-LEVEL-II-AUTHORITY",
    // MN bulletin, Level II instructions #3: "Categorical determinations represent the action of the LMHA in those
    // situations where under federal guidelines the Level II evaluation is either not required or not possible".
    MI: {
      value: ["MH_AUTHORITY"],
      source: `${readme}, step 3: the state mental-health authority for SMI; ${mn}, Level II instructions #3: a categorical is the action of the mental health authority`,
    },
    DD: { value: ["DD_AUTHORITY"], source: `${readme}, step 3: the state DD authority for ID/DD` },
    DUAL: { value: ["MH_AUTHORITY", "DD_AUTHORITY"], source: `${readme}, step 3: both for dual cases` },
  },
  decisionDue: {
    value: { amount: 9, unit: "WORKING_DAYS" },
    source: `no seed gives a federal time to decide a categorical; it is the Level II authority's abbreviated determination, so the Level II time frame applies (${mn}, Level II form section A: 7-9 working days)`,
  },
  types: {
    TERMINAL_ILLNESS: baseline("terminal illness"),
    SEVERE_PHYSICAL_ILLNESS: baseline("severe physical illness"),
    DELIRIUM: baseline("delirium (provisional, until it clears)"),
    EMERGENCY: baseline("emergency (7 days)"),
    RESPITE: baseline("respite (time-limited)"),
    CONVALESCENT: {
      ...baseline("convalescent stay"),
      from: {
        value: ["HOSPITAL_INPATIENT"],
        source: `${readme}, step 2: inpatient (not ER, not observation, not psychiatric unit); ${co}, 8.401.192 B.3.a: a discharge from an acute care hospital`,
      },
    },
    PRIMARY_DEMENTIA: baseline("primary dementia"),
  },
};

/** A state's changes to the baseline: only what its seed says differently. */
export interface CategoricalOverride {
  decidedBy?: Partial<CategoricalPolicy["decidedBy"]>;
  decisionDue?: CategoricalPolicy["decisionDue"];
  types?: Partial<Record<CategoricalType, Partial<CategoricalCondition>>>;
}

export function withCategoricals(base: CategoricalPolicy, override: CategoricalOverride = {}): CategoricalPolicy {
  const types = Object.fromEntries(
    Object.entries(base.types).map(([type, condition]) => [type, { ...condition, ...override.types?.[type as CategoricalType] }]),
  ) as CategoricalPolicy["types"];
  return { decidedBy: { ...base.decidedBy, ...override.decidedBy }, decisionDue: override.decisionDue ?? base.decisionDue, types };
}

const coList = `${co}, 8.401.192 B: Colorado's categoricals are primary dementia, terminal illness, convalescent care and severe illness (B.5: an emergency hold supersedes PASRR)`;
const ohList = `${oh}: the guide names emergency and respite stays "approved through OMHAS and/or DODD" and the Hospital (Convalescent) Exemption; no other categorical`;
const ilList = `${il}, IV.F–H: exempt primary dementia, categorically eligible terminal illness, severe physical illness and convalescent care, provisional admission in delirium; no emergency or respite`;
const mnLevelTwo = `${mn}, Definitions, Categorical determinations: referral to an independent mental health professional when the stay is expected to exceed the time limits`;

export const stateCategoricals: Record<"OH" | "CO" | "IL" | "MN", CategoricalOverride> = {
  OH: {
    decidedBy: {
      rule: "OH-CATEGORICAL-STATE-AUTHORITY",
      MI: {
        value: ["MH_AUTHORITY"],
        source: `${oh}, "When does a PAS expire": a PAS "approved through OMHAS and/or DODD for a respite stay" or an emergency stay`,
      },
      DD: { value: ["DD_AUTHORITY"], source: `${oh}, "When does a PAS expire": approved through OMHAS and/or DODD` },
      DUAL: {
        value: ["MH_AUTHORITY", "DD_AUTHORITY"],
        source: `${oh}, PAS effective date: with a Further Review through both OMHAS and DODD, effective the date the second state authority made its determination`,
      },
    },
    types: {
      CONVALESCENT: notOffered(`${oh}, "Hospital Exemption may also be referred to as Convalescent Exemption": ask for HOSPITAL_EXEMPTION`),
      TERMINAL_ILLNESS: notOffered(ohList),
      SEVERE_PHYSICAL_ILLNESS: notOffered(ohList),
      DELIRIUM: notOffered(ohList),
      PRIMARY_DEMENTIA: notOffered(ohList),
      EMERGENCY: { followUp: { value: "RESIDENT_REVIEW", source: `${oh}, Resident Review code #4: Expired Time Limit for Emergency Admission` } },
      RESPITE: { followUp: { value: "RESIDENT_REVIEW", source: `${oh}, Resident Review code #5: Expired Time Limit for Respite Admission` } },
    },
  },
  CO: {
    decidedBy: {
      rule: "CO-CATEGORICAL-URC-DECIDES",
      // 8.401.186 A: the URC's process is the Level of Care review, the Level I verification, "A Categorical
      // determination, if appropriate" and the Level II referral — the work the hub gives the PAA role.
      MI: {
        value: ["PAA"],
        source: `${co}, 8.401.192: a Level II "unless one or more of the following is determined by the Utilization Review Contractor"; 8.401.186 A.3`,
      },
      DD: { value: ["PAA"], source: `${co}, 8.401.192 and 8.401.186 A.3: the Utilization Review Contractor` },
      DUAL: { value: ["PAA"], source: `${co}, 8.401.192 and 8.401.186 A.3: the Utilization Review Contractor` },
    },
    types: {
      EMERGENCY: notOffered(coList),
      RESPITE: notOffered(coList),
      DELIRIUM: notOffered(coList),
      CONVALESCENT: {
        from: {
          value: ["HOSPITAL_INPATIENT"],
          source: `${co}, 8.401.192 B.3.a: a discharge from an acute care hospital, for a medical or surgical condition that required hospitalization`,
        },
        followUp: {
          value: "LEVEL_II_REFERRAL",
          source: `${co}, 8.401.192 B.3.b.1: a referral for a Level II evaluation if the individual remains longer than 60 days`,
        },
      },
    },
  },
  IL: {
    decidedBy: {
      rule: "IL-CATEGORICAL-AGENT-DECIDES",
      MI: {
        value: ["MH_AUTHORITY"],
        source: `${il}, IV.G: the PAS/MH agent reviews the materials when the referral source doubts which condition is primary; IV.D: its desk review makes the Level I determination`,
      },
      DD: { value: ["DD_AUTHORITY"], source: `${il}, IV.D.3: a person suspected of a developmental disability goes to the PAS/DD screener` },
      DUAL: { value: ["DD_AUTHORITY", "MH_AUTHORITY"], source: `${il}, IV.D.3: the PAS/DD assessment is completed before the mental health PAS screen` },
    },
    decisionDue: { value: { amount: 3, unit: "WORKING_DAYS" }, source: `${il}, III.D.2: determination made no later than three business days` },
    types: {
      EMERGENCY: notOffered(ilList),
      RESPITE: notOffered(ilList),
      CONVALESCENT: {
        from: {
          value: ["HOSPITAL_INPATIENT"],
          source: `${il}, IV.G.3: discharged from a non-psychiatric acute hospital inpatient stay for a medically prescribed period of recovery`,
        },
        followUp: {
          value: "LEVEL_II_REFERRAL",
          source: `${il}, IV.G.3: if a longer stay is required, the NF refers the client for additional PAS/MH assessments`,
        },
      },
      DELIRIUM: { followUp: { value: "LEVEL_II_REFERRAL", source: `${il}, IV.H note: a Level II assessment by the 40th day of stay` } },
    },
  },
  MN: {
    decidedBy: {
      rule: "MN-CATEGORICAL-LMHA-DECIDES",
      MI: {
        value: ["MH_AUTHORITY"],
        source: `${mn}, Definitions, Categorical determinations: admission without further evaluation "if the LMHA determines" a categorical`,
      },
      DUAL: {
        value: ["MH_AUTHORITY", "DD_AUTHORITY"],
        source: `${mn}, Level I screen: with a dual diagnosis the LMHA and mental retardation authority must both be notified`,
      },
    },
    decisionDue: {
      value: { amount: 9, unit: "WORKING_DAYS" },
      source: `${mn}, Level II form section A: within 7-9 working days and prior to admission (the categorical is section B.3 of the same form)`,
    },
    types: {
      PRIMARY_DEMENTIA: notOffered(
        `${mn}, Level II form section B.3 lists convalescent care, terminal illness, severe physical illness, respite, brief emergency and delirium; a primary dementia is no mental illness (B.1)`,
      ),
      CONVALESCENT: {
        from: { value: ["HOSPITAL_INPATIENT"], source: `${mn}, Definitions, Convalescent Care: admission must directly follow inpatient care` },
        physicianCertification: {
          value: true,
          source: `${mn}, Definitions, Convalescent Care: ordered by the treating physician in writing with an estimated length of stay less than 30 days`,
        },
        followUp: { value: "LEVEL_II_REFERRAL", source: mnLevelTwo },
      },
      EMERGENCY: {
        // The nature of the emergency is not recorded; coming from a psychiatric unit is the fact the hub holds.
        from: {
          value: ["HOSPITAL_INPATIENT", "EMERGENCY_ROOM", "OBSERVATION", "COMMUNITY", "NURSING_FACILITY", "OUT_OF_STATE"],
          source: `${mn}, Level II form section B.3.e: Brief Emergency Stay--excluding psychiatric emergencies`,
        },
        followUp: { value: "LEVEL_II_REFERRAL", source: `${mn}, Definitions, Brief Emergency Stay: if indicated, a Level II evaluation must be completed` },
      },
      RESPITE: { followUp: { value: "LEVEL_II_REFERRAL", source: mnLevelTwo } },
    },
  },
};
