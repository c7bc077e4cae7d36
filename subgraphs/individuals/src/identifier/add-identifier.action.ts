import { conflict, notFound } from "@pasrr/graphql-kit/errors";
import { fromDbDate } from "@pasrr/graphql-kit/scalars";
import type { CalendarDate } from "@pasrr/calendar/calendar-date";
import type { IndividualsDb } from "../db.ts";
import type { Identifier } from "../generated/prisma/client.ts";
import { recordChange, type Actor } from "../history/identity-event.store.ts";
import { blockingKeys } from "../matching/blocking.rules.ts";
import { candidateOf, storedPersonInclude } from "../individual/individual.store.ts";
import { oneOfEachProblem, type NormalisedIdentifier } from "./identifier.rules.ts";
import { claimingIdentifiers, identifierData, identifiersInHistory } from "./identifier.store.ts";

const stillValid = (row: Identifier, today: CalendarDate) => !row.validThrough || fromDbDate(row.validThrough) >= today;

/**
 * Attaches an identifier to a person (an ACTIVE survivor). The same identifier already on the
 * person changes nothing; on another person it is a CONFLICT; a second valid SSN, MBI or
 * same-state Medicaid ID is a CONFLICT too (end the old one first).
 */
export async function addIdentifier(
  db: IndividualsDb,
  actor: Actor,
  individualId: string,
  identifier: NormalisedIdentifier,
  reason: string | null,
  today: CalendarDate,
) {
  return claimingIdentifiers(() =>
    db.$transaction(async (tx) => {
      const person = await tx.individual.findUnique({ where: { id: individualId }, include: storedPersonInclude });
      if (!person || person.status !== "ACTIVE") throw notFound("the person");
      const { type, issuer, value } = identifier;
      const existing = await tx.identifier.findUnique({ where: { type_issuer_value: { type, issuer, value } } });
      if (existing) {
        if (existing.individualId === person.id) return person;
        throw conflict(`this ${type} already belongs to another person`, { field: "identifier.value" });
      }
      const valid = person.identifiers.filter((row) => stillValid(row, today)).map((row) => ({ ...row, validFrom: null, validThrough: null }));
      const twice = oneOfEachProblem([...valid, identifier]);
      if (twice) throw conflict(`the person already ${twice.replace("names", "has")}; end the current one first`, { field: "identifier.type" });
      await tx.identifier.create({ data: { ...identifierData(identifier), individualId: person.id } });
      // The SSN's last four become a blocking key of the person's own faces.
      const evidence = candidateOf(person);
      const keys = blockingKeys({
        ...evidence,
        faces: evidence.faces.filter((face) => face.source !== "MERGED_RECORD"),
        identifiers: [...evidence.identifiers, identifier],
      });
      await tx.blockingKey.createMany({ data: keys.map((key) => ({ key, individualId: person.id })), skipDuplicates: true });
      const after = await tx.identifier.findMany({ where: { individualId: person.id } });
      await recordChange(tx, actor, {
        kind: "IDENTIFIER_ADDED",
        individualId: person.id,
        reason,
        before: identifiersInHistory(person.identifiers),
        after: identifiersInHistory(after),
      });
      return person;
    }),
  );
}
