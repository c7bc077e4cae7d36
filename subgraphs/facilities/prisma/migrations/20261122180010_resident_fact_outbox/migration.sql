-- CreateEnum
CREATE TYPE "ResidentFactKind" AS ENUM ('ADMITTED', 'TRANSFERRED_IN', 'READMITTED_FROM_HOSPITAL', 'DISCHARGED');

-- CreateTable
CREATE TABLE "ResidentFactOutbox" (
    "id" UUID NOT NULL,
    "censusEventId" UUID NOT NULL,
    "individualId" UUID NOT NULL,
    "facilityId" UUID NOT NULL,
    "facilityCounty" TEXT NOT NULL,
    "fromFacilityId" UUID,
    "fact" "ResidentFactKind" NOT NULL,
    "occurredOn" DATE NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deliveredAt" TIMESTAMPTZ(3),
    "lastError" TEXT,

    CONSTRAINT "ResidentFactOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ResidentFactOutbox_deliveredAt_createdAt_idx" ON "ResidentFactOutbox"("deliveredAt", "createdAt");
