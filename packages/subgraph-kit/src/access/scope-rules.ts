import type { RequestContext } from "../context.ts";
import type { AccessScope } from "./access-matrix.ts";

/**
 * A scope rule: how one subgraph decides that one kind of record lies within a caller's scope
 * (architecture.md, "Trust boundary": authority is decided from records the hub holds — the
 * facility registry, stays, submissions, referral assignments — never from what the request says).
 *
 * The matrix guard (matrix-guard.ts) calls the rule for every `scoped` cell, so no resolver can
 * forget it: a root query's records and a nested field's records are checked as they leave, a
 * nested leaf by its parent record, a mutation by its arguments before the resolver runs.
 */
export interface ScopeRule<Ctx extends RequestContext = RequestContext> {
  /** The record fact the scope is decided from, in words: rendered beside every scoped cell. */
  decidedFrom: string;
  /** Whether the record (or, for a mutation, its arguments) lies within the caller's scope. */
  covers(record: never, ctx: Ctx): boolean | Promise<boolean>;
}

/**
 * A subgraph's scope rules: scope → the record's GraphQL type name (or `Mutation.<field>` for a
 * write) → its rule. A scoped cell whose record has no rule here fails the schema build.
 */
export type ScopeRules<Ctx extends RequestContext = RequestContext> = Partial<Record<AccessScope, Record<string, ScopeRule<Ctx>>>>;

/** Declares a rule with its record type, so `covers` reads the record's own fields without casts at the call site. */
export const scopeRule = <Row, Ctx extends RequestContext = RequestContext>(
  decidedFrom: string,
  covers: (record: Row, ctx: Ctx) => boolean | Promise<boolean>,
): ScopeRule<Ctx> => ({ decidedFrom, covers: covers as ScopeRule<Ctx>["covers"] });

/** Asks a rule about a record it was declared for (the guard knows the record's type from the schema). */
export const covers = (rule: ScopeRule, record: unknown, ctx: RequestContext) =>
  (rule.covers as (record: unknown, ctx: RequestContext) => boolean | Promise<boolean>)(record, ctx);

/** Facility ids as the hub stores them (lower-case uuids), for comparing with a token's claims. */
export const facilityKey = (id: string) => id.trim().toLowerCase();
/** Counties compared as people write them ("Hamilton", "hamilton "). */
export const countyKey = (county: string) => county.trim().toLowerCase();
