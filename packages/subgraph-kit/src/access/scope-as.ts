import { forbidden } from "@pasrr/graphql-kit/errors";
import type { RequestContext } from "../context.ts";
import { accessOf, isDenied, type AccessMatrix } from "./access-matrix.ts";
import { covers, type ScopeRules } from "./scope-rules.ts";

/**
 * The records a batch field hands over, filtered exactly as another field of the same subgraph
 * filters them: the caller's cell of `coordinate` in the matrix and, when it is scoped, that
 * scope's rule for `recordType` (the one the matrix guard applies on that field). A batch field
 * that packs many people's records into one value (the claim batch) cannot be filtered by the
 * guard record by record, so it asks here, and a person's records read the same either way.
 */
export async function inScopeAs<T>(
  matrix: AccessMatrix,
  rules: ScopeRules<never>,
  coordinate: string,
  recordType: string,
  records: readonly T[],
  ctx: RequestContext,
): Promise<T[]> {
  const access = accessOf(matrix, coordinate, ctx.principal.role);
  if (isDenied(access)) throw forbidden(`${ctx.principal.role} may not use ${coordinate}`);
  if (typeof access !== "object" || !("scoped" in access)) return [...records];
  const rule = (rules as ScopeRules)[access.scoped]?.[recordType];
  if (!rule) throw new Error(`no scope rule for ${recordType} in ${access.scoped}`);
  const kept = await Promise.all(records.map((record) => covers(rule, record, ctx)));
  return records.filter((_, i) => kept[i]);
}

/**
 * `inScopeAs` for many lists at once (the claim batch's one list per person): the caller's cell is
 * looked up once for the batch instead of once per list, and a list the cell does not scope is
 * handed on without a promise per list; each record is still asked of the same rule. A batch of
 * no lists is asked nothing, as no call of `inScopeAs` would be.
 */
export async function eachInScopeAs<T>(
  matrix: AccessMatrix,
  rules: ScopeRules<never>,
  coordinate: string,
  recordType: string,
  lists: readonly (readonly T[])[],
  ctx: RequestContext,
): Promise<T[][]> {
  if (lists.length === 0) return [];
  const access = accessOf(matrix, coordinate, ctx.principal.role);
  if (isDenied(access)) throw forbidden(`${ctx.principal.role} may not use ${coordinate}`);
  if (typeof access !== "object" || !("scoped" in access)) return lists.map((records) => [...records]);
  return Promise.all(lists.map((records) => inScopeAs(matrix, rules, coordinate, recordType, records, ctx)));
}
