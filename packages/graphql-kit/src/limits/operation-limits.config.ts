import { z } from "zod";
import { readVar, type Env } from "@pasrr/config/env";

/**
 * How big one operation may be (OWASP GraphQL Cheat Sheet, "Query limiting"). The defaults let
 * every partner query in the README through with room to spare, including the payment system's
 * batch of 10,000 identifiers, and refuse the shapes that only abuse produces.
 */
export interface OperationLimits {
  /** Nested field levels below the operation (fragments add none; introspection fields are not counted). */
  maxDepth: number;
  /** Aliased fields in the whole operation: aliases turn one request into many (alias brute force). */
  maxAliases: number;
  /** Fields selected at the root of the operation, aliased or not. */
  maxRootFields: number;
  /** Estimated cost (see graphql/limits/max-cost.rule.ts): objects the answer may hold. */
  maxCost: number;
  /** Items in any one list, whether written in the query or sent as a variable. */
  maxListSize: number;
}

export const defaultOperationLimits: OperationLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxRootFields: 10,
  maxCost: 300_000,
  maxListSize: 10_000,
};

const whole = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** Reads `<prefix>_MAX_DEPTH`, `_MAX_ALIASES`, `_MAX_ROOT_FIELDS`, `_MAX_COST` and `_MAX_LIST_SIZE`. */
export function loadOperationLimits(env: Env, prefix: string, defaults: OperationLimits = defaultOperationLimits): OperationLimits {
  return {
    maxDepth: readVar(env, `${prefix}_MAX_DEPTH`, whole(1, 1_000).default(defaults.maxDepth)),
    maxAliases: readVar(env, `${prefix}_MAX_ALIASES`, whole(0, 100_000).default(defaults.maxAliases)),
    maxRootFields: readVar(env, `${prefix}_MAX_ROOT_FIELDS`, whole(1, 100_000).default(defaults.maxRootFields)),
    maxCost: readVar(env, `${prefix}_MAX_COST`, whole(1, 1_000_000_000).default(defaults.maxCost)),
    maxListSize: readVar(env, `${prefix}_MAX_LIST_SIZE`, whole(1, 10_000_000).default(defaults.maxListSize)),
  };
}

/**
 * How many different identifiers one `individualsByIdentifiers` request may name (red-team
 * finding 1: a hospital looked up 100,000 SSNs in one request). Duplicates count once. The roles
 * that check in batches — the payment system's 10,000-line claim batch (levelofcare issue, item 5)
 * and the state's oversight — get `maxDistinctBatch`; every other role works a patient or a
 * resident at a time and gets `maxDistinct`.
 */
export interface IdentifierLookupLimits {
  maxDistinct: number;
  maxDistinctBatch: number;
}

export function loadIdentifierLookupLimits(env: Env): IdentifierLookupLimits {
  return {
    maxDistinct: readVar(env, "IDENTIFIER_LOOKUP_MAX_DISTINCT", whole(1, 10_000).default(100)),
    maxDistinctBatch: readVar(env, "IDENTIFIER_LOOKUP_MAX_DISTINCT_BATCH", whole(1, 10_000).default(10_000)),
  };
}
