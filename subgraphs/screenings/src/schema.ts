import { buildFederatedSchema } from "@pasrr/platform";
import "./enums.ts";
import { AppealResolver } from "./appeal/appeal.resolver.ts";
import { ResidentReviewResolver } from "./resident-review/resident-review.resolver.ts";
import { Individual } from "./individual/individual.stub.ts";
import { IndividualScreeningsResolver } from "./individual/individual.resolver.ts";
import { LevelOneScreenResolver } from "./level-one-screen/level-one-screen.resolver.ts";
import { LevelTwoDeterminationResolver } from "./level-two-determination/level-two-determination.resolver.ts";
import { LevelTwoReferralResolver } from "./level-two-referral/level-two-referral.resolver.ts";

/** The screenings subgraph's schema; builds without I/O, so composition can call it. */
export const buildScreeningsSchema = () =>
  buildFederatedSchema({
    resolvers: [LevelOneScreenResolver, LevelTwoReferralResolver, LevelTwoDeterminationResolver, IndividualScreeningsResolver, AppealResolver, ResidentReviewResolver],
    // The person stub is reached only through `_entities`, so it is named here to be emitted.
    orphanedTypes: [Individual],
  });
