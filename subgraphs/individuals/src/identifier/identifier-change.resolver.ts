import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { badUserInput, DateScalar, forbidden, recordIdArgument } from "@pasrr/platform";
import type { Context } from "../context.ts";
import { identityConfig } from "../config.ts";
import { actorOf } from "../history/identity-history.ts";
import { loadIndividual } from "../individual/individual.reference.ts";
import { Individual } from "../individual/individual.type.ts";
import { mayAttachFacilityRecordNumber } from "../policy/access.rules.ts";
import { checkIdentifier } from "./identifier.rules.ts";
import { addIdentifier, endIdentifier } from "./identifier.service.ts";
import { Identifier, NewIdentifierInput } from "./identifier.type.ts";

const today = () => new Date().toISOString().slice(0, 10);
const reasonText = (reason: string | null | undefined) => reason?.trim().slice(0, 500) || null;

@Resolver()
export class IdentifierChangeResolver {
  @Mutation(() => Individual, { description: "Records an identifier for a person (a merged record's id reaches the survivor). Recorded in the person's history." })
  async addIdentifier(
    @Arg("individualId", () => ID, { description: "The person." }) individualId: string,
    @Arg("identifier", () => NewIdentifierInput, { description: "The identifier, as issued." }) input: NewIdentifierInput,
    @Ctx() ctx: Context,
    @Arg("reason", () => String, { nullable: true, description: "Why (kept in history)." }) reason?: string | null,
  ) {
    const id = recordIdArgument("individualId", individualId);
    const checked = checkIdentifier(input, identityConfig().identifierRules);
    if (!("identifier" in checked)) throw badUserInput(`identifier.${checked.field}`, checked.problem);
    if (checked.identifier.type === "FACILITY_MRN" && !mayAttachFacilityRecordNumber(ctx.principal, checked.identifier.issuer)) {
      throw forbidden("a facility may record only its own record numbers");
    }
    const person = await loadIndividual(ctx, id);
    if (!person) throw badUserInput("individualId", "names no person");
    return addIdentifier(ctx.db, actorOf(ctx.principal), person.id, checked.identifier, reasonText(reason), today());
  }

  @Mutation(() => Identifier, { description: "Ends an identifier's validity; it stays on record and still finds the person. Recorded in history." })
  async endIdentifier(
    @Arg("identifierId", () => ID, { description: "The identifier record." }) identifierId: string,
    @Arg("validThrough", () => DateScalar, { description: "Its last valid day." }) validThrough: string,
    @Arg("reason", () => String, { description: "Why it ended." }) reason: string,
    @Ctx() ctx: Context,
  ) {
    const why = reasonText(reason);
    if (!why) throw badUserInput("reason", "may not be empty");
    return endIdentifier(ctx.db, actorOf(ctx.principal), recordIdArgument("identifierId", identifierId), validThrough, why);
  }
}
