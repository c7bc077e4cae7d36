// type-graphql reads decorator metadata through this polyfill, which must load before any decorated class.
import "reflect-metadata";
import { buildFederatedSchema } from "@pasrr/subgraph-kit/federated-schema";
import { resolveStubReference } from "@pasrr/graphql-kit/ids";
import "./enums.type.ts";
import { AppealResolver } from "./appeal/appeal.resolver.ts";
import { CategoricalResolver } from "./categorical/categorical.resolver.ts";
import { ResidentReviewResolver } from "./resident-review/resident-review.resolver.ts";
import { Individual } from "./individual/individual.stub.ts";
import { IndividualScreeningsResolver } from "./individual/individual.resolver.ts";
import { FacilityImdShareResolver, ImdReviewResolver } from "./imd/imd-share.resolver.ts";
import { Facility } from "./imd/facility.stub.ts";
import { ImdReview } from "./imd/imd-review.stub.ts";
import { LevelOneReviewResolver } from "./level-one-review/level-one-review.resolver.ts";
import { LevelOneScreenResolver } from "./level-one-screen/level-one-screen.resolver.ts";
import { LevelTwoDeterminationResolver } from "./level-two-determination/level-two-determination.resolver.ts";
import { LevelTwoReferralResolver } from "./level-two-referral/level-two-referral.resolver.ts";
import { ClaimBatchPasrrResolver } from "./claim-batch/claim-batch.resolver.ts";
import { ClaimBatchCoverage } from "./claim-batch/claim-batch.stub.ts";
import { screeningsAccess } from "./access/matrix.access.ts";
import { screeningsScopeRules } from "./access/scope.access.ts";
import { IndividualNoticesResolver, LevelOneNoticeResolver, LevelOneScreenNoticesResolver, PasrrNoticeResolver } from "./notice/notice.resolver.ts";

/** The screenings subgraph's schema; builds without I/O, so composition can call it. */
export const buildScreeningsSchema = () =>
  buildFederatedSchema({
    access: screeningsAccess,
    scopeRules: screeningsScopeRules,
    audit: { service: "screenings", queryName: "screeningsAuditEvents" },
    resolvers: [
      LevelOneScreenResolver,
      LevelOneReviewResolver,
      CategoricalResolver,
      LevelTwoReferralResolver,
      LevelTwoDeterminationResolver,
      IndividualScreeningsResolver,
      AppealResolver,
      ResidentReviewResolver,
      FacilityImdShareResolver,
      ImdReviewResolver,
      IndividualNoticesResolver,
      PasrrNoticeResolver,
      LevelOneNoticeResolver,
      LevelOneScreenNoticesResolver,
      ClaimBatchPasrrResolver,
    ],
    // The stubs are reached only through `_entities`, so they are named here to be emitted.
    orphanedTypes: [Individual, Facility, ImdReview, ClaimBatchCoverage],
    referenceResolvers: { Individual: { __resolveReference: resolveStubReference } },
  });
