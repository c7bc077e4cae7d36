import { readRows } from "@pasrr/db/sql-reads/hot-read";
import { cell, rowShape, selectList } from "@pasrr/db/sql-reads/row-shape";
import { uuidList, type SqlReadClient } from "@pasrr/db/sql-reads/sql-read";
import {
  CategoricalStatus,
  CurrentSetting,
  DementiaDiagnosis,
  LevelOneOutcome,
  LevelOneReviewStatus,
  LevelTwoCategory,
  ReasonForScreening,
  RequestedDetermination,
  type LevelOneScreen,
} from "../generated/prisma/client.ts";

/** A Level I screen's row, decoded as the generated client types it. */
export const levelOneScreenRow = rowShape<LevelOneScreen>("LevelOneScreen", {
  id: cell.uuid,
  version: cell.int,
  individualId: cell.uuid,
  submittingOrganisationId: cell.text,
  screenedOn: cell.date,
  submittedAt: cell.timestamp,
  facilityId: cell.nullable(cell.uuid),
  facilityCounty: cell.nullable(cell.text),
  reasonForScreening: cell.nullable(cell.oneOf(ReasonForScreening)),
  currentSetting: cell.nullable(cell.oneOf(CurrentSetting)),
  indications: cell.nullable(cell.json),
  dementia: cell.oneOf(DementiaDiagnosis),
  dangerToSelfOrOthers: cell.boolean,
  requestedDetermination: cell.nullable(cell.oneOf(RequestedDetermination)),
  physicianCertifiedStayUnder30Days: cell.boolean,
  outcome: cell.oneOf(LevelOneOutcome),
  levelTwoCategory: cell.nullable(cell.oneOf(LevelTwoCategory)),
  categoricalType: cell.nullable(cell.oneOf(RequestedDetermination)),
  validThrough: cell.nullable(cell.date),
  outcomeRule: cell.text,
  outcomeSource: cell.text,
  outcomeExplanation: cell.text,
  policyState: cell.text,
  reviewStatus: cell.oneOf(LevelOneReviewStatus),
  reviewedOn: cell.nullable(cell.date),
  reviewedByOrganisationId: cell.nullable(cell.text),
  reviewFindings: cell.nullable(cell.text),
  returnedOn: cell.nullable(cell.date),
  receivedCompleteOn: cell.nullable(cell.date),
  categoricalStatus: cell.nullable(cell.oneOf(CategoricalStatus)),
  categoricalDueOn: cell.nullable(cell.date),
  categoricalDecidedOn: cell.nullable(cell.date),
});

const byIndividualSql = `SELECT ${selectList(levelOneScreenRow, "screen")} FROM ${levelOneScreenRow.table} AS "screen"
WHERE "screen"."individualId" = ANY($1::uuid[]) ORDER BY "screen"."screenedOn" DESC, "screen"."id" DESC`;

/**
 * The Level I screens of people, newest first: every screen, as the PASRR standing rests on all
 * of them; which the caller may see is decided per screen (canReadScreen), as before (issue 20).
 */
export const readLevelOneScreensByIndividual = (db: SqlReadClient, individualIds: readonly string[]): Promise<LevelOneScreen[]> =>
  readRows(db, { sql: byIndividualSql, args: [[...individualIds]], argTypes: [uuidList] }, levelOneScreenRow);
