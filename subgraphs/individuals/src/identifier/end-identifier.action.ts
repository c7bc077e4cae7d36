import { badUserInput, notFound } from "@pasrr/graphql-kit/errors";
import { fromDbDate, toDbDate } from "@pasrr/graphql-kit/scalars";
import type { CalendarDate } from "@pasrr/calendar/calendar-date";
import type { IndividualsDb } from "../db.ts";
import { recordChange, type Actor } from "../history/identity-event.store.ts";
import { identifiersInHistory } from "./identifier.store.ts";

/** Ends an identifier's validity (it stays on record, and lookups by it still find the person). */
export async function endIdentifier(db: IndividualsDb, actor: Actor, identifierId: string, validThrough: CalendarDate, reason: string) {
  return db.$transaction(async (tx) => {
    const identifier = await tx.identifier.findUnique({ where: { id: identifierId } });
    if (!identifier) throw notFound("the identifier");
    if (identifier.validFrom && validThrough < fromDbDate(identifier.validFrom))
      throw badUserInput("input.validThrough", "may not be before the identifier's validFrom");
    const updated = await tx.identifier.update({ where: { id: identifierId }, data: { validThrough: toDbDate(validThrough) } });
    await recordChange(tx, actor, {
      kind: "IDENTIFIER_ENDED",
      individualId: identifier.individualId,
      reason,
      before: identifiersInHistory([identifier]),
      after: identifiersInHistory([updated]),
    });
    return updated;
  });
}
