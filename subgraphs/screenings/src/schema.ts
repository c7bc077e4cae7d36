import { buildFederatedSchema, resolveStubReference } from "@pasrr/platform";
import { Individual } from "./individual/individual.stub.ts";
import { IndividualScreeningsResolver } from "./individual/individual.resolver.ts";
import { LevelOneScreenResolver } from "./level-one-screen/level-one-screen.resolver.ts";

/** The screenings subgraph's schema; builds without I/O, so composition can call it. */
export const buildScreeningsSchema = () =>
  buildFederatedSchema({
    resolvers: [LevelOneScreenResolver, IndividualScreeningsResolver],
    // The person stub is reached only through `_entities`, so it is named here to be emitted.
    orphanedTypes: [Individual],
    referenceResolvers: { Individual: { __resolveReference: resolveStubReference } },
  });
