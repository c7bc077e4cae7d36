import { buildFederatedSchema } from "@pasrr/platform";
import { resolveIndividualReference } from "./individual/individual.reference.ts";
import { IndividualResolver } from "./individual/individual.resolver.ts";

/** The individuals subgraph's schema; builds without I/O, so composition can call it. */
export const buildIndividualsSchema = () =>
  buildFederatedSchema({
    resolvers: [IndividualResolver],
    referenceResolvers: { Individual: { __resolveReference: resolveIndividualReference } },
  });
