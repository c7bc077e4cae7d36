import { Ctx, Directive, FieldResolver, ID, Resolver, Root } from "type-graphql";
import { loadAcrossMerges } from "@pasrr/graphql-kit/loaders";
import type { Context } from "../context.ts";
import { Individual } from "../individual/individual.stub.ts";
import { LevelOneScreen } from "../level-one-screen/level-one-screen.type.ts";
import { LevelOneNotice } from "./level-one-notice.type.ts";
import { PasrrNotice } from "./notice.type.ts";

/** Newest first; on one day in recipient order, then by id, so a list reads the same every time. */
const newestFirst = (a: { issuedOn: Date; recipient: string; id: string }, b: { issuedOn: Date; recipient: string; id: string }) =>
  b.issuedOn.getTime() - a.issuedOn.getTime() || a.recipient.localeCompare(b.recipient) || a.id.localeCompare(b.id);

/** A person's notices, listed on the person; the matrix guard keeps each one to those it is addressed to (access/notice-scope.access.ts). */
@Resolver(() => Individual)
export class IndividualNoticesResolver {
  @Directive('@requires(fields: "mergedIds")')
  @FieldResolver(() => [PasrrNotice], {
    description:
      "The notices of the person's Level II determinations, newest first, including those of records merged into this person: a facility sees only those addressed to it.",
  })
  pasrrNotices(@Root() individual: Individual, @Ctx() ctx: Context) {
    return loadAcrossMerges(individual, ctx.loaders.noticesByIndividual, newestFirst);
  }

  @Directive('@requires(fields: "mergedIds")')
  @FieldResolver(() => [LevelOneNotice], {
    description:
      "The notices of the person's Level I findings that referred them to a Level II (CO 8.401.193 A–B), newest first, those of screens the caller may read.",
  })
  levelOneNotices(@Root() individual: Individual, @Ctx() ctx: Context) {
    return loadAcrossMerges(individual, ctx.loaders.levelOneNoticesByIndividual, newestFirst);
  }
}

@Resolver(() => PasrrNotice)
export class PasrrNoticeResolver {
  @FieldResolver(() => ID, { description: "The determination noticed." })
  determinationId(@Root() notice: PasrrNotice): string {
    return notice.determinationId;
  }

  @FieldResolver(() => Individual, { description: "The person the notice is about." })
  individual(@Root() notice: PasrrNotice): Individual {
    return { id: notice.individualId };
  }
}

@Resolver(() => LevelOneNotice)
export class LevelOneNoticeResolver {
  @FieldResolver(() => ID, { description: "The Level I screen whose findings are noticed." })
  screenId(@Root() notice: LevelOneNotice): string {
    return notice.screenId;
  }

  @FieldResolver(() => Individual, { description: "The person the notice is about." })
  individual(@Root() notice: LevelOneNotice): Individual {
    return { id: notice.individualId };
  }
}

@Resolver(() => LevelOneScreen)
export class LevelOneScreenNoticesResolver {
  @FieldResolver(() => [LevelOneNotice], {
    description: "The notices of this screen's findings, when they referred the person to a Level II (CO 8.401.193 A–B).",
  })
  notices(@Root() screen: LevelOneScreen, @Ctx() ctx: Context) {
    return ctx.loaders.levelOneNoticesByScreen.load(screen.id);
  }
}
