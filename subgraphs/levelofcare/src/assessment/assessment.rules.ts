import { csaResponseProblems, scoreCsa, type CsaResponses } from "./csa.rules.ts";
import { scoreUltc, ultcResponseProblems, type LevelOfCareOutcome, type UltcResponses } from "./ultc-100-2.rules.ts";

export type InstrumentResponses = { instrument: "ULTC_100_2"; responses: UltcResponses } | { instrument: "CSA"; responses: CsaResponses };

/** Problems with the answers, each naming its input field; empty when they can be scored. */
export function assessmentProblems(answers: InstrumentResponses): { field: string; problem: string }[] {
  return answers.instrument === "ULTC_100_2"
    ? ultcResponseProblems(answers.responses).map(({ area, problem }) => ({ field: `ultc100_2.${area}`, problem }))
    : csaResponseProblems(answers.responses).map(({ field, problem }) => ({ field: `csa.${field}`, problem }));
}

/** Scores the answers with their instrument's rules: NF level of care met or not, and why. */
export const assessLevelOfCare = (answers: InstrumentResponses): LevelOfCareOutcome =>
  answers.instrument === "ULTC_100_2" ? scoreUltc(answers.responses) : scoreCsa(answers.responses);
