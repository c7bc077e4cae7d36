import type { PersonEvidence } from "../matching/evidence.model.ts";
import { compareMedicaidIds, compareSsns } from "../matching/identifier-comparison.rules.ts";

/**
 * Whether two records may become one person. A merge moves the merged record's identifiers to
 * the survivor, so it may not leave a person with two SSNs or two Medicaid IDs of one state
 * (issue 3: "a match never crosses a conflicting SSN or Medicaid ID"; the same holds for people).
 */
export function mergeProblem(survivor: PersonEvidence, merged: PersonEvidence): string | undefined {
  // A number one keying error away is still another number: a reviewer ends the wrong one first.
  const differ = (agreement: string) => agreement === "CONFLICT" || agreement === "ONE_EDIT";
  if (differ(compareSsns(survivor, merged))) return "the two records carry different SSNs";
  if (differ(compareMedicaidIds(survivor, merged))) return "the two records carry different Medicaid IDs from the same state";
  return undefined;
}

/** What a merge changed, kept in its history event so that unmerging can undo exactly that. */
export interface MergeEffect {
  /** Identifiers moved from the merged record to the survivor. */
  movedIdentifierIds: string[];
  /** Records that had been merged into the merged record, now pointing at the survivor (merges stay one step deep). */
  repointedRecordIds: string[];
}

export const isMergeEffect = (value: unknown): value is MergeEffect =>
  typeof value === "object" &&
  value !== null &&
  Array.isArray((value as MergeEffect).movedIdentifierIds) &&
  Array.isArray((value as MergeEffect).repointedRecordIds);

/** An unmerge undoes the latest merge of a record, and only while nothing was stacked on top of it. */
export function unmergeProblem(
  record: { status: string; mergedIntoId: string | null },
  lastMergeSurvivorId: string | null,
  survivor: { status: string } | null,
): string | undefined {
  if (record.status !== "MERGED" || !lastMergeSurvivorId) return "the record is not merged";
  if (record.mergedIntoId !== lastMergeSurvivorId || survivor?.status !== "ACTIVE") {
    return "the survivor has since been merged into another person; unmerge that first";
  }
  return undefined;
}
