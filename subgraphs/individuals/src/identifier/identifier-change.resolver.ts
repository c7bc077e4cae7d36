import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { badUserInput, forbidden } from "@pasrr/graphql-kit/errors";
import { recordIdArgument } from "@pasrr/graphql-kit/ids";
import type { Context } from "../context.ts";
import { actorOf } from "../history/identity-event.store.ts";
import { loadIndividual } from "../individual/individual.reference.ts";
import { mayAttachFacilityRecordNumber } from "../access/identifier.access.ts";
import { checkIdentifier } from "./identifier.rules.ts";
import { addIdentifier } from "./add-identifier.action.ts";
import { endIdentifier } from "./end-identifier.action.ts";
import { AddIdentifierInput, EndIdentifierInput } from "./identifier-change.input.ts";
import { AddIdentifierPayload, EndIdentifierPayload } from "./identifier-change.payload.ts";

const reasonText = (reason: string | null | undefined) => reason?.trim().slice(0, 500) || null;

@Resolver()
export class IdentifierChangeResolver {
  @Mutation(() => AddIdentifierPayload, {
    description: "Records an identifier for a person (a merged record's id reaches the survivor). Recorded in the person's history.",
  })
  async addIdentifier(
    @Arg("input", () => AddIdentifierInput, { description: "The person and the identifier." }) input: AddIdentifierInput,
    @Ctx() ctx: Context,
  ): Promise<AddIdentifierPayload> {
    const id = recordIdArgument("input.individualId", input.individualId);
    const checked = checkIdentifier(input.identifier, ctx.services.identity.identifierRules);
    if (!("identifier" in checked)) throw badUserInput(`input.identifier.${checked.field}`, checked.problem);
    if (checked.identifier.type === "FACILITY_MRN" && !mayAttachFacilityRecordNumber(ctx.principal, checked.identifier.issuer)) {
      throw forbidden("a facility may record only its own record numbers");
    }
    const person = await loadIndividual(ctx, id);
    if (!person) throw badUserInput("input.individualId", "names no person");
    return { individual: await addIdentifier(ctx.db, actorOf(ctx), person.id, checked.identifier, reasonText(input.reason), ctx.services.clock.today()) };
  }

  @Mutation(() => EndIdentifierPayload, { description: "Ends an identifier's validity; it stays on record and still finds the person. Recorded in history." })
  async endIdentifier(
    @Arg("input", () => EndIdentifierInput, { description: "The identifier record and its last valid day." }) input: EndIdentifierInput,
    @Ctx() ctx: Context,
  ): Promise<EndIdentifierPayload> {
    const why = reasonText(input.reason);
    if (!why) throw badUserInput("input.reason", "may not be empty");
    return {
      identifier: await endIdentifier(ctx.db, actorOf(ctx), recordIdArgument("input.identifierId", input.identifierId), input.validThrough, why),
    };
  }
}
