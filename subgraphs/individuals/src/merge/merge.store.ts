import type { Prisma } from "../generated/prisma/client.ts";
import { storedPersonInclude } from "../individual/individual.store.ts";

export type Tx = Prisma.TransactionClient;

/** Locks the records (in id order, so two merges never deadlock) until the transaction ends. */
export const lock = (tx: Tx, ids: string[]) =>
  tx.$queryRaw`SELECT "id" FROM "Individual" WHERE "id" = ANY(${[...ids].sort()}::uuid[]) ORDER BY "id" FOR UPDATE`;

export const readBoth = async (tx: Tx, a: string, b: string) =>
  Promise.all([a, b].map((id) => tx.individual.findUnique({ where: { id }, include: storedPersonInclude })));
