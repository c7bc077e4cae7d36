import { conflict } from "@pasrr/graphql-kit/errors";
import { fromDbDate, toDbDate } from "@pasrr/graphql-kit/scalars";
import { Prisma, type Identifier } from "../generated/prisma/client.ts";
import type { IndividualsDb } from "../db.ts";
import type { IdentifierType } from "../generated/prisma/enums.ts";
import type { NormalisedIdentifier } from "./identifier.rules.ts";

/** An identifier as a row to write. */
export const identifierData = (id: NormalisedIdentifier) => ({
  type: id.type,
  issuer: id.issuer,
  value: id.value,
  validFrom: id.validFrom ? toDbDate(id.validFrom) : null,
  validThrough: id.validThrough ? toDbDate(id.validThrough) : null,
});

/** Identifier rows as a person's history keeps them, before and after a change. */
export const identifiersInHistory = (rows: Identifier[]) =>
  rows.map(({ id, type, issuer, value, validFrom, validThrough }) => ({
    id,
    type,
    issuer,
    value,
    validFrom: validFrom && fromDbDate(validFrom),
    validThrough: validThrough && fromDbDate(validThrough),
  }));

/**
 * The unique (type, issuer, value) index is the last word on ownership: a claim that loses a
 * race with another registration is a CONFLICT, never a second owner (issue 3, "Identifiers").
 */
export async function claimingIdentifiers<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw conflict("an identifier given already belongs to another person", { field: "identifiers" });
    }
    throw error;
  }
}

/**
 * The identifier rows (with their holder) of a lookup batch, in one statement. One `value IN (…)`
 * per kind and issuer: a batch is mostly one kind from one state (the payment system's Medicaid
 * IDs), and PostgreSQL plans 10,000 OR-ed triples far worse than one IN list.
 */
export function holdersOf(db: IndividualsDb, wanted: readonly { type: IdentifierType; issuer: string; value: string }[]) {
  const byIssuer = new Map<string, { type: IdentifierType; issuer: string; values: string[] }>();
  for (const { type, issuer, value } of wanted) {
    const key = `${type}|${issuer}`;
    const group = byIssuer.get(key) ?? byIssuer.set(key, { type, issuer, values: [] }).get(key)!;
    group.values.push(value);
  }
  return db.identifier.findMany({
    where: { OR: [...byIssuer.values()].map(({ type, issuer, values }) => ({ type, issuer, value: { in: values } })) },
    include: { individual: true },
    relationLoadStrategy: "join",
  });
}
