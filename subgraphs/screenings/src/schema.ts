import { buildFederatedSchema, resolveStubReference } from "@pasrr/platform";
import { Individual } from "./individual/individual.stub.ts";
import { IndividualScreeningsResolver } from "./individual/individual.resolver.ts";
import { FacilityImdShareResolver, ImdReviewResolver } from "./imd/imd-share.resolver.ts";
import { Facility, ImdReview } from "./imd/imd.stubs.ts";
import { LevelOneScreenResolver } from "./level-one-screen/level-one-screen.resolver.ts";

/** The screenings subgraph's schema; builds without I/O, so composition can call it. */
export const buildScreeningsSchema = () =>
  buildFederatedSchema({
    resolvers: [LevelOneScreenResolver, IndividualScreeningsResolver, FacilityImdShareResolver, ImdReviewResolver],
    // The stubs are reached only through `_entities`, so they are named here to be emitted.
    orphanedTypes: [Individual, Facility, ImdReview],
    referenceResolvers: { Individual: { __resolveReference: resolveStubReference } },
  });
