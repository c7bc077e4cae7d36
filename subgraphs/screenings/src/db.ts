import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { withSqlReads } from "@pasrr/db/sql-reads/sql-read";
import { PrismaClient } from "./generated/prisma/client.ts";

export type ScreeningsDb = PrismaClient;

/** One PrismaClient per process, over the driver adapter the configuration chose; its hot reads share that adapter (loaders.ts). */
export const createClient = (adapter: SqlMigrationAwareDriverAdapterFactory): ScreeningsDb => withSqlReads(new PrismaClient({ adapter }), adapter);
