// type-graphql reads decorator metadata through this polyfill, which must load before any decorated class.
import "reflect-metadata";
import { Directive, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateTimeScalar } from "@pasrr/graphql-kit/scalars";

/** Every subgraph exposes the same type for its own trail, hence shareable. */
@Directive("@shareable")
@ObjectType({ description: "One request's reads of protected health information and its writes, as recorded by the service that answered it. Append-only." })
export class AuditEvent {
  @Field(() => ID, { description: "The record's id." })
  id!: string;

  @Field(() => String, { description: "When the request was answered (ISO-8601, UTC)." })
  occurredAt!: string;

  @Field(() => String, { description: "The service that answered and recorded it: individuals, screenings, levelofcare or facilities." })
  service!: string;

  @Field(() => String, { description: "The request id (x-request-id), shared by the gateway and every service the request reached." })
  requestId!: string;

  @Field(() => String, { description: "Who asked: the token's subject." })
  subject!: string;

  @Field(() => String, { description: "The organisation in the token." })
  organisationId!: string;

  @Field(() => String, { description: "The role the organisation acted in (a Role value)." })
  role!: string;

  @Field(() => String, { nullable: true, description: "The GraphQL operation name the partner gave, when it gave one." })
  operationName!: string | null;

  @Field(() => [String], { description: "The mutations run (attempted ones included)." })
  writes!: string[];

  @Field(() => [String], { description: "The sensitive fields read, as Type.field (see docs/access-matrix.md)." })
  fields!: string[];

  @Field(() => [ID], { description: "The ids of the records read or written." })
  entityIds!: string[];
}

@InputType({ description: "Narrows an audit trail; every filter given must hold." })
export class AuditEventFilter {
  @Field(() => DateTimeScalar, { nullable: true, description: "Only records at or after this instant." })
  from?: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "Only records before this instant." })
  to?: Date;

  @Field(() => String, { nullable: true, description: "Only this token subject." })
  subject?: string;

  @Field(() => String, { nullable: true, description: "Only this organisation." })
  organisationId?: string;

  @Field(() => String, { nullable: true, description: "Only this role (a Role value)." })
  role?: string;

  @Field(() => ID, { nullable: true, description: "Only records that touched this entity id." })
  entityId?: string;

  @Field(() => String, { nullable: true, description: "Only records that read this field (Type.field) or ran this mutation." })
  field?: string;

  @Field(() => Int, {
    nullable: true,
    description: "At most this many records, newest first (default 100, at most 500).",
    deprecationReason: "Use the query's `first` argument, which pages with `after`.",
  })
  first?: number;
}
