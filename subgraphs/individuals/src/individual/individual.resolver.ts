import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { badUserInput, pageRequest, recordIdArgument, toConnection, toDbDate, type Role } from "@pasrr/platform";
import type { Context } from "../context.ts";
import { Individual, IndividualConnection } from "./individual.type.ts";
import { registrationSchema } from "./individual.rules.ts";
import { RegisterIndividualInput, RegisterIndividualPayload, RegistrationOutcome } from "./registration.type.ts";

/** Who may create people: those who file screenings or decide on them (domain README, "Who acts"). */
const registrars: Role[] = ["STATE_MEDICAID_AGENCY", "PAA", "HOSPITAL", "NURSING_FACILITY"];
/** Browsing the person index is oversight work (individuals issue: search is for the PAA and the state). */
const browsers: Role[] = ["STATE_MEDICAID_AGENCY", "PAA"];

@Resolver(() => Individual)
export class IndividualResolver {
  @Query(() => Individual, { nullable: true, description: "One person by the hub's id; null when no such person exists." })
  async individual(@Arg("id", () => ID, { description: "The hub's id of the person." }) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.individual.load(recordIdArgument("id", id));
  }

  @Authorized(...browsers)
  @Query(() => IndividualConnection, { description: "People on record, oldest first, a page at a time." })
  async individuals(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { defaultValue: 20, description: "How many people to return (1–100)." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "The `endCursor` of the previous page." }) after?: string | null,
  ) {
    const page = pageRequest(first, after);
    const rows = await ctx.db.individual.findMany({
      where: page.afterKey ? { id: { gt: page.afterKey } } : {},
      orderBy: { id: "asc" },
      take: page.first + 1,
    });
    return toConnection(rows, page, (row) => row.id);
  }

  @FieldResolver(() => [ID], {
    description:
      "Ids of duplicate records merged into this person. Other subgraphs read it (through `@requires`) to include the merged records' screenings, determinations and stays.",
  })
  mergedIds(): string[] {
    // No record can be merged yet: merging arrives with the duplicate-review workflow.
    return [];
  }

  @Authorized(...registrars)
  @Mutation(() => RegisterIndividualPayload, { description: "Registers a person with the hub." })
  async registerIndividual(
    @Arg("input", () => RegisterIndividualInput, { description: "The person as the partner knows them." }) input: RegisterIndividualInput,
    @Ctx() ctx: Context,
  ): Promise<RegisterIndividualPayload> {
    const parsed = registrationSchema(new Date().toISOString().slice(0, 10)).safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw badUserInput(`input.${issue.path.join(".")}`, issue.message);
    }
    const individual = await ctx.db.individual.create({
      data: { ...parsed.data, birthDate: toDbDate(parsed.data.birthDate) },
    });
    return { outcome: RegistrationOutcome.CREATED, individual };
  }
}
