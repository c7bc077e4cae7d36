import { fromDbDate } from "@pasrr/graphql-kit/scalars";
import type { Clock } from "@pasrr/calendar/clock";
import type { Principal } from "@pasrr/auth/principal";
import type { IdentityEventKind } from "../generated/prisma/enums.ts";
import type { Identifier, Individual, IndividualName, Prisma } from "../generated/prisma/client.ts";

/** Who acted, as the verified token says: recorded with every change to a person's identity. */
/** Who changes a record, and when by the hub's clock (mergedAt, resolvedAt are that instant). */
export interface Actor {
  subject: string;
  organisationId: string;
  role: string;
  at: Date;
}

/** Who acts, and when by the hub's clock: from a request's context. */
export const actorOf = ({ principal, services }: { principal: Principal; services: { clock: Clock } }): Actor => ({
  subject: principal.subject,
  organisationId: principal.organisationId,
  role: principal.role,
  at: services.clock.now(),
});

type RecordFields = Omit<Individual, "createdAt" | "updatedAt" | "mergedAt">;
type IdentifierFields = Pick<Identifier, "id" | "type" | "issuer" | "value" | "validFrom" | "validThrough">;
type NameFields = Pick<IndividualName, "kind" | "givenName" | "middleName" | "familyName" | "suffix">;

/** A person's record as history keeps it: every field, its names and its identifiers, in plain JSON. */
export function snapshotOf(person: RecordFields & { identifiers?: IdentifierFields[]; names?: NameFields[] }) {
  const date = (value: Date | null) => (value ? fromDbDate(value) : null);
  return {
    id: person.id,
    givenName: person.givenName,
    middleName: person.middleName,
    familyName: person.familyName,
    suffix: person.suffix,
    birthDate: date(person.birthDate),
    sex: person.sex,
    addressLine1: person.addressLine1,
    addressLine2: person.addressLine2,
    city: person.city,
    postalCode: person.postalCode,
    county: person.county,
    state: person.state,
    ssnLastFour: person.ssnLastFour,
    status: person.status,
    mergedIntoId: person.mergedIntoId,
    names: person.names?.map(({ kind, givenName, middleName, familyName, suffix }) => ({ kind, givenName, middleName, familyName, suffix })),
    identifiers: person.identifiers?.map((id) => ({
      id: id.id,
      type: id.type,
      issuer: id.issuer,
      value: id.value,
      validFrom: date(id.validFrom),
      validThrough: date(id.validThrough),
    })),
  };
}

export interface IdentityChange {
  kind: IdentityEventKind;
  individualId: string;
  relatedIndividualId?: string | null;
  reason?: string | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
}

/** One change to a person's identity as a history row: who, why, before and after (when: the database clock). */
export const eventData = (actor: Actor, change: IdentityChange) => ({
  kind: change.kind,
  individualId: change.individualId,
  relatedIndividualId: change.relatedIndividualId ?? null,
  actorSubject: actor.subject,
  actorOrganisation: actor.organisationId,
  actorRole: actor.role,
  reason: change.reason ?? null,
  before: change.before ?? undefined,
  after: change.after ?? undefined,
});

type EventWriter = Pick<Prisma.TransactionClient, "identityEvent">;

/** Records one change to a person's identity inside a transaction. */
export async function recordChange(tx: EventWriter, actor: Actor, change: IdentityChange): Promise<void> {
  await tx.identityEvent.create({ data: eventData(actor, change), select: { id: true } });
}
