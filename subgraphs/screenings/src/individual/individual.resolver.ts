import type DataLoader from "dataloader";
import { Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { idsAcrossMerges } from "@pasrr/graphql-kit/ids";
import type { Context } from "../context.ts";
import type { StandingRecords } from "../access/scope.access.ts";
import { canReadScreen } from "../access/record-scope.access.ts";
import { LevelOneScreen } from "../level-one-screen/level-one-screen.type.ts";
import { standingFromRows } from "../pasrr/pasrr.store.ts";
import { PasrrStanding } from "../pasrr/pasrr.type.ts";
import { complianceFromRows } from "../pasrr/compliance.store.ts";
import { PasrrCompliancePeriod } from "../pasrr/compliance.type.ts";
import { Individual } from "./individual.stub.ts";

/** Loads the rows of every id in one batch (one statement) and joins them. */
async function loadAll<T>(loader: DataLoader<string, T[]>, ids: string[]): Promise<T[]> {
  const groups = await loader.loadMany(ids);
  return groups.flatMap((group) => {
    if (group instanceof Error) throw group;
    return group;
  });
}

@Resolver(() => Individual)
export class IndividualScreeningsResolver {
  @Directive('@requires(fields: "mergedIds")')
  @FieldResolver(() => [LevelOneScreen], {
    description: "The person's Level I screens the caller may see, newest first, including those of records merged into this person.",
  })
  async levelOneScreens(@Root() individual: Individual, @Ctx() ctx: Context) {
    const screens = await loadAll(ctx.loaders.levelOneScreensByIndividual, idsAcrossMerges(individual));
    return screens
      .filter((screen) => canReadScreen(ctx.principal, screen))
      .sort((a, b) => b.screenedOn.getTime() - a.screenedOn.getTime() || b.id.localeCompare(a.id));
  }

  @Directive('@requires(fields: "mergedIds")')
  @FieldResolver(() => PasrrStanding, {
    description:
      "The person's PASRR standing: when the requirements were met, what the current outcome allows and until when, what is pending and what is due next. Includes records merged into this person.",
  })
  async pasrr(@Root() individual: Individual, @Ctx() ctx: Context): Promise<PasrrStanding & StandingRecords> {
    const ids = idsAcrossMerges(individual);
    // Two statements per batch, whatever the number of people: the screens, and the Level II records joined.
    const [screens, levelTwo] = await Promise.all([
      loadAll(ctx.loaders.levelOneScreensByIndividual, ids),
      loadAll(ctx.loaders.levelTwoRecordsByIndividual, ids),
    ]);
    const referrals = levelTwo.map(({ determination: _, ...referral }) => referral);
    const determinations = levelTwo
      .flatMap(({ determination }) => (determination ? [determination] : []))
      .sort((a, b) => a.determinedOn.getTime() - b.determinedOn.getTime());
    const appeals = determinations.flatMap((determination) => determination.appeals);
    const standing = standingFromRows(screens, referrals, determinations, appeals, ctx.services.policy);
    // The rows it rests on ride along (not in the schema): the scope rule of its clinical fields reads them.
    return { ...standing, currentOutcome: standing.outcome, scopeRecords: { screens, referrals } };
  }

  @Directive('@requires(fields: "mergedIds")')
  @FieldResolver(() => [PasrrCompliancePeriod], {
    description:
      "The person's PASRR compliance as a history (issue 16): periods of days with the standing the records in force on those days give, each NF admission with its own periods, every version the hub has answered with (`knownFrom`–`knownThrough`), so a question as of a past day is answered as the hub knew it then. Reason codes and record ids only, nothing clinical: levelofcare's payment gate reads it through `@requires`.",
  })
  async pasrrCompliance(@Root() individual: Individual, @Ctx() ctx: Context): Promise<PasrrCompliancePeriod[]> {
    const ids = idsAcrossMerges(individual);
    // Three statements per batch, whatever the number of people (the first two shared with `pasrr`).
    const [screens, levelTwo, admissions] = await Promise.all([
      loadAll(ctx.loaders.levelOneScreensByIndividual, ids),
      loadAll(ctx.loaders.levelTwoRecordsByIndividual, ids),
      loadAll(ctx.loaders.admissionsByIndividual, ids),
    ]);
    return complianceFromRows(ctx.services.clock.timeZone, screens, levelTwo, admissions);
  }
}
