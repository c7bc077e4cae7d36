import { conflict } from "@pasrr/graphql-kit/errors";
import { toDbDate } from "@pasrr/graphql-kit/scalars";
import { Prisma } from "../generated/prisma/client.ts";
import type { NormalisedIdentifier } from "./identifier.rules.ts";

/** An identifier as a row to write. */
export const identifierData = (id: NormalisedIdentifier) => ({
  type: id.type,
  issuer: id.issuer,
  value: id.value,
  validFrom: id.validFrom ? toDbDate(id.validFrom) : null,
  validThrough: id.validThrough ? toDbDate(id.validThrough) : null,
});

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
