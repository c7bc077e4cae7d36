import { randomBytes } from "node:crypto";

/**
 * A new record id: a UUID version 7 (RFC 9562), time-ordered like the ones Prisma's
 * `@default(uuid(7))` makes, so pages ordered by id stay in arrival order. Made here when a
 * write needs its ids before it is sent (several rows in one batch).
 */
export function newRecordId(now = Date.now()): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
