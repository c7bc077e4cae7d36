-- AlterTable
ALTER TABLE "ResidentFactOutbox" ADD COLUMN     "deadLetteredAt" TIMESTAMPTZ(3),
ADD COLUMN     "leasedBy" TEXT,
ADD COLUMN     "leasedUntil" TIMESTAMPTZ(3),
ADD COLUMN     "sequence" BIGSERIAL NOT NULL;

-- CreateIndex
CREATE INDEX "ResidentFactOutbox_individualId_sequence_idx" ON "ResidentFactOutbox"("individualId", "sequence");

-- Rows written before this release keep the order the relay gave them (oldest first), whatever
-- order ADD COLUMN numbered them in, and new rows continue after them.
UPDATE "ResidentFactOutbox" AS "row" SET "sequence" = "ranked"."position"
FROM (SELECT "id", row_number() OVER (ORDER BY "createdAt", "id") AS "position" FROM "ResidentFactOutbox") AS "ranked"
WHERE "row"."id" = "ranked"."id";
SELECT setval(pg_get_serial_sequence('"ResidentFactOutbox"', 'sequence'), COALESCE((SELECT max("sequence") FROM "ResidentFactOutbox"), 0) + 1, false);
