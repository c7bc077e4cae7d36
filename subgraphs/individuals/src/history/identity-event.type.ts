import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { DateTimeScalar } from "@pasrr/graphql-kit/scalars";
import { IdentityEventKind } from "../generated/prisma/enums.ts";
import { JsonScalar } from "./json.type.ts";

registerEnumType(IdentityEventKind, {
  name: "IdentityEventKind",
  description: "What changed in a person's identity record.",
  valuesConfig: {
    REGISTERED: { description: "The record was created." },
    MATCHED: { description: "A registration matched this person; `after` holds the score and reasons." },
    IDENTIFIER_ADDED: { description: "Identifiers were attached." },
    IDENTIFIER_ENDED: { description: "An identifier's validity ended." },
    REVIEW_OPENED: { description: "A possible duplicate was held for review." },
    REVIEW_RESOLVED: { description: "A reviewer decided a possible duplicate." },
    MERGED: { description: "This record was merged into `relatedIndividualId`." },
    UNMERGED: { description: "This record was separated again from `relatedIndividualId`." },
  },
});

@ObjectType({ description: "One change to a person's identity record: who made it, when, why, and the record before and after." })
export class IdentityEvent {
  @Field(() => ID, { description: "The event's id." })
  id!: string;

  @Field(() => IdentityEventKind, { description: "What changed." })
  kind!: IdentityEventKind;

  @Field(() => ID, { description: "The record the change is about." })
  individualId!: string;

  @Field(() => ID, { nullable: true, description: "The other record involved (a merge's survivor)." })
  relatedIndividualId!: string | null;

  @Field(() => String, { description: "Who acted: the token's subject." })
  actorSubject!: string;

  @Field(() => String, { description: "The acting organisation." })
  actorOrganisation!: string;

  @Field(() => String, { description: "The role the actor acted in." })
  actorRole!: string;

  @Field(() => String, { nullable: true, description: "Why, as the actor said." })
  reason!: string | null;

  @Field(() => JsonScalar, { nullable: true, description: "The record(s) before the change." })
  before!: unknown;

  @Field(() => JsonScalar, { nullable: true, description: "The record(s) after the change." })
  after!: unknown;

  @Field(() => DateTimeScalar, { description: "When it happened." })
  occurredAt!: Date;
}
