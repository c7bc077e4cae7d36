import { entityLoader, groupLoader } from "@pasrr/graphql-kit/loaders";
import type { Principal } from "@pasrr/auth/principal";
import type { ScreeningsDb } from "./db.ts";
import { readLevelOneScreensByIndividual } from "./level-one-screen/level-one-screen.reads.ts";
import { readAdmissionsByIndividual, readLevelTwoRecordsByIndividual } from "./pasrr/compliance.reads.ts";

/** Level I screens, the categorical decisions on them, and the NF admissions that used them. */
const screenLoaders = (db: ScreeningsDb) => ({
  levelOneScreen: entityLoader(
    (ids) => db.levelOneScreen.findMany({ where: { id: { in: [...ids] } } }),
    (row) => row.id,
  ),
  /** Read below Prisma's row mapping: `Individual.levelOneScreens` and `pasrr` of every resident ask it (issue 20). */
  levelOneScreensByIndividual: groupLoader(
    (individualIds) => readLevelOneScreensByIndividual(db, individualIds),
    (row) => row.individualId,
  ),
  /** Who decided a requested categorical, and when (categorical/decide-categorical.action.ts). */
  categoricalDecisionsByScreen: groupLoader(
    (screenIds) => db.categoricalDecision.findMany({ where: { screenId: { in: [...screenIds] } }, orderBy: [{ decidedOn: "asc" }, { id: "asc" }] }),
    (row) => row.screenId,
  ),
  /** The NF admissions the census reported (compliance periods follow each admission); read below Prisma's row mapping (issue 20). */
  admissionsByIndividual: groupLoader(
    (individualIds) => readAdmissionsByIndividual(db, individualIds),
    (row) => row.individualId,
  ),
});

/** Level II referrals. */
const referralLoaders = (db: ScreeningsDb) => ({
  levelTwoReferral: entityLoader(
    (ids) => db.levelTwoReferral.findMany({ where: { id: { in: [...ids] } } }),
    (row) => row.id,
  ),
  referralsByScreen: groupLoader(
    (screenIds) => db.levelTwoReferral.findMany({ where: { screenId: { in: [...screenIds] } }, orderBy: [{ authority: "asc" }] }),
    (row) => row.screenId,
  ),
  referralsByIndividual: groupLoader(
    (individualIds) => db.levelTwoReferral.findMany({ where: { individualId: { in: [...individualIds] } }, orderBy: [{ referredOn: "asc" }, { id: "asc" }] }),
    (row) => row.individualId,
  ),
  /**
   * A person's Level II record for the PASRR standing: each referral with its determination and
   * that determination's appeals, joined in one statement per batch (the payment system's claim
   * batch asks the standing of thousands of people at once; levelofcare issue, item 6), read below
   * Prisma's row mapping (issue 20).
   */
  levelTwoRecordsByIndividual: groupLoader(
    (individualIds) => readLevelTwoRecordsByIndividual(db, individualIds),
    (row) => row.individualId,
  ),
  /** The referral for a provisional determination's final one. */
  referralFollowingDetermination: entityLoader(
    (determinationIds) => db.levelTwoReferral.findMany({ where: { followsDeterminationId: { in: [...determinationIds] } } }),
    (row) => row.followsDeterminationId!,
  ),
});

/** Level II determinations, their findings and the appeals of them. */
const determinationLoaders = (db: ScreeningsDb) => ({
  determinationByReferral: entityLoader(
    (referralIds) => db.levelTwoDetermination.findMany({ where: { referralId: { in: [...referralIds] } } }),
    (row) => row.referralId,
  ),
  determinationsByIndividual: groupLoader(
    (individualIds) => db.levelTwoDetermination.findMany({ where: { individualId: { in: [...individualIds] } }, orderBy: [{ determinedOn: "asc" }] }),
    (row) => row.individualId,
  ),
  appealsByDetermination: groupLoader(
    (ids) => db.appeal.findMany({ where: { determinationId: { in: [...ids] } }, orderBy: [{ filedOn: "asc" }, { id: "asc" }] }),
    (row) => row.determinationId,
  ),
  appealsByIndividual: groupLoader(
    (individualIds) => db.appeal.findMany({ where: { individualId: { in: [...individualIds] } } }),
    (row) => row.individualId,
  ),
  /** Whether a person's latest mental-illness Level II found serious mental illness as the primary diagnosis (facilities' IMD share). */
  hasPrimarySeriousMentalIllness: entityLoader(
    async (individualIds) => {
      const rows = await db.levelTwoDetermination.findMany({
        where: { individualId: { in: [...individualIds] }, seriousMentalIllnessPrimary: { not: null } },
        orderBy: [{ determinedOn: "desc" }, { recordedAt: "desc" }],
      });
      const latest = new Map<string, boolean>();
      for (const row of rows) {
        if (!latest.has(row.individualId)) latest.set(row.individualId, row.conditionConfirmed && row.seriousMentalIllnessPrimary === true);
      }
      return [...latest].map(([individualId, finding]) => ({ individualId, finding }));
    },
    (row) => row.individualId,
  ),
});

/** Notices (issue 17): of a determination, of a person, and a screen's Level I notices. */
const noticeLoaders = (db: ScreeningsDb) => ({
  noticesByDetermination: groupLoader(
    (ids) => db.pasrrNotice.findMany({ where: { determinationId: { in: [...ids] } }, orderBy: [{ recipient: "asc" }] }),
    (row) => row.determinationId,
  ),
  noticesByIndividual: groupLoader(
    (individualIds) =>
      db.pasrrNotice.findMany({ where: { individualId: { in: [...individualIds] } }, orderBy: [{ issuedOn: "desc" }, { recipient: "asc" }, { id: "asc" }] }),
    (row) => row.individualId,
  ),
  levelOneNoticesByIndividual: groupLoader(
    (individualIds) =>
      db.levelOneNotice.findMany({ where: { individualId: { in: [...individualIds] } }, orderBy: [{ issuedOn: "desc" }, { recipient: "asc" }, { id: "asc" }] }),
    (row) => row.individualId,
  ),
  levelOneNoticesByScreen: groupLoader(
    (screenIds) => db.levelOneNotice.findMany({ where: { screenId: { in: [...screenIds] } }, orderBy: [{ recipient: "asc" }] }),
    (row) => row.screenId,
  ),
});

/** The loaders of one request: every read by key goes through one of these, one query per batch. */
export function createLoaders(db: ScreeningsDb, _principal: Principal) {
  return { ...screenLoaders(db), ...referralLoaders(db), ...determinationLoaders(db), ...noticeLoaders(db) };
}
export type Loaders = ReturnType<typeof createLoaders>;
