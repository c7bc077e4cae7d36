// type-graphql reads decorator metadata through this polyfill, which must load before any decorated class.
import "reflect-metadata";
import { buildFederatedSchema } from "@pasrr/subgraph-kit/federated-schema";
import { IdentifierChangeResolver } from "./identifier/identifier-change.resolver.ts";
import { IdentifierResolver, IndividualIdentifiersResolver } from "./identifier/identifier.resolver.ts";
import { resolveIndividualReference } from "./individual/individual.reference.ts";
import { IndividualResolver } from "./individual/individual.resolver.ts";
import { MatchCandidateResolver } from "./matching/match-candidate.resolver.ts";
import { MergeResolver } from "./merge/merge.resolver.ts";
import { RegistrationResolver } from "./registration/registration.resolver.ts";
import { ReviewResolver } from "./review/review.resolver.ts";
import { SearchResolver } from "./search/search.resolver.ts";
import { ClaimBatchResolver } from "./claim-batch/claim-batch.resolver.ts";
import { individualsAccess } from "./access/matrix.access.ts";
import { individualsScopeRules } from "./access/scope.access.ts";

/** The individuals subgraph's schema; builds without I/O, so composition can call it. */
export const buildIndividualsSchema = () =>
  buildFederatedSchema({
    access: individualsAccess,
    scopeRules: individualsScopeRules,
    audit: { service: "individuals", queryName: "individualsAuditEvents" },
    resolvers: [
      IndividualResolver,
      IndividualIdentifiersResolver,
      IdentifierResolver,
      IdentifierChangeResolver,
      RegistrationResolver,
      MatchCandidateResolver,
      SearchResolver,
      ReviewResolver,
      MergeResolver,
      ClaimBatchResolver,
    ],
    referenceResolvers: {
      Individual: { __resolveReference: resolveIndividualReference },
      // A batch lives for its request only: the router starts it here (the root field) and never comes back for it by key.
      ClaimBatchCoverage: { __resolveReference: () => null },
    },
  });
