// type-graphql reads decorator metadata through this polyfill, which must load before any decorated class.
import "reflect-metadata";
import { buildFederatedSchema } from "@pasrr/subgraph-kit/federated-schema";
import { resolveStubReference } from "@pasrr/graphql-kit/ids";
import { Individual } from "./individual/individual.stub.ts";
import { LevelOfCareAssessmentResolver } from "./assessment/assessment.resolver.ts";
import { AssessmentOptionsResolver } from "./assessment/assessment-options.resolver.ts";
import { LevelOfCareDeterminationResolver } from "./determination/determination.resolver.ts";
import { IndividualLevelOfCareResolver } from "./individual/individual.resolver.ts";
import { IndividualCoverageResolver } from "./coverage/coverage.resolver.ts";
import { IndividualCoverageExplanationResolver } from "./coverage/coverage-explanation.resolver.ts";
import { RenewalWorklistResolver } from "./renewal/renewal.resolver.ts";
import { IndividualClaimCoverageResolver, resolveClaimLinesUnconverted } from "./claims/claim-coverage.resolver.ts";
import { ClaimBatchCoverageResolver } from "./claims/claim-batch.resolver.ts";
import { ClaimBatchCoverage } from "./claims/claim-batch.stub.ts";
import { levelOfCareAccess } from "./access/matrix.access.ts";
import { levelOfCareScopeRules } from "./access/scope.access.ts";

/** The levelofcare subgraph's schema; builds without I/O, so composition can call it. */
export const buildLevelOfCareSchema = () =>
  buildFederatedSchema({
    access: levelOfCareAccess,
    scopeRules: levelOfCareScopeRules,
    audit: { service: "levelofcare", queryName: "levelOfCareAuditEvents" },
    resolvers: [
      LevelOfCareDeterminationResolver,
      LevelOfCareAssessmentResolver,
      AssessmentOptionsResolver,
      IndividualLevelOfCareResolver,
      IndividualCoverageResolver,
      IndividualCoverageExplanationResolver,
      RenewalWorklistResolver,
      IndividualClaimCoverageResolver,
      ClaimBatchCoverageResolver,
    ],
    rawResolvers: resolveClaimLinesUnconverted,
    // The stubs are reached only through `_entities`, so they are named here to be emitted.
    orphanedTypes: [Individual, ClaimBatchCoverage],
    referenceResolvers: { Individual: { __resolveReference: resolveStubReference } },
  });
