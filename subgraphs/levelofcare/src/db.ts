import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "./generated/prisma/client.ts";

export type LevelOfCareDb = PrismaClient;

/** One PrismaClient per process, over the driver adapter the configuration chose. */
export const createClient = (adapter: SqlMigrationAwareDriverAdapterFactory): LevelOfCareDb => new PrismaClient({ adapter });
