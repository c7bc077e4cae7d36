import { connectionOf } from "@pasrr/graphql-kit/pagination";
import { LevelOfCareDetermination } from "../determination/determination.type.ts";

export const RenewalDueConnection = connectionOf(LevelOfCareDetermination, "LevelOfCareRenewalDue", "approval due for renewal");
