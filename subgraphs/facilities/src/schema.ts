// type-graphql reads decorator metadata through this polyfill, which must load before any decorated class.
import "reflect-metadata";
import { buildFederatedSchema } from "@pasrr/subgraph-kit/federated-schema";
import { resolveStubReference } from "@pasrr/graphql-kit/ids";
import { CensusEventResolver } from "./census/census-event.resolver.ts";
import { resolveFacilityReference } from "./facility/facility.reference.ts";
import { FacilityCensusResolver } from "./facility/facility-census.resolver.ts";
import { FacilityResolver } from "./facility/facility.resolver.ts";
import { ImdReviewResolver } from "./imd/imd-review.resolver.ts";
import { HubCalendarResolver } from "./calendar/hub-calendar.resolver.ts";
import { Individual } from "./individual/individual.stub.ts";
import { IndividualStaysResolver } from "./individual/individual.resolver.ts";
import { StayResolver } from "./stay/stay.resolver.ts";
import { ClaimBatchStaysResolver } from "./claim-batch/claim-batch.resolver.ts";
import { ClaimBatchCoverage } from "./claim-batch/claim-batch.stub.ts";
import { facilitiesAccess } from "./access/matrix.access.ts";
import { facilitiesScopeRules } from "./access/scope.access.ts";

/** The facilities subgraph's schema; builds without I/O, so composition can call it. */
export const buildFacilitiesSchema = () =>
  buildFederatedSchema({
    access: facilitiesAccess,
    scopeRules: facilitiesScopeRules,
    audit: { service: "facilities", queryName: "facilitiesAuditEvents" },
    resolvers: [
      FacilityResolver,
      FacilityCensusResolver,
      CensusEventResolver,
      StayResolver,
      IndividualStaysResolver,
      ImdReviewResolver,
      HubCalendarResolver,
      ClaimBatchStaysResolver,
    ],
    // The stubs are reached only through `_entities`, so they are named here to be emitted.
    orphanedTypes: [Individual, ClaimBatchCoverage],
    referenceResolvers: {
      Individual: { __resolveReference: resolveStubReference },
      Facility: { __resolveReference: resolveFacilityReference },
    },
  });
